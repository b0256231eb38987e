import Testing
import WaterNexusGLPK
import WaterNexusModel

/// ``Model/objectiveBound(duals:)`` against GLPK and against hand values.
@Suite struct DualBoundTests {
    /// Wyndor Glass (Hillier & Lieberman): max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18; optimum 36 at (2, 6),
    /// duals (0, 1.5, 1). With GLPK's duals the bound is the optimum; with any other multipliers it stays above it.
    @Test func boundEqualsTheOptimumAtTheDualsAndStaysValidElsewhere() throws {
        let (model, _, _, _) = try wyndor()
        let solution = try GLPKSolver.solve(model)
        #expect(abs((solution.objective ?? 0) - 36) < 1e-9)
        #expect(abs(model.objectiveBound(duals: solution.duals) - 36) < 1e-7)
        // Multipliers (0, 1, 1): reduced costs (0, 1) on x, y ≥ 0 with infinite upper bounds → no finite bound.
        #expect(model.objectiveBound(duals: [0, 1, 1]) == .infinity)
        // Multipliers (0, 2, 1): reduced costs (0, −1), bound 2·12 + 18 = 42 ≥ 36.
        #expect(abs(model.objectiveBound(duals: [0, 2, 1]) - 42) < 1e-7)
        // Wrong-sign multipliers are dropped: (−5, 2, 1) counts as (0, 2, 1).
        #expect(abs(model.objectiveBound(duals: [-5, 2, 1]) - 42) < 1e-7)
    }

    /// min x + y, x + y ≥ 2, 0 ≤ x, y ≤ 10: optimum 2; zero multipliers give the bound from the variable bounds, 0.
    @Test func zeroMultipliersGiveTheBoxBound() throws {
        var model = Model(name: "box")
        let x = try model.addVariable("x", upper: 10), y = try model.addVariable("y", upper: 10)
        try model.addConstraint("cover", x + y >= 2)
        try model.setObjective(.minimize, x + y)
        #expect(abs(model.objectiveBound(duals: [0]) - 0) < 1e-12)
        #expect(abs(model.objectiveBound(duals: [1]) - 2) < 1e-9)
        // y = 3 > 1: reduced costs −2 on variables with upper bound 10: 3·2 − 2·10 − 2·10 = −34.
        #expect(abs(model.objectiveBound(duals: [3]) + 34) < 1e-7)
        let solution = try GLPKSolver.solve(model)
        #expect(abs(model.objectiveBound(duals: solution.duals) - 2) < 1e-9)
    }
}
