import CGLPK
import CGLPKGuard
import Foundation
import WaterNexusModel

enum SensitivityAnalysis {
    /// GLPK reports "no limit" as ±DBL_MAX; make it ±infinity.
    static func unlimited(_ value: Double) -> Double {
        abs(value) >= Double.greatestFiniteMagnitude ? (value > 0 ? .infinity : -.infinity) : value
    }

    static func ranges(of problem: GLPKProblem, model: Model, solution: Solution) throws -> SensitivityReport {
        let handle = try problem.handle
        var exists: CInt = 0
        try problem.check(nexus_glpk_basis_factorized(handle, &exists), "checking the basis factorization")
        if exists == 0 {
            var code: CInt = 0
            try problem.check(nexus_glpk_factorize(handle, &code), "factorizing the basis")
            guard code == 0 else {
                throw GLPKError(operation: "factorizing the basis", message: "the optimal basis is singular (code \(code))")
            }
        }
        let statuses = try problem.basisStatuses()
        let m = problem.rows
        let maximize = model.objectiveSense == .maximize
        var costs: [SensitivityReport.CostRange] = []
        costs.reserveCapacity(problem.columns)
        for j in 0..<problem.columns {
            let variable = Variable(index: j)
            let c = model.objectiveCoefficient(of: variable)
            var lower = -Double.infinity, upper = Double.infinity
            if statuses.columns[j] == GLP_BS {
                var coef1 = 0.0, coef2 = 0.0, value1 = 0.0, value2 = 0.0
                var var1: CInt = 0, var2: CInt = 0
                try problem.check(nexus_glpk_analyze_coef(handle, CInt(m + j + 1), &coef1, &var1, &value1, &coef2, &var2, &value2),
                                  "ranging an objective coefficient")
                lower = unlimited(coef1)
                upper = unlimited(coef2)
            } else {
                let d = solution.reducedCosts[j]
                // Nonbasic at a bound: the coefficient may move until the reduced cost changes sign.
                let atLower = statuses.columns[j] == GLP_NL, atUpper = statuses.columns[j] == GLP_NU
                let improvesUp = maximize ? atUpper : atLower // raising c keeps the variable out
                if statuses.columns[j] == GLP_NS {
                    // fixed variable: any coefficient keeps the basis optimal
                } else if statuses.columns[j] == GLP_NF {
                    lower = c
                    upper = c
                } else if improvesUp {
                    lower = c - d
                } else {
                    upper = c - d
                }
            }
            costs.append(.init(variable: variable, coefficient: c, lower: lower, upper: upper))
        }
        var bounds: [SensitivityReport.BoundRange] = []
        bounds.reserveCapacity(m)
        for i in 0..<m {
            let constraint = Constraint(index: i)
            let activity = solution.rowActivities[i]
            let (rowLower, rowUpper) = model.bounds(of: constraint)
            if statuses.rows[i] == GLP_BS {
                // Inactive row: an upper bound may fall to the activity, a lower bound rise to it.
                let range: (Double, Double) = rowUpper.isFinite ? (activity, .infinity)
                    : rowLower.isFinite ? (-.infinity, activity) : (-.infinity, .infinity)
                bounds.append(.init(constraint: constraint, activity: activity, active: false,
                                    lower: range.0, upper: range.1))
            } else {
                var value1 = 0.0, value2 = 0.0
                var var1: CInt = 0, var2: CInt = 0
                try problem.check(nexus_glpk_analyze_bound(handle, CInt(i + 1), &value1, &var1, &value2, &var2),
                                  "ranging a constraint bound")
                bounds.append(.init(constraint: constraint, activity: activity, active: true, lower: unlimited(value1), upper: unlimited(value2)))
            }
        }
        return SensitivityReport(costs: costs, bounds: bounds)
    }
}
