import Testing
import WaterNexusGLPK
import WaterNexusModel

struct LimitTests {
    /// A market-split instance (Cornuéjols & Dawande 1999): 4 rows, 36 binaries, coefficients in
    /// [0, 99], right-hand sides ⌊Σa/2⌋. Branch-and-bound needs far longer than 0.3 s to prove
    /// optimality of min Σ|slack| on such instances, so the time limit must stop it.
    static func marketSplit() throws -> Model {
        var model = Model(name: "market_split")
        var state: UInt64 = 12345
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % 100)
        }
        let x = try (0..<36).map { try model.addVariable("x\($0)", kind: .binary) }
        var slack = LinearExpression()
        for i in 0..<4 {
            let a = (0..<36).map { _ in next() }
            let over = try model.addVariable("over\(i)"), under = try model.addVariable("under\(i)")
            var row = LinearExpression(terms: zip(x, a.map(Double.init)))
            row += over
            row -= under
            try model.addConstraint("split\(i)", row == Double(a.reduce(0, +) / 2))
            slack += over
            slack += under
        }
        try model.setObjective(.minimize, slack)
        return model
    }

    @Test func timeLimitStopsBranchAndCutHonestly() throws {
        var options = SolverOptions()
        options.timeLimit = 0.3
        let solution = try GLPKSolver.solve(try LimitTests.marketSplit(), options: options)
        #expect(solution.status == .timeLimit)
        if solution.hasSolution {
            let objective = try #require(solution.objective)
            let bound = try #require(solution.bestBound)
            #expect(bound <= objective + 1e-9) // a lower bound for a minimization
            #expect(solution.gap! >= 0)
        }
    }

    @Test func mipGapStopsEarlyWithAFeasibleVerdict() throws {
        // Relative gap 1 accepts the first incumbent whose bound is within 100 %: GLPK stops with a
        // solution that is feasible but not proven optimal.
        var options = SolverOptions()
        options.mipGap = 1.0
        options.timeLimit = 20
        let solution = try GLPKSolver.solve(try LimitTests.marketSplit(), options: options)
        #expect(solution.status == .feasible, "got \(solution.status) objective \(String(describing: solution.objective)) bound \(String(describing: solution.bestBound))")
        #expect(solution.hasSolution)
        #expect(solution.gap! <= 1.0 + 1e-9)
    }
}
