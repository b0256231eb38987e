import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// Solves one subproblem with `solver` and never lets a solver failure end the whole solve.
    ///
    /// An error (for GLPK: an internal assertion caught by the guard) or a numerical failure is retried with
    /// the solver's ``LinearSolver/fallbacks(for:)`` (for GLPK: the other presolve setting, then the primal
    /// simplex). Returns nil when every attempt fails: the caller then treats the subproblem as unresolved
    /// (no bound is taken from it, no design is accepted from it).
    static func solveSubproblem(_ model: Model, limits: SolveLimits, label: String, solver: any LinearSolver,
                                log: (@Sendable (String) -> Void)?) -> Solution? {
        let attempts = [solver] + solver.fallbacks(for: model)
        for (n, attempt) in attempts.enumerated() {
            do {
                let solution = try attempt.solve(model, limits: limits, label: label)
                if solution.status != .numericalFailure && solution.status != .undefined {
                    if n > 0 { log?("  subproblem solved on retry \(n) (\(label))") }
                    return solution
                }
                log?("  subproblem attempt \(n + 1): status \(solution.status.rawValue)")
            } catch {
                log?("  subproblem attempt \(n + 1): \(error)")
            }
        }
        log?("  subproblem unresolved after \(attempts.count) attempts")
        return nil
    }
}
