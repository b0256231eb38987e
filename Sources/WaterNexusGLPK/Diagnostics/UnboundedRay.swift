import CGLPK
import CGLPKGuard
import WaterNexusModel

enum UnboundedRay {
    /// A direction d (by column) along which the LP's objective improves without bound from the last
    /// basic solution: the non-basic variable GLPK reports moves by ±1, the basic ones by the simplex
    /// tableau column. Nil when GLPK names no non-basic variable.
    static func direction(_ problem: GLPKProblem, maximize: Bool, rowDuals: [Double], reducedCosts: [Double]) throws -> [Double]? {
        let handle = try problem.handle
        var k: CInt = 0
        try problem.check(nexus_glpk_unbounded_ray(handle, &k), "finding the unbounded ray")
        let m = problem.rows, n = problem.columns
        guard k >= 1, Int(k) <= m + n else { return nil }
        let statuses = try problem.basisStatuses()
        let isBasic = Int(k) <= m ? statuses.rows[Int(k) - 1] == GLP_BS : statuses.columns[Int(k) - m - 1] == GLP_BS
        guard !isBasic else { return nil }
        let reducedCost = Int(k) <= m ? rowDuals[Int(k) - 1] : reducedCosts[Int(k) - m - 1]
        // Minimizing, x_k improves the objective when it moves against its reduced cost's sign.
        let step: Double = (reducedCost < 0) != maximize ? 1 : -1
        var indices = [CInt](repeating: 0, count: m + 1)
        var values = [Double](repeating: 0, count: m + 1)
        var length: CInt = 0
        try problem.check(nexus_glpk_tableau_column(handle, k, &length, &indices, &values), "computing the tableau column")
        var direction = [Double](repeating: 0, count: n)
        if Int(k) > m { direction[Int(k) - m - 1] = step }
        for t in 1..<(Int(length) + 1) where Int(indices[t]) > m {
            direction[Int(indices[t]) - m - 1] = step * values[t]
        }
        return direction
    }
}
