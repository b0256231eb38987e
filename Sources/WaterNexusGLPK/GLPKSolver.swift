import CGLPK
import CGLPKGuard
import Foundation
import WaterNexusModel

/// Solves `Model`s with GLPK. Every call is synchronous and self-contained: it creates the GLPK
/// problem, solves it, copies the results out and deletes it on the calling thread, so calls from
/// several threads or tasks may run in parallel. No input can make the process abort: GLPK errors
/// become ``GLPKError``s.
///
/// Use the static ``solve(_:options:)`` directly, or an instance as a `LinearSolver` (the seam the
/// domain solvers take): the instance keeps GLPK's own ``options`` and takes the solver-neutral limits
/// of each solve on top of them.
public struct GLPKSolver: Sendable {
    /// GLPK's settings for every solve through `LinearSolver` (method, presolve, exact, ranging, …).
    public var options: SolverOptions

    /// A solver with these GLPK settings (default: dual simplex, presolve by problem type).
    public init(options: SolverOptions = SolverOptions()) { self.options = options }

    /// Solves `model`.
    /// - Parameters:
    ///   - model: the model (a MIP is solved by branch-and-cut unless `options.relaxIntegrality`).
    ///   - options: algorithm, presolve, limits, exact certification, ranging, log capture.
    /// - Returns: the solution; infeasible, unbounded and limited outcomes are statuses, not errors. When
    ///   branch-and-cut fails inside GLPK, the MIP is retried differently (`Solution.retries` says how).
    /// - Throws: ``GLPKError`` when GLPK itself fails (for a MIP: when every retry fails too).
    public static func solve(_ model: Model, options: SolverOptions = SolverOptions()) throws -> Solution {
        nexus_glpk_capture_log(options.captureLog ? 1 : 0)
        defer { nexus_glpk_capture_log(0) }
        let sparse = model.sparseModel(includeNames: options.passNames)
        if model.isMIP && !options.relaxIntegrality {
            var solution = try solveMIPWithRetries(sparse, options: options)
            if options.captureLog {
                solution.log = String(cString: nexus_glpk_log()) + solution.retries.map { "retry: \($0)\n" }.joined()
            }
            return solution
        }
        let problem = try GLPKProblem(loading: sparse, passNames: options.passNames)
        var solution: Solution
        if options.method == .interior {
            solution = try solveInterior(problem, options: options)
        } else {
            solution = try solveLP(problem, options: options, presolve: options.presolve ?? false)
            if options.exact, solution.status == .optimal {
                solution.exactCertificate = try certify(problem, floatingObjective: solution.objective)
            }
            if options.ranging, solution.status == .optimal {
                solution.ranges = try SensitivityAnalysis.ranges(of: problem, model: model, solution: solution)
            }
        }
        if options.captureLog { solution.log = String(cString: nexus_glpk_log()) }
        return solution
    }

    static func simplexParameters(_ options: SolverOptions, presolve: Bool) -> glp_smcp {
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.msg_lev = options.captureLog ? GLP_MSG_ALL : GLP_MSG_OFF
        parm.meth = options.method == .primal ? GLP_PRIMAL : GLP_DUALP
        parm.presolve = presolve ? GLP_ON : GLP_OFF
        if let limit = options.timeLimit { parm.tm_lim = milliseconds(limit) }
        return parm
    }

    static func milliseconds(_ seconds: Double) -> CInt {
        CInt(clamping: Int(min(max(seconds, 0) * 1000, Double(Int32.max))))
    }

