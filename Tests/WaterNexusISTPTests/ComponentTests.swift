import Testing
import WaterNexusISTP

/// The risk-balance and energy-control pieces on problems small enough to solve by hand.
struct ComponentTests {
    /// One user, one period, one level (probability 1); surface target fixed at 10 with 10 available;
    /// a diverted source of 10 at no cost; benefit 1 per unit; energy 0.5 (surface) and 1.5 (diverted).
    static func problem(cap: Interval?) -> ISTPProblem {
        var p = ISTPProblem(
            name: "tiny", periods: [.init(name: "t1", length: 1)], levels: [.init(name: "h", probability: 1)],
            users: ["u"], data: [[.init(target: Interval(10), benefit: Interval(1), penalty: Interval(2), requirement: Interval(20))]],
            surfaceAvailability: [[Interval(10)]])
        p.surfaceEnergy = [Interval(0.5)]
        p.sources = [.init(name: "diverted", kind: .external, availability: [Interval(10)], cost: [.zero], energy: [Interval(1.5)])]
        p.energyControl = cap.map { EnergyControl(cap: [$0]) }
        return p
    }

    /// By hand: 0.5·10 + 1.5 D ≤ η (10 + D) gives D ≤ (10η − 5)/(1.5 − η), capped by 10 and floored at 0.
    /// η = 1.0 → D ≤ 10; η = 0.8 → D ≤ 3/0.7 = 4.285714…; η = 0.5 → D = 0; no row → D = 10.
    @Test func energyCapLimitsDivertedWater() throws {
        let expected: [(Double?, Double)] = [(nil, 10), (1.0, 10), (0.8, 3 / 0.7), (0.5, 0)]
        for (eta, d) in expected {
            let s = try ISTPSolution.solve(try Self.problem(cap: eta.map { Interval($0) }).intervalLP())
            let total = try #require(s.sourceTotal(0))
            #expect(abs(total.lower - d) < 1e-9 && abs(total.upper - d) < 1e-9, "eta \(String(describing: eta))")
        }
        // An interval cap [0.8, 1.0]: the favourable submodel uses 1.0, the unfavourable 0.8.
        let s = try ISTPSolution.solve(try Self.problem(cap: Interval(0.8, 1.0)).intervalLP())
        let total = try #require(s.sourceTotal(0))
        #expect(abs(total.lower - 3 / 0.7) < 1e-9 && abs(total.upper - 10) < 1e-9)
        let f = try #require(s.netBenefit)
        #expect(abs(f.lower - (10 + 3 / 0.7)) < 1e-9 && abs(f.upper - 20) < 1e-9)
    }

    /// CR by hand (a = 0.4, b = 0.3, c = 0.3, k = 0.5), maxima ww 0.5, rr 0.4, NB 40:
    /// user 1 (ww 0.5, rr 0.2, NB 10): 0.5·(0.4·1 + 0.3·0.5 + 0.3·0.75) = 0.3875;
    /// user 2 (ww 0.25, rr 0.4, NB 40): 0.5·(0.4·0.5 + 0 + 0) = 0.1.
    @Test func comprehensiveRiskCoefficient() {
        let r = RiskBalance(xi: 0, a: 0.4, b: 0.3, c: 0.3, k: 0.5)
        let data: [ISTPProblem.UserPeriod] = [
            .init(target: .zero, benefit: Interval(10), penalty: .zero, wastewater: Interval(0.5), reuseRatio: Interval(0.2)),
            .init(target: .zero, benefit: Interval(40), penalty: .zero, wastewater: Interval(0.25), reuseRatio: Interval(0.4)),
        ]
        let cr = r.coefficients(data)
        #expect(abs(cr[0] - 0.3875) < 1e-12 && abs(cr[1] - 0.1) < 1e-12)
    }

    /// Risk rows on the tiny problem (requirement 20, 20 units available). ξ = 0.25 (stricter than the
    /// paper's levels, for the test) caps A at (1 − 0.25)·20 = 15, so D = 5 and f = 15. With the R ≤ CR·REQ
    /// row too, CR = 0.5·(1 − 0) = 0.5 here (b = 1, rr_max = 0), i.e. A ≥ 10: still f = 15. An exempt user
    /// has no rows: A = 20, f = 20. With ξ = 0.25 and k = 0 (CR = 0, A ≥ 20) the problem is infeasible.
    @Test func riskRowsCapDeliveries() throws {
        var p = Self.problem(cap: nil)
        p.riskBalance = RiskBalance(xi: 0.25, a: 0, b: 1, c: 0, k: 0.5)
        p.riskBalance!.upperRow = false
        #expect(abs(try #require(try ISTPSolution.solve(try p.intervalLP()).netBenefit).upper - 15) < 1e-9)
        p.riskBalance!.upperRow = true
        #expect(abs(try #require(try ISTPSolution.solve(try p.intervalLP()).netBenefit).upper - 15) < 1e-9)
        p.riskBalance!.exempt = ["u"]
        #expect(abs(try #require(try ISTPSolution.solve(try p.intervalLP()).netBenefit).upper - 20) < 1e-9)
        p.riskBalance!.exempt = []
        p.riskBalance!.k = 0
        let infeasible = try ISTPSolution.solve(try p.intervalLP())
        #expect(infeasible.netBenefit == nil)
        #expect(Set(infeasible.result.first.infeasibleRows.map(\.name)).isSubset(of: ["riskLo(u,t1,h)", "riskHi(u,t1,h)"]))
        #expect(!infeasible.result.first.infeasibleRows.isEmpty)
    }
}
