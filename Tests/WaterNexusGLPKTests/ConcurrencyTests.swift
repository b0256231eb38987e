import Testing
import WaterNexusGLPK
import WaterNexusModel

struct ConcurrencyTests {
    /// min Σ (k + 1)·x_k subject to Σ x_k ≥ demand, x_k ≤ 1: by hand the cheapest units fill first,
    /// so with demand d (integer) the optimum is 1 + 2 + … + d = d(d + 1)/2.
    static func staircase(demand: Int, size: Int) throws -> Model {
        var model = Model(name: "staircase\(demand)")
        let x = try model.addVariables(count: size, upper: 1)
        try model.addConstraint("demand", x.sum() >= Double(demand))
        var cost = LinearExpression()
        for (k, variable) in x.enumerated() { cost.add(variable, Double(k + 1)) }
        try model.setObjective(.minimize, cost)
        return model
    }

    @Test func parallelSolvesFromTasksAgree() async throws {
        let demands = Array(1...48)
        let results = try await withThrowingTaskGroup(of: (Int, Double).self) { group in
            for demand in demands {
                group.addTask {
                    let model = try ConcurrencyTests.staircase(demand: demand, size: 60)
                    return (demand, try GLPKSolver.solve(model).objective!)
                }
            }
            var results: [Int: Double] = [:]
            for try await (demand, objective) in group { results[demand] = objective }
            return results
        }
        for demand in demands {
            #expect(results[demand] == Double(demand * (demand + 1) / 2))
        }
    }
}