    static func solveLP(_ problem: GLPKProblem, options: SolverOptions, presolve: Bool) throws -> Solution {
        var parm = simplexParameters(options, presolve: presolve)
        var code: CInt = 0
        try problem.check(nexus_glpk_simplex(try problem.handle, &parm, &code), "running the simplex method")
        let method = options.method == .primal ? "primal simplex" : "dual simplex"
        if presolve && (code == GLP_ENOPFS || code == GLP_ENODFS) {
            // The presolver leaves no basis and only knows "no primal/dual feasible solution":
            // solve again without it to state exactly what holds.
            return try solveLP(problem, options: options, presolve: false)
        }
        let stopped: SolveStatus? = switch code {
        case 0: nil
        case GLP_ETMLIM: .timeLimit
        case GLP_EITLIM: .iterationLimit
        default: .numericalFailure
        }
        let result = try problem.extract(kind: 0, withDuals: true)
        let status = stopped ?? basicStatus(result.status)
        if status == .undefined, options.method == .dual {
            // GLPK's dual simplex can stop on a dual infeasible basis without deciding between
            // "infeasible" and "unbounded"; the primal simplex decides it from the current basis.
            var primal = options
            primal.method = .primal
            return try solveLP(problem, options: primal, presolve: false)
        }
        let hasSolution = result.status == GLP_OPT || result.status == GLP_FEAS
        var ray: [Double]? = nil
        if status == .unbounded {
            ray = try UnboundedRay.direction(problem, maximize: problem.maximize, rowDuals: result.duals, reducedCosts: result.reducedCosts)
            if ray == nil, options.method == .dual {
                // The dual simplex proves unboundedness without naming a ray; the primal simplex names one.
                var primal = options
                primal.method = .primal
                return try solveLP(problem, options: primal, presolve: false)
            }
        }
        var solution = Solution(
            status: status, hasSolution: hasSolution, isMIP: false,
            objective: hasSolution ? result.objective : nil,
            values: hasSolution ? result.values : [], rowActivities: hasSolution ? result.activities : [],
            duals: status == .optimal ? result.duals : [], reducedCosts: status == .optimal ? result.reducedCosts : [],
            bestBound: nil, gap: nil, exactCertificate: nil, ranges: nil, log: "", method: method)
        solution.unboundedRay = ray
        return solution
    }

    static func basicStatus(_ code: CInt) -> SolveStatus {
        switch code {
        case GLP_OPT: .optimal
        case GLP_FEAS: .feasible
        case GLP_NOFEAS: .infeasible
        case GLP_UNBND: .unbounded
        default: .undefined
        }
    }

    static func solveInterior(_ problem: GLPKProblem, options: SolverOptions) throws -> Solution {
        var parm = glp_iptcp()
        glp_init_iptcp(&parm)
        parm.msg_lev = options.captureLog ? GLP_MSG_ALL : GLP_MSG_OFF
        var code: CInt = 0
        try problem.check(nexus_glpk_interior(try problem.handle, &parm, &code), "running the interior-point method")
        if code == GLP_EFAIL && (problem.rows == 0 || problem.columns == 0) {
            return try solveLP(problem, options: options, presolve: false) // GLPK's IPM rejects empty problems
        }
        let result = try problem.extract(kind: 1, withDuals: true)
        let status: SolveStatus = switch (code, result.status) {
        case (0, GLP_OPT): .optimal
        case (0, GLP_NOFEAS): .infeasible
        case (0, GLP_INFEAS): .infeasibleOrUnbounded
        case (GLP_EITLIM, _): .iterationLimit
        default: .numericalFailure
        }
        let hasSolution = status == .optimal
        return Solution(
            status: status, hasSolution: hasSolution, isMIP: false, objective: hasSolution ? result.objective : nil,
            values: hasSolution ? result.values : [], rowActivities: hasSolution ? result.activities : [],
            duals: hasSolution ? result.duals : [], reducedCosts: hasSolution ? result.reducedCosts : [],
            bestBound: nil, gap: nil, exactCertificate: nil, ranges: nil, log: "", method: "interior point")
    }

    static func certify(_ problem: GLPKProblem, floatingObjective: Double?) throws -> ExactCertificate {
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.msg_lev = GLP_MSG_OFF
        var code: CInt = 0
        try problem.check(nexus_glpk_exact(try problem.handle, &parm, &code), "running the exact simplex")
        let result = try problem.extract(kind: 0, withDuals: false)
        let status: SolveStatus = code == 0 ? basicStatus(result.status) : .numericalFailure
        let objective = status == .optimal ? result.objective : nil
        let difference = objective.flatMap { exact in floatingObjective.map { abs(exact - $0) } }
        return ExactCertificate(status: status, objective: objective, difference: difference)
    }
}
