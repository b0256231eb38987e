import Foundation
import WaterNexusModel

extension GLPKSolver {
    /// Solves a MIP by branch-and-cut; when GLPK fails inside (an internal assertion caught by the guard),
    /// ends in numerical failure, or returns a point that violates the model (GLPK's MIP presolver can
    /// misread ranged rows), retries differently on a freshly loaded problem and returns the first
    /// verdict reached. Each retry is described in ``Solution/retries``.
    ///
    /// The retries, in order: the LP relaxation alone (infeasible settles "infeasible"; unbounded leaves
    /// "infeasible or unbounded", decided by branch-and-cut on the model without objective: with rational
    /// data a feasible MIP with an unbounded relaxation is unbounded), then branch-and-cut without the MIP
    /// presolver (dual, then primal simplex for the relaxation), then with it.
    /// - Returns: the first verdict; the first attempt's "numerical failure" when no retry does better.
    /// - Throws: the first ``GLPKError`` when every attempt fails inside GLPK.
    static func solveMIPWithRetries(_ model: SparseModel, options: SolverOptions) throws -> Solution {
        let first: GLPKError
        var stumbled: Solution? = nil // the first attempt's own status, when it returned one
        do {
            let solution = try solveMIP(try GLPKProblem(loading: model, passNames: options.passNames), options: options)
            let violation = solution.hasSolution ? model.violation(of: solution.values) : nil
            guard solution.status == .numericalFailure || violation != nil else { return solution }
            if violation == nil { stumbled = solution }
            first = GLPKError(operation: "running branch-and-cut",
                              message: violation.map { "its solution is infeasible: \($0)" } ?? "numerical failure")
        } catch let error as GLPKError {
            first = error
        }
        var retries = ["branch-and-cut failed (\(summary(first))); retrying"]
        func attempt(_ description: String, _ body: () throws -> Solution) -> Solution? {
            do {
                let solution = try body()
                if solution.isMIP, solution.hasSolution, let violation = model.violation(of: solution.values) {
                    retries.append("\(description): its solution is infeasible (\(violation))")
                    return nil
                }
                retries.append("\(description): \(solution.status.rawValue)")
                return solution.status == .numericalFailure ? nil : solution
            } catch let error as GLPKError {
                retries.append("\(description): failed (\(summary(error)))")
            } catch {
                retries.append("\(description): failed (\(error))")
            }
            return nil
        }
        func finish(_ solution: Solution) -> Solution {
            var solution = solution
            solution.retries = retries
            return solution
        }
        var relaxed = options
        relaxed.presolve = false
        if let relaxation = attempt("LP relaxation by dual simplex", {
            try solveLP(try GLPKProblem(loading: model, passNames: options.passNames), options: relaxed, presolve: false)
        }) {
            switch relaxation.status {
            case .infeasible:
                return finish(mipWithoutSolution(status: .infeasible, method: "LP relaxation"))
            case .unbounded:
                var feasibility = model
                feasibility.objective = Array(repeating: 0, count: model.objective.count)
                if let found = attempt("branch-and-cut without objective", {
                    try solveMIP(try GLPKProblem(loading: feasibility, passNames: options.passNames), options: relaxed)
                }), found.status == .optimal || found.status == .infeasible {
                    return finish(mipWithoutSolution(status: found.status == .optimal ? .unbounded : .infeasible,
                                                     method: "LP relaxation and branch-and-cut"))
                }
                return finish(mipWithoutSolution(status: .infeasibleOrUnbounded, method: "LP relaxation"))
            default: break
            }
        }
        var primal = relaxed
        primal.method = .primal
        var presolved = options
        presolved.presolve = true
        let variants: [(String, SolverOptions)] = [
            ("branch-and-cut without presolver, dual simplex", relaxed),
            ("branch-and-cut without presolver, primal simplex", primal),
            ("branch-and-cut with presolver", presolved),
        ]
        let original = (options.presolve ?? true, options.method)
        for (description, variant) in variants where !(variant.presolve == original.0 && (original.0 || variant.method == original.1)) {
            if let solution = attempt(description, {
                try solveMIP(try GLPKProblem(loading: model, passNames: options.passNames), options: variant)
            }) {
                return finish(solution)
            }
        }
        if let stumbled { return finish(stumbled) }
        throw first
    }

    /// The first line of a GLPK error message (GLPK's assertion text), for a retry note.
    static func summary(_ error: GLPKError) -> String {
        let lines = error.message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.first { $0.contains("Assertion") || $0.contains("Error") } ?? lines.last ?? error.message
    }
}
