import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusMultiobjective

/// The worked example of WaterNexusMultiobjective.docc/ExactFrontWithRegretChoice.md, run as written:
/// the front against hand values (see ExactnessTests), and the choice against the GRRM formula evaluated
/// separately (γ = 1, β = 0.5 each, objectives normalized to benefit form over the five points): the
/// regrets are 5.771385, 5.621933, 5.500361, 5.406770, 5.802421, so the least regret is at (6.5, −4.25).
struct ArticleExampleTests {
    @Test func exactFrontWithRegretChoice() throws {
        var model = Model(name: "two_objective")
        let x1 = try model.addVariable("x1"), x2 = try model.addVariable("x2")
        try model.addConstraint("total", x1 + x2 <= 4)
        try model.addConstraint("cap1", x1 <= 3)
        try model.addConstraint("cap2", x2 <= 3)
        let problem = MultiObjectiveProblem(model: model, objectives: [
            ObjectiveFunction(name: "f1", sense: .maximize, expression: 3 * x1 + x2),
            ObjectiveFunction(name: "f2", sense: .minimize, expression: x1 - 2 * x2),
        ])
        let front = try ExactFront.augmecon2(problem, gridPoints: 4)
        let choice = try RegretChoice(beta: [0.5, 0.5]).choose(front, senses: problem.senses)
        let hand: [[Double]] = [[10, 1], [2 * 7.25 / 3 + 4, -0.75], [2 * 5.5 / 3 + 4, -2.5], [6.5, -4.25], [3, -6]]
        #expect(front.count == hand.count)
        for point in hand {
            #expect(front.contains { zip($0.objectives, point).allSatisfy { abs($0 - $1) < 1e-9 } })
        }
        #expect(abs(front[choice.index].objectives[0] - 6.5) < 1e-9 && abs(front[choice.index].objectives[1] + 4.25) < 1e-9)
        #expect(abs(choice.regret - 5.406770) < 1e-6)
        #expect(abs(front[choice.index].values[0] - 1.25) < 1e-9 && abs(front[choice.index].values[1] - 2.75) < 1e-9)
    }
}
