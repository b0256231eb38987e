import Testing
import WaterNexusMultiobjective

struct MorimeComparisonTests {
    /// Two short ZDT1 runs against the sampled true front: the checkpoints span the run, the target
    /// (half of the exact hypervolume 2/3) is first reached where the checkpoints say, the final
    /// checkpoint equals the final indicator, and the gaps are the front's minima (optimum 0).
    @Test func reportIsConsistentWithItsCheckpoints() throws {
        let problem = TestProblem.zdt1()
        let settings = FrontComparison.Settings(
            reference: problem.trueFront(points: 200), referencePoint: [1, 1], normalization: .identity(objectives: 2),
            referenceHypervolume: 2.0 / 3, objectiveOptima: [0, 0], targetShare: 0.5)
        let options = MORIMEOptions(populationSize: 20, stop: .evaluations(1000), archiveSize: 20)
        var seen: [FrontComparison.Progress] = []
        let report = try FrontComparison.compare(problem: problem, options: options, seeds: [4, 5], settings: settings) {
            seen.append($0)
        }
        #expect(report.runs.map(\.seed) == [4, 5])
        // Progress at each of the 2 × 50 checkpoints: 20, 40, …, 1000, then 1020, …, 2000 of 2 × 1000.
        #expect(seen.map(\.evaluations) == Array(stride(from: 20, through: 2000, by: 20)))
        #expect(seen.allSatisfy { $0.totalEvaluations == 2000 })
        for run in report.runs {
            #expect(run.checkpoints.first?.evaluations == 20 && run.checkpoints.last?.evaluations == 1000)
            #expect(run.checkpoints.count == 50)
            #expect(run.checkpoints.last?.hypervolume == run.indicators.hypervolume.value)
            let target = 0.5 * 2.0 / 3
            let first = run.checkpoints.first { $0.hypervolume >= target }
            #expect(run.evaluationsToTarget == first?.evaluations)
            for k in 0..<2 { #expect(run.objectiveGaps[k] == run.front.map { $0[k] }.min()!) }
            #expect(run.indicators.hypervolumeRatio == run.indicators.hypervolume.value / (2.0 / 3))
        }
        let ratio = try #require(report.summaries.first { $0.name == "hypervolumeRatio" })
        #expect(ratio.statistics.count == 2)
        #expect(ratio.statistics.median == report.runs.map(\.indicators.hypervolumeRatio).reduce(0, +) / 2)
    }
}
