import CGLPKGuard
import WaterNexusModel

/// An LP kept loaded in GLPK between solves, so that every re-solve after a change of objective or bounds
/// starts from the previous optimal basis (a warm start) instead of from scratch.
///
/// Made only by ``GLPKSolver/withLinearProgram(_:options:_:)`` and valid only inside its closure, on that
/// call's thread (GLPK objects are thread-local). Integer kinds are ignored: the LP relaxation is solved.
public final class GLPKLinearProgram {
    private let problem: GLPKProblem
    private let options: SolverOptions
    private let columns: Int

    init(problem: GLPKProblem, options: SolverOptions, columns: Int) {
        self.problem = problem
        self.options = options
        self.columns = columns
    }

    /// Replaces the objective.
    public func setObjective(_ sense: ObjectiveSense, _ expression: LinearExpression) throws {
        var dense = [Double](repeating: 0, count: columns)
        for (index, coefficient) in zip(expression.indices, expression.coefficients) where index < columns { dense[index] += coefficient }
        try problem.check(nexus_glpk_set_objective(try problem.handle, sense == .maximize ? 1 : 0, CInt(columns), dense, expression.constant),
                          "setting the objective")
    }

    /// Changes the bounds of one variable of the loaded model.
    public func setBounds(of variable: Variable, lower: Double, upper: Double) throws {
        guard variable.index < columns, lower <= upper, !lower.isNaN, !upper.isNaN else {
            throw GLPKError(operation: "setting bounds", message: "variable \(variable.index) with bounds [\(lower), \(upper)]")
        }
        try problem.check(nexus_glpk_set_col_bounds(try problem.handle, CInt(variable.index), lower, upper), "setting bounds")
    }

    /// Solves the LP from the current basis (no presolve, so the basis is kept for the next solve).
    /// - Parameter timeLimit: seconds for this solve (nil: the options' limit).
    public func solve(timeLimit: Double? = nil) throws -> Solution {
        var options = options
        if let timeLimit { options.timeLimit = timeLimit }
        return try GLPKSolver.solveLP(problem, options: options, presolve: false)
    }
}

extension GLPKSolver {
    /// Loads `model` into GLPK once and hands it to `body` for repeated warm-started LP solves.
    /// - Throws: ``GLPKError`` when GLPK fails (the program is then unusable), or what `body` throws.
    public static func withLinearProgram<T>(_ model: Model, options: SolverOptions = SolverOptions(),
                                            _ body: (GLPKLinearProgram) throws -> T) throws -> T {
        let problem = try GLPKProblem(loading: model.sparseModel(includeNames: false), passNames: false)
        return try body(GLPKLinearProgram(problem: problem, options: options, columns: model.variableCount))
    }
}
