import WaterNexusGLPK
import WaterNexusModel

/// Exact nondominated points of multiobjective LPs and MILPs, computed with GLPK.
///
/// Every method works on any ``MultiObjectiveProblem`` with minimized and maximized objectives mixed.
/// Internally each objective is oriented for minimization (`orientation · value`); every reported
/// ``ParetoPoint`` carries the objectives in their own sense and units. Models are copied, never changed.
/// All methods are deterministic: the same problem and options give the same points in the same order.
public enum ExactFront {
    /// Relative tolerance used when an optimized objective is fixed before the next stage:
    /// the row `value ≤ optimum + fixingTolerance · max(1, |optimum|)` is added.
    public static let fixingTolerance = 1e-7

    /// Tolerance (relative, see ``ParetoFilter``) used to remove duplicate and dominated points.
    public static let filterTolerance = 1e-6

    /// The objective expressions oriented for minimization.
    static func orientedExpressions(_ problem: MultiObjectiveProblem) -> [LinearExpression] {
        problem.objectives.map { $0.sense == .minimize ? $0.expression : -$0.expression }
    }

    /// Solves `model` minimizing `expression`; nil when the model is infeasible (and `allowInfeasible`).
    /// - Throws: ``ExactFrontError/solveFailed(step:status:)`` for any outcome other than an optimum
    ///   (or infeasibility when allowed).
    static func minimize(
        _ expression: LinearExpression, over model: Model, options: SolverOptions, step: @autoclosure () -> String,
        allowInfeasible: Bool = false
    ) throws -> Solution? {
        var model = model
        try model.setObjective(.minimize, expression)
        let solution = try GLPKSolver.solve(model, options: options)
        switch solution.status {
        case .optimal where solution.hasSolution:
            return solution
        case .infeasible, .infeasibleOrUnbounded:
            if allowInfeasible { return nil }
            throw ExactFrontError.solveFailed(step: step(), status: solution.status)
        default:
            throw ExactFrontError.solveFailed(step: step(), status: solution.status)
        }
    }

    /// Adds the row `expression ≤ optimum + tolerance` that keeps a minimized expression at its optimum.
    static func fix(_ expression: LinearExpression, atMost optimum: Double, in model: inout Model) throws {
        try model.addConstraint(expression <= optimum + fixingTolerance * max(1, abs(optimum)))
    }

    /// The point of `problem` at the column values `values` (only the model's own columns are kept).
    static func point(_ problem: MultiObjectiveProblem, values: [Double]) -> ParetoPoint {
        let own = Array(values.prefix(problem.model.variableCount))
        return ParetoPoint(objectives: problem.objectiveValues(at: own), values: own)
    }

    /// Removes duplicate and dominated points with ``filterTolerance``.
    static func filtered(_ points: [ParetoPoint], _ problem: MultiObjectiveProblem) -> [ParetoPoint] {
        ParetoFilter.nondominated(points, senses: problem.senses, tolerance: filterTolerance)
    }
}
