import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusISTP

/// The Henan case (Models/henan.yaml): the behaviour the source paper states, checked on our
/// reconstruction, and every submodel solution re-checked row by row.
struct HenanCaseTests {
    static let modelPath: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("Models/henan.yaml").path
    }()

    /// All nine scenarios, solved once for every test of the suite.
    static let solved: Result<[ISTPScenario: ISTPSolution], Error> = Result {
        let c = try ISTPCase.load(path: modelPath)
        var out: [ISTPScenario: ISTPSolution] = [:]
        for s in c.scenarios { out[s] = try ISTPSolution.solve(try c.problem(for: s).intervalLP()) }
        return out
    }

    func solution(_ energy: String, _ risk: String) throws -> ISTPSolution {
        try #require(try Self.solved.get()[ISTPScenario(energy: energy, risk: risk)])
    }

    @Test func nineScenariosAreOptimal() throws {
        let all = try Self.solved.get()
        #expect(all.count == 9)
        for (s, solution) in all { #expect(solution.netBenefit != nil, "scenario \(s)") }
    }

    /// Relaxing the over-allocation bound (ξ = 0, −2 %, −5 %) only enlarges the feasible set of both submodels.
    @Test func netBenefitRisesFromR1ToR3() throws {
        for energy in ["S0", "S1", "S2"] {
            let f = try ["R1", "R2", "R3"].map { try #require(try solution(energy, $0).netBenefit) }
            for k in 1..<3 {
                #expect(f[k].upper >= f[k - 1].upper - 1e-6 * abs(f[k].upper), "\(energy): f+ falls")
                #expect(f[k].lower >= f[k - 1].lower - 1e-6 * abs(f[k].lower), "\(energy): f- falls")
            }
        }
    }

    /// S2 (no energy row) → S1 → S0 (the tightest caps): total diverted water must not increase.
    @Test func divertedWaterFallsAsEnergyControlTightens() throws {
        for risk in ["R1", "R2", "R3"] {
            let totals = try ["S2", "S1", "S0"].map { e -> Interval in
                let s = try solution(e, risk)
                let d = try #require(s.problem.sources.firstIndex { $0.name == "diverted" })
                return try #require(s.sourceTotal(d))
            }
            for k in 1..<3 {
                #expect(totals[k].upper <= totals[k - 1].upper + 1e-6, "\(risk): diverted upper rises")
                #expect(totals[k].lower <= totals[k - 1].lower + 1e-6, "\(risk): diverted lower rises")
            }
        }
    }

    /// Every row and bound of each solved submodel holds at its solution, re-evaluated with the modeler.
    @Test func everySolutionSatisfiesItsRows() throws {
        for (s, solution) in try Self.solved.get() {
            for outcome in [solution.result.first, try #require(solution.result.second)] {
                #expect(outcome.isOptimal)
                #expect(outcome.model.violatedNames(at: outcome.solution.values).isEmpty, "scenario \(s) \(outcome.bound)")
            }
        }
    }

    /// The two-step interval lies inside the case bounds: f⁺ equals the best case (the favourable submodel
    /// with nothing fixed) and f⁻ is at most the worst case.
    @Test func intervalWithinCaseBounds() throws {
        let c = try ISTPCase.load(path: Self.modelPath)
        let lp = try c.problem(for: c.defaultScenario).intervalLP().lp
        let bounds = try lp.caseBounds()
        let f = try #require(try solution(c.defaultScenario.energy, c.defaultScenario.risk).netBenefit)
        #expect(abs(f.upper - bounds.best.objective!) <= 1e-7 * abs(f.upper))
        #expect(f.lower <= bounds.worst.objective! + 1e-7 * abs(f.lower))
    }

    /// The calibrated case against the paper: S0's net benefit within 2 % of the published interval under
    /// R1–R3 (both bounds; the paper: [19.22, 24.31], [19.56, 24.75], [20.06, 25.37] × 10¹² RMB), and the
    /// energy-control effect: in period 1 at the medium level, S0's upper bound of diverted water at least
    /// 10 % below S2's (the paper: 311.31 against 400).
    @Test func calibratedCaseReproducesThePublishedFigures() throws {
        let published = ["R1": Interval(19.22, 24.31), "R2": Interval(19.56, 24.75), "R3": Interval(20.06, 25.37)]
        for (risk, paper) in published {
            let f = try #require(try solution("S0", risk).netBenefit)
            for (ours, theirs) in [(f.lower * 1e-6, paper.lower), (f.upper * 1e-6, paper.upper)] {
                #expect(abs(ours - theirs) <= 0.02 * theirs, "S0,\(risk): ours \(ours), paper \(theirs)")
            }
        }
        func divertedUpper(_ energy: String) throws -> Double {
            let s = try solution(energy, "R1")
            let d = try #require(s.problem.sources.firstIndex { $0.name == "diverted" })
            // Diverted water is a first-period allocation, the same at every level.
            return try #require(s.total { s.allocation(d, $0, 0, in: $1) }).upper
        }
        let s0 = try divertedUpper("S0"), s2 = try divertedUpper("S2")
        #expect(s0 <= 0.9 * s2, "S0 \(s0), S2 \(s2)")
    }
}
