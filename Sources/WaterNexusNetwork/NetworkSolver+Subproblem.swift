import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// Solves one subproblem with GLPK and never lets a GLPK failure end the whole solve.
    ///
    /// A GLPK error (an internal assertion caught by the guard) or a numerical failure is retried with the
    /// other presolve setting, then with the primal simplex. Returns nil when every attempt fails: the caller
    /// then treats the subproblem as unresolved (no bound is taken from it, no design is accepted from it).
    static func solveSubproblem(_ model: Model, options: SolverOptions, log: (@Sendable (String) -> Void)?) -> Solution? {
        var attempts = [options]
        var toggled = options
        toggled.presolve = !(options.presolve ?? model.isMIP)
        attempts.append(toggled)
        var primal = toggled
        primal.method = .primal
        attempts.append(primal)
        for (n, attempt) in attempts.enumerated() {
            do {
                let solution = try GLPKSolver.solve(model, options: attempt)
                if solution.status != .numericalFailure && solution.status != .undefined {
                    if n > 0 { log?("  subproblem solved on retry \(n) (presolve \(attempt.presolve == true ? "on" : "off"), \(attempt.method.rawValue) simplex)") }
                    return solution
                }
                log?("  subproblem attempt \(n + 1): GLPK status \(solution.status.rawValue)")
            } catch {
                log?("  subproblem attempt \(n + 1): \(error)")
            }
        }
        log?("  subproblem unresolved after \(attempts.count) attempts")
        return nil
    }
}
