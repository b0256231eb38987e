import WaterNexusGLPK
import WaterNexusModel

/// Exact nondominated points of multiobjective LPs and MILPs, computed with a `LinearSolver` (GLPK by
/// default; wrap it in a `RecordingSolver` to write every model solved, labelled by its step).
///
/// Every method works on any ``MultiObjectiveProblem`` with minimized and maximized objectives mixed.
/// Internally each objective is oriented for minimization (`orientation · value`); every reported
/// ``ParetoPoint`` carries the objectives in their own sense and units. Models are copied, never changed.
/// All methods are deterministic: the same problem and solver give the same points in the same order.
///
/// What "exact" means: every point's objectives are evaluated (in double precision) at the solution the
/// solver returned, never taken from a bound or a grid value. The points therefore carry the solver's
/// tolerances and no others: for GLPK, rows and bounds hold within its primal feasibility tolerance
/// (10⁻⁷, scaled) and integers within 10⁻⁵. AUGMECON2 sets its grid values exactly; only when a grid value
/// is infeasible by roundoff (typically the ideal) is it loosened, by ``fixingTolerance`` (10⁻⁹ relative),
/// and a MIP objective fixed between lexicographic stages keeps the same relative slack.
public enum ExactFront {
    /// Relative tolerance used when a MIP objective is fixed before the next stage (the row
    /// `value ≤ optimum + fixingTolerance · max(1, |optimum|)` is added; LP optima are fixed exactly,
    /// see ``lexicographicOptimum(_:order:solver:)``), and by which AUGMECON2 loosens a grid value only
    /// when the exact value is infeasible.
    public static let fixingTolerance = 1e-9

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
        _ expression: LinearExpression, over model: Model, solver: any LinearSolver, step: @autoclosure () -> String,
        allowInfeasible: Bool = false
    ) throws -> Solution? {
        var model = model
        try model.setObjective(.minimize, expression)
        let solution = try solver.solve(model, limits: SolveLimits(), label: step())
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

    /// Restricts `model` to the set of optima of `expression` found by `solution`.
    ///
    /// For an LP solution the restriction is exact, by complementary slackness: x is optimal if and only
    /// if it is feasible, every column with a nonzero reduced cost sits at the bound it is at now, and
    /// every row with a nonzero dual is active at the bound it is at now; those columns and rows are
    /// fixed. (A tolerance row instead would let later stages slide along nearly parallel edges.)
    /// For a MIP solution the row `expression ≤ optimum + tolerance` is added.
    static func restrictToOptima(of expression: LinearExpression, _ solution: Solution, in model: inout Model) throws {
        guard !solution.isMIP, solution.reducedCosts.count == model.variableCount,
              solution.duals.count == model.constraintCount else {
            return try fix(expression, atMost: solution.objective!, in: &model)
        }
        let scale = expression.merged().coefficients.map(abs).max() ?? 0
        guard scale > 0 else { return } // a constant: every feasible point is optimal
        let zero = 1e-9 * scale
        for variable in model.variables where abs(solution.reducedCosts[variable.index]) > zero {
            let bounds = model.bounds(of: variable)
            let value = nearest(solution.values[variable.index], bounds.lower, bounds.upper)
            try model.setBounds(of: variable, lower: value, upper: value)
        }
        for row in model.constraints where abs(solution.duals[row.index]) > zero {
            let bounds = model.bounds(of: row)
            let value = nearest(solution.rowActivities[row.index], bounds.lower, bounds.upper)
            try model.setBounds(of: row, lower: value, upper: value)
        }
    }

    /// The finite bound nearest to `value` (`value` itself when both bounds are infinite).
    static func nearest(_ value: Double, _ lower: Double, _ upper: Double) -> Double {
        switch (lower.isFinite, upper.isFinite) {
        case (true, true): abs(value - lower) <= abs(value - upper) ? lower : upper
        case (true, false): lower
        case (false, true): upper
        case (false, false): value
        }
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
