import Testing
import WaterNexusGLPK
import WaterNexusModel

/// ``GLPKLinearProgram``: re-solves after a change of objective or bounds agree with solves from scratch.
@Suite struct LinearProgramTests {
    /// Wyndor Glass: x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18, x, y ≥ 0. By hand: max 3x + 5y = 36 at (2, 6); max x = 4;
    /// max y = 6; with the new bound y ≤ 3, max 3x + 5y = 12 + 15 = 27 at (4, 3).
    @Test func warmResolvesMatchHandValues() throws {
        let (model, x, y, _) = try wyndor()
        var primal = SolverOptions()
        primal.method = .primal
        let values = try GLPKSolver.withLinearProgram(model, options: primal) { program -> [Double?] in
            let first = try program.solve().objective
            try program.setObjective(.maximize, x.expression)
            let widest = try program.solve().objective
            try program.setObjective(.maximize, y.expression)
            let tallest = try program.solve().objective
            try program.setObjective(.maximize, 3 * x + 5 * y)
            try program.setBounds(of: y, lower: 0, upper: 3)
            let capped = try program.solve().objective
            return [first, widest, tallest, capped]
        }
        let expected: [Double] = [36, 4, 6, 27]
        for (value, hand) in zip(values, expected) { #expect(abs((value ?? .nan) - hand) < 1e-9, "\(values)") }
    }

    @Test func badBoundsAreRefusedBeforeGLPK() throws {
        var model = Model(name: "one")
        let x = try model.addVariable("x", upper: 1)
        try model.setObjective(.minimize, x.expression)
        try GLPKSolver.withLinearProgram(model) { program in
            #expect(throws: GLPKError.self) { try program.setBounds(of: x, lower: 2, upper: 1) }
            let objective = try program.solve().objective
            #expect(objective == 0)
        }
    }
}
