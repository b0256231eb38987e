import Foundation
import Testing
import WaterNexusMultiobjective

/// A MORIME run stopped, saved to JSON, read back and resumed ends exactly like the same run never stopped.
struct MorimeCheckpointTests {
    /// min (x₁, x₂) on [0, 1]² subject to x₁ + x₂ ≥ 1 (infeasible points occur), DTLZ2 for three objectives.
    static let problems: [any MultiObjectiveFunctionProblem] = [
        ClosureProblem(lowerBounds: [0, 0], upperBounds: [1, 1], objectiveCount: 2,
                       objectives: { $0 }, violation: { max(0, 1 - $0[0] - $0[1]) }),
        TestProblem.dtlz2(),
    ]

    static func roundTrip(_ state: MORIMEState) throws -> MORIMEState {
        try JSONDecoder().decode(MORIMEState.self, from: JSONEncoder().encode(state))
    }

    @Test(arguments: [0, 1], [1, 7, 29])
    func resumedRunEqualsUninterrupted(problem index: Int, stopAfter stop: Int) throws {
        let problem = Self.problems[index]
        let options = MORIMEOptions(populationSize: 24, stop: .iterations(30), archiveSize: 16, seed: 5, threads: 2)
        let straight = try MORIME.run(problem, options: options)
        var saved: MORIMEState?
        var asked = 0
        let control = MORIMEControl(saveInterval: 4, save: { saved = $0 }, shouldStop: { asked += 1; return asked == stop })
        let first = try MORIME.run(problem, options: options, control: control)
        #expect(!first.completed && first.iterations == stop)
        let state = try #require(saved)
        #expect(state.iteration == stop)
        var oneThread = options
        oneThread.threads = 1
        let resumed = try MORIME.run(problem, options: oneThread, resumingFrom: try Self.roundTrip(state))
        #expect(resumed.completed && resumed.iterations == 30 && resumed.evaluations == straight.evaluations)
        #expect(resumed.front == straight.front)
        #expect(resumed.archive == straight.archive)
    }

    @Test func stateOfOtherSettingsIsRefused() throws {
        let problem = TestProblem.zdt1()
        var saved: MORIMEState?
        let options = MORIMEOptions(populationSize: 10, stop: .iterations(5), archiveSize: 10, seed: 1)
        _ = try MORIME.run(problem, options: options, control: MORIMEControl(saveInterval: 2, save: { saved = $0 }))
        var other = options
        other.seed = 2
        #expect(throws: MetaheuristicError.self) { try MORIME.run(problem, options: other, resumingFrom: saved) }
    }

    /// The comparison layer: stopped during the second of two runs, resumed from its JSON, the report equals
    /// the uninterrupted one (fronts, indicators, hypervolume checkpoints).
    @Test func comparisonResumesToTheSameReport() throws {
        let problem = TestProblem.zdt1(dimension: 8)
        let options = MORIMEOptions(populationSize: 20, stop: .iterations(12), archiveSize: 20, progressInterval: 3)
        let settings = FrontComparison.Settings(reference: problem.trueFront(points: 50), referencePoint: [1, 1],
                                                normalization: .identity(objectives: 2), checkpointInterval: 3)
        let straight = try FrontComparison.compare(problem: problem, options: options, seeds: [1, 2], settings: settings)
        var saved: FrontComparison.SavedComparison?
        var asked = 0
        let stopping = FrontComparison.Persistence(resume: nil, saveInterval: 5, save: { saved = $0 }, shouldStop: { asked += 1; return asked == 18 })
        #expect(throws: FrontComparison.Stopped.self) {
            try FrontComparison.compare(problem: problem, options: options, seeds: [1, 2], settings: settings, persistence: stopping)
        }
        let state = try JSONDecoder().decode(FrontComparison.SavedComparison.self, from: JSONEncoder().encode(try #require(saved)))
        #expect(state.finishedRuns.count == 1 && state.current?.morime.iteration == 7)
        let resuming = FrontComparison.Persistence(resume: state, saveInterval: 5, save: { _ in }, shouldStop: { false })
        let resumed = try FrontComparison.compare(problem: problem, options: options, seeds: [1, 2], settings: settings, persistence: resuming)
        #expect(resumed.runs.map(\.front) == straight.runs.map(\.front))
        #expect(resumed.runs.map(\.indicators) == straight.runs.map(\.indicators))
        #expect(resumed.runs.map { $0.checkpoints.map(\.hypervolume) } == straight.runs.map { $0.checkpoints.map(\.hypervolume) })
    }
}
