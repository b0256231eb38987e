import Testing
import WaterNexusModel
import WaterNexusMultiobjective

/// The model adapter on x + y = 1, x, y ∈ [0, 1], objectives min x and max −y (= min y).
/// Its nondominated set is the whole segment (t, 1 − t); with reference (1, 1) the dominated area is
/// ∫₀¹ t dt = 1/2.
struct MorimeLinearModelTests {
    func segmentProblem() throws -> LinearModelProblem {
        var model = Model(name: "segment")
        let x = try model.addVariable("x", lower: 0, upper: 1)
        let y = try model.addVariable("y", lower: 0, upper: 1)
        try model.addConstraint("balance", x + y == 1)
        return try LinearModelProblem(model: model, objectives: [LinearExpression(x), -y], senses: [.minimize, .maximize])
    }

    /// At (0.3, 0.5): f = (0.3, −(−0.5)) = (0.3, 0.5) minimized, violation |0.8 − 1| = 0.2; stated senses
    /// give back (0.3, −0.5). Repair moves both up by 0.2·1/(1² + 1²) = 0.1: (0.4, 0.6).
    @Test func evaluatesAndRepairs() throws {
        let problem = try segmentProblem()
        let evaluation = problem.evaluate([0.3, 0.5])
        #expect(evaluation.objectives == [0.3, 0.5])
        #expect(abs(evaluation.violation - 0.2) < 1e-12)
        #expect(problem.originalValues(evaluation.objectives) == [0.3, -0.5])
        var x = [0.3, 0.5]
        problem.repair(&x)
        #expect(abs(x[0] - 0.4) < 1e-12 && abs(x[1] - 0.6) < 1e-12)
        #expect(problem.evaluate(x).isFeasible)
        // (1, 0.5) is over by 0.5; both may move down: each by 0.5/2 = 0.25, giving (0.75, 0.25).
        var over = [1.0, 0.5]
        problem.repair(&over)
        #expect(abs(over[0] - 0.75) < 1e-12 && abs(over[1] - 0.25) < 1e-12)
    }

    /// MORIME's front on the segment is feasible and covers it: 100 points evenly spread would miss
    /// about 1/(2·99) ≈ 0.005 of the area 1/2, so at least 0.48 is required.
    @Test func frontCoversTheSegment() throws {
        let result = try MORIME.run(try segmentProblem(), options: MORIMEOptions(populationSize: 50, stop: .iterations(60), archiveSize: 100, seed: 2))
        #expect(!result.front.isEmpty)
        #expect(result.front.allSatisfy { $0.evaluation.isFeasible && abs($0.x[0] + $0.x[1] - 1) < 1e-8 })
        let hv = Hypervolume.exact(result.frontObjectives, reference: [1, 1])
        #expect(hv > 0.48 && hv <= 0.5 + 1e-9, "hypervolume \(hv)")
    }

    /// A free variable needs search bounds; the error names it.
    @Test func infiniteBoundsAreRejected() throws {
        var model = Model()
        let z = try model.addVariable("z", lower: -.infinity)
        #expect(throws: MetaheuristicError.invalidProblem("variable 'z' has an infinite bound; pass finite searchBounds")) {
            try LinearModelProblem(model: model, objectives: [LinearExpression(z)], senses: [.minimize])
        }
    }
}

/// Repair only moves variables that can move the needed way: with x + y + w ≥ 2, x, y ∈ [0, 1],
/// w ∈ [0, 0.5] and w at its upper bound, the point (0.2, 0.2, 0.5) is short by 1.1; w cannot rise,
/// so x and y each rise by 1.1/2 = 0.55 to 0.75 (activity 2).
struct MorimeRepairTests {
    @Test func blockedVariablesStay() throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 1)
        let y = try model.addVariable("y", upper: 1)
        let w = try model.addVariable("w", upper: 0.5)
        try model.addConstraint("demand", x + y + w >= 2)
        let problem = try LinearModelProblem(model: model, objectives: [LinearExpression(x)], senses: [.minimize])
        var point = [0.2, 0.2, 0.5]
        problem.repair(&point)
        #expect(abs(point[0] - 0.75) < 1e-12 && abs(point[1] - 0.75) < 1e-12 && point[2] == 0.5)
    }

    /// A 0–1 knapsack with two maximized values (TextbookProblems.knapsack): MORIME searches a continuous
    /// box, the repair rounds the binaries, so every archived point is a 0/1 vector; on 6 items the archive
    /// must end up with exactly the nondominated set that enumerating all 64 subsets gives.
    @Test func integerVariablesAreRoundedAndTheKnapsackFrontIsFound() throws {
        let knapsack = try TextbookProblems.knapsack(objectives: 2)
        let problem = try LinearModelProblem(model: knapsack.model, objectives: knapsack.objectives.map(\.expression),
                                             senses: knapsack.objectives.map(\.sense))
        let result = try MORIME.run(problem, options: MORIMEOptions(populationSize: 30, stop: .iterations(60), archiveSize: 30, seed: 3))
        #expect(result.front.allSatisfy { $0.x.allSatisfy { $0 == 0 || $0 == 1 } })
        #expect(result.front.allSatisfy {
            BruteForceMOLP.dot($0.x, TextbookProblems.itemWeights) <= TextbookProblems.capacity
        })
        let found = Set(result.front.map { problem.originalValues($0.evaluation.objectives) })
        #expect(found == Set(TextbookProblems.knapsackFront(objectives: 2)))
    }
}
