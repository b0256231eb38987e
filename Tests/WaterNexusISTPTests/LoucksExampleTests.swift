import Testing
import WaterNexusGLPK
import WaterNexusISTP
import WaterNexusModel

/// Loucks, Stedinger & Haith (1981): three users with target limits 2/3/5, benefits 100/50/30 per unit
/// allocated, penalties 250/75/60 per unit of shortage, river flows 4/10/17 with probabilities 0.2/0.6/0.2.
///
/// By hand, at T = (2, 3, 5): flow 10 and flow 17 cover the total target 10, so no shortage there. Flow 4
/// leaves a shortage of 6, taken where the penalty is cheapest: user 3 (60) for 5 units and user 2 (75) for
/// 1 unit, costing 300 + 75 = 375, weighted by 0.2 → 75. Net = 100·2 + 50·3 + 30·5 − 75 = 425 (lowering any
/// target loses more benefit than the expected penalty it saves: e.g. T3 saves 0.2·60 = 12 < 30).
struct LoucksExampleTests {
    static let limits = [2.0, 3, 5], benefit = [100.0, 50, 30], penalty = [250.0, 75, 60]
    static let flows = [4.0, 10, 17], probability = [0.2, 0.6, 0.2]

    /// The deterministic two-stage model, written out row by row.
    static func deterministicModel(benefit: [Double], penalty: [Double], flows: [Double]) throws -> Model {
        var model = Model(name: "lsh")
        let T = try (0..<3).map { try model.addVariable("T\($0)", upper: limits[$0]) }
        let S = try (0..<3).map { i in try (0..<3).map { h in try model.addVariable("S\(i)_\(h)") } }
        var f = LinearExpression()
        for i in 0..<3 {
            f.add(T[i], benefit[i])
            for h in 0..<3 { f.add(S[i][h], -probability[h] * penalty[i]) }
        }
        for h in 0..<3 {
            var use = LinearExpression()
            for i in 0..<3 { use.add(T[i]); use.add(S[i][h], -1) }
            try model.addConstraint("flow\(h)", use <= flows[h])
            for i in 0..<3 { try model.addConstraint("cap\(i)_\(h)", S[i][h] - T[i] <= 0) }
        }
        try model.setObjective(.maximize, f)
        return model
    }

    /// The same example through the general ISTP builder (targets [0, limit], no other sources).
    static func istp(benefit: [Interval], penalty: [Interval], flows: [Interval]) -> ISTPProblem {
        let data = (0..<3).map { i in
            [ISTPProblem.UserPeriod(target: Interval(0, limits[i]), benefit: benefit[i], penalty: penalty[i])]
        }
        return ISTPProblem(
            name: "lsh", periods: [.init(name: "t1", length: 1)],
            levels: (0..<3).map { .init(name: "h\($0)", probability: probability[$0]) },
            users: ["u1", "u2", "u3"], data: data, surfaceAvailability: [flows])
    }

    @Test func deterministicModelGives425() throws {
        let solution = try GLPKSolver.solve(try Self.deterministicModel(benefit: Self.benefit, penalty: Self.penalty, flows: Self.flows))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective! - 425) < 1e-7)
    }

    @Test func builderWithPointDataGives425() throws {
        let problem = Self.istp(benefit: Self.benefit.map(Interval.init), penalty: Self.penalty.map(Interval.init),
                                flows: Self.flows.map(Interval.init))
        let solution = try ISTPSolution.solve(try problem.intervalLP())
        let f = try #require(solution.netBenefit)
        #expect(abs(f.lower - 425) < 1e-7 && abs(f.upper - 425) < 1e-7)
        // Targets by hand: all at their limits.
        for u in 0..<3 { #expect(abs(solution.target(u, 0)!.upper - Self.limits[u]) < 1e-7) }
    }

    /// Interval version: benefit ±10 %, penalty ±10 %, flows ±1. The test enumerates the 2⁹ vertices of the
    /// original parameters itself. f⁺ must equal the best vertex optimum; f⁻ must not exceed the worst.
    @Test func intervalVersionAgainstVertices() throws {
        let b = Self.benefit.map { Interval($0 * 0.9, $0 * 1.1) }
        let p = Self.penalty.map { Interval($0 * 0.9, $0 * 1.1) }
        let q = Self.flows.map { Interval($0 - 1, $0 + 1) }
        let vertices = try #require(try vertexOptima(count: 9) { c in
            try Self.deterministicModel(
                benefit: (0..<3).map { pick(b[$0].lower, b[$0].upper, c[$0]) },
                penalty: (0..<3).map { pick(p[$0].lower, p[$0].upper, c[3 + $0]) },
                flows: (0..<3).map { pick(q[$0].lower, q[$0].upper, c[6 + $0]) })
        })
        for order in TwoStepOrder.allCases {
            let solution = try ISTPSolution.solve(try Self.istp(benefit: b, penalty: p, flows: q).intervalLP(), order: order)
            let f = try #require(solution.netBenefit)
            if order == .optimistic { #expect(abs(f.upper - vertices.highest) < 1e-6) }
            if order == .pessimistic { #expect(abs(f.lower - vertices.lowest) < 1e-6) }
            #expect(f.lower <= vertices.lowest + 1e-6)
            #expect(f.upper <= vertices.highest + 1e-6)
            for outcome in [solution.result.first, solution.result.second!] { #expect(outcome.violated.isEmpty) }
        }
    }
}
