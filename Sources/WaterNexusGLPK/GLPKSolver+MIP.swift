import CGLPK
import CGLPKGuard
import Foundation

extension GLPKSolver {
    static func solveMIP(_ problem: GLPKProblem, options: SolverOptions) throws -> Solution {
        let presolve = options.presolve ?? true
        if !presolve {
            // Without the presolver, branch-and-cut needs an optimal LP basis first (else GLP_EROOT).
            let relaxation = try solveLP(problem, options: options, presolve: false)
            guard relaxation.status == .optimal else {
                return mipWithoutSolution(status: relaxationVerdict(relaxation.status), method: "LP relaxation")
            }
        }
        var parm = glp_iocp()
        glp_init_iocp(&parm)
        parm.msg_lev = options.captureLog ? GLP_MSG_ALL : GLP_MSG_OFF
        parm.presolve = presolve ? GLP_ON : GLP_OFF
        if let limit = options.timeLimit { parm.tm_lim = milliseconds(limit) }
        if let gap = options.mipGap { parm.mip_gap = max(gap, 0) }
        var code: CInt = 0
        var treeBound = Double.nan
        try problem.check(nexus_glpk_intopt(try problem.handle, &parm, &code, &treeBound), "running branch-and-cut")
        switch code {
        case GLP_ENOPFS: return mipWithoutSolution(status: .infeasible, method: "MIP presolve")
        case GLP_ENODFS: return mipWithoutSolution(status: .infeasibleOrUnbounded, method: "MIP presolve")
        case 0, GLP_ETMLIM, GLP_EMIPGAP: break
        default: return mipWithoutSolution(status: .numericalFailure, method: "branch-and-cut")
        }
        let result = try problem.extract(kind: 2, withDuals: false)
        let hasSolution = result.status == GLP_OPT || result.status == GLP_FEAS
        let status: SolveStatus = switch (code, result.status) {
        case (0, GLP_OPT): .optimal
        case (0, GLP_NOFEAS): .infeasible
        case (GLP_ETMLIM, _): .timeLimit
        case (_, GLP_FEAS): .feasible
        default: .undefined
        }
        var bestBound: Double? = treeBound.isNaN || status == .infeasible ? nil : treeBound
        if status == .optimal && (options.mipGap ?? 0) == 0 { bestBound = result.objective }
        if bestBound == nil, hasSolution, status == .optimal { bestBound = result.objective }
        let gap = hasSolution ? bestBound.map { relativeGap(result.objective, $0) } : nil
        return Solution(
            status: status, hasSolution: hasSolution, isMIP: true, objective: hasSolution ? result.objective : nil,
            values: hasSolution ? result.values : [], rowActivities: hasSolution ? result.activities : [],
            duals: [], reducedCosts: [], bestBound: bestBound, gap: gap, exactCertificate: nil, ranges: nil,
            log: "", method: "branch-and-cut")
    }

    /// GLPK's relative MIP gap: |objective − bound| / (DBL_EPSILON + |objective|).
    static func relativeGap(_ objective: Double, _ bound: Double) -> Double {
        abs(objective - bound) / (Double.ulpOfOne + abs(objective))
    }

    /// What an LP relaxation's status says about the MIP.
    static func relaxationVerdict(_ status: SolveStatus) -> SolveStatus {
        switch status {
        case .infeasible: .infeasible
        case .unbounded: .infeasibleOrUnbounded // integer points may be infeasible even if the LP is unbounded
        default: status
        }
    }

    static func mipWithoutSolution(status: SolveStatus, method: String) -> Solution {
        Solution(status: status, hasSolution: false, isMIP: true, objective: nil, values: [], rowActivities: [],
                 duals: [], reducedCosts: [], bestBound: nil, gap: nil, exactCertificate: nil, ranges: nil,
                 log: "", method: method)
    }
}
