import Testing
import WaterNexusAllocation
import WaterNexusModel
import WaterNexusMultiobjective

/// MORIME on the Yiwu model at the 90 % rate (scenario O) against the exact GLPK front (AUGMECON2 grid
/// 10, the demo's). Small budgets keep the suite fast.
@Suite struct MorimeVersusExactTests {
    static let options = MORIMEOptions(populationSize: 30, stop: .evaluations(1_500), archiveSize: 60, seed: 1)
    static let comparison: AllocationComparison? = try? AllocationComparison(
        try loadYiwu(), rate: "90", points: 10, options: options, seeds: [1, 2])

    func problem() throws -> AllocationProblem {
        try AllocationProblem(try loadYiwu().instance(scenario: "O", rate: "90"))
    }

    /// Search bounds implied by the rows (hand calculation from Data/yiwu at 90 %, scenario O):
    /// x(RW,residential) ≤ min(A_RW 879.85, d 612.3, cap 0.10·612.3 = 61.23) = 61.23;
    /// x(LR,industrial) ≤ min(A_LR 730.625, d 960.6) = 730.625; x(HJ,municipal) ≤ min(800, 239.6) = 239.6;
    /// x(PJ,residential) ≤ min(300, 612.3) = 300. Lower bounds stay 0.
    @Test func searchBoundsComeFromTheRows() throws {
        let p = try problem()
        let bounds = try #require(ModelFrontComparison.impliedSearchBounds(p.model))
        func upper(_ i: Int, _ j: Int) throws -> Double { bounds[try #require(p.flows[i][j]).index].upper }
        #expect(abs(try upper(3, 0) - 61.23) < 1e-9)
        #expect(abs(try upper(0, 2) - 730.625) < 1e-9)
        #expect(abs(try upper(1, 1) - 239.6) < 1e-9)
        #expect(abs(try upper(2, 0) - 300) < 1e-9)
        #expect(bounds.allSatisfy { $0.lower == 0 })
        var free = Model()
        _ = try free.addVariable("z")
        #expect(ModelFrontComparison.impliedSearchBounds(free) == nil)
    }

    /// Every point of MORIME's front satisfies the model's rows and bounds, and its objectives are the
    /// allocation expressions evaluated at its flows.
    @Test func morimeFrontIsFeasible() throws {
        let p = try problem()
        let adapter = try ModelFrontComparison.functionProblem(p.multiObjectiveProblem)
        let result = try MORIME.run(adapter, options: Self.options)
        #expect(result.front.count >= 10)
        for candidate in result.front {
            #expect(p.model.violatedNames(at: candidate.x).isEmpty, "violated: \(p.model.violatedNames(at: candidate.x))")
            let values = p.objectiveValues(at: candidate.x)
            for k in values.indices { #expect(abs(values[k] - candidate.evaluation.objectives[k]) <= 1e-9 * max(1, abs(values[k]))) }
        }
    }

    /// The exact front dominates: MORIME's hypervolume is at most that of the continuous exact front
    /// (which also bounds the hypervolume of the exact grid points), no exact point is strictly dominated
    /// by a MORIME point, and no MORIME value beats the LP optimum (payoff ideal).
    @Test func exactFrontDominatesMorime() throws {
        let comparison = try #require(Self.comparison)
        let report = comparison.report
        #expect(report.comparison.runs.count == 2)
        for run in report.comparison.runs {
            #expect(run.indicators.hypervolumeRatio <= 1 + 1e-9, "seed \(run.seed): ratio \(run.indicators.hypervolumeRatio)")
            #expect(run.indicators.hypervolumeRatio > 0.5, "seed \(run.seed): a genuine front covers most of the volume")
            for (k, gap) in run.objectiveGaps.enumerated() {
                #expect(gap >= -1e-9 * max(1, abs(report.payoffIdeal[k])), "seed \(run.seed), f\(k + 1): gap \(gap)")
            }
            for e in report.exactFront {
                let dominated = run.front.contains { y in
                    zip(y, e).allSatisfy { $0 <= $1 - 1e-6 * max(1, abs($1)) }
                }
                #expect(!dominated, "seed \(run.seed): exact point \(e) dominated")
            }
        }
        let continuous = try #require(report.continuousHypervolume)
        #expect(report.comparison.referenceHypervolume == continuous)
        #expect(report.sampleHypervolume <= continuous + 1e-12 && report.sampleHypervolume > 0.8 * continuous)
        // The normalization is stated: the payoff ideal and the exact nadir (worst over the extreme
        // points); every exact point lies between them.
        let normalization = report.comparison.normalization
        #expect(normalization.ideal == report.payoffIdeal)
        #expect(normalization.nadir == (0..<3).map { k in report.extremePoints.map { $0[k] }.max()! })
        for p in report.exactFront {
            for k in 0..<3 { #expect(p[k] >= normalization.ideal[k] - 1e-6 && p[k] <= normalization.nadir[k] + 1e-6) }
        }
        #expect(report.comparison.referencePoint == [1.1, 1.1, 1.1])
    }

    /// The same seed gives the same fronts, indicators, checkpoints and choices.
    @Test func sameSeedGivesTheSameReport() throws {
        let first = try #require(Self.comparison).report
        let again = try AllocationComparison(try loadYiwu(), rate: "90", points: 10, options: Self.options, seeds: [1, 2]).report
        #expect(first.exactFront == again.exactFront)
        #expect(first.choices == again.choices)
        for (a, b) in zip(first.comparison.runs, again.comparison.runs) {
            #expect(a.front == b.front)
            #expect(a.indicators == b.indicators)
            #expect(a.objectiveGaps == b.objectiveGaps)
            #expect(a.evaluationsToTarget == b.evaluationsToTarget)
            #expect(a.checkpoints.map(\.hypervolume) == b.checkpoints.map(\.hypervolume))
        }
        #expect(first.comparison.runs[0].front != first.comparison.runs[1].front, "different seeds give different fronts")
    }

    /// The regret choice on the exact front has no shortage (f1 = 0, as the paper's chosen plan at
    /// 90 %, Table 2) and is the study's own choice (same β = (0.7, 0.2, 0.1), γ).
    @Test func regretChoiceOnTheExactFrontHasNoShortage() throws {
        let comparison = try #require(Self.comparison)
        let pair = try #require(comparison.report.choices.first)
        #expect(abs(pair.exact[0]) < 1e-6)
        #expect(comparison.report.choiceBeta == [0.7, 0.2, 0.1])
        #expect(pair.exact == comparison.run.chosenPoint?.objectives)
        for pair in comparison.report.choices {
            #expect(pair.differences == zip(pair.morime, pair.exact).map { $0 - $1 })
            #expect(pair.normalizedDistance >= 0 && pair.normalizedDistance < 1)
        }
    }
}
