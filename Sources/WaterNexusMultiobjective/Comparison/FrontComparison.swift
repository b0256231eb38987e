import Foundation

/// Compares MORIME with a reference (exact) front over several seeds: all indicators, per-objective
/// gaps to the exact optima, and the evaluations and time needed to reach a share (99 %) of the
/// reference hypervolume, from hypervolume checkpoints recorded during each run.
public enum FrontComparison {
    /// What to compare against and how to measure.
    public struct Settings: Sendable {
        /// The reference front (objective vectors, minimized), e.g. the exact nondominated set.
        public var reference: [[Double]]
        /// Hypervolume reference point, in normalized units.
        public var referencePoint: [Double]
        /// Normalization applied before measuring.
        public var normalization: ObjectiveNormalization
        /// The reference front's hypervolume when known analytically (otherwise measured on `reference`).
        public var referenceHypervolume: Double?
        /// The exact optimum of every objective (minimized); defaults to the reference front's minima.
        public var objectiveOptima: [Double]?
        /// The hypervolume share that counts as reached (0.99).
        public var targetShare: Double
        /// Record a hypervolume checkpoint every this many iterations.
        public var checkpointInterval: Int

        /// Settings; see the properties.
        public init(
            reference: [[Double]], referencePoint: [Double], normalization: ObjectiveNormalization,
            referenceHypervolume: Double? = nil, objectiveOptima: [Double]? = nil,
            targetShare: Double = 0.99, checkpointInterval: Int = 1
        ) {
            self.reference = reference
            self.referencePoint = referencePoint
            self.normalization = normalization
            self.referenceHypervolume = referenceHypervolume
            self.objectiveOptima = objectiveOptima
            self.targetShare = targetShare
            self.checkpointInterval = checkpointInterval
        }
    }

    /// The hypervolume of the archive's feasible first front at one moment of a run.
    public struct Checkpoint: Sendable, Equatable, Codable {
        public var iteration: Int
        public var evaluations: Int
        /// Seconds of optimization (checkpoint measuring excluded).
        public var seconds: Double
        public var hypervolume: Double
    }

    /// One seeded run.
    public struct Run: Sendable, Codable {
        public var seed: UInt64
        public var indicators: IndicatorReport
        /// min over the MORIME front of fₖ minus the exact optimum of fₖ.
        public var objectiveGaps: [Double]
        /// The gaps divided by the normalization range of each objective.
        public var normalizedObjectiveGaps: [Double]
        public var evaluations: Int
        /// Wall time of the run (checkpoint measuring excluded).
        public var seconds: Double
        /// Evaluations when the target share of the reference hypervolume was first reached (nil: never).
        public var evaluationsToTarget: Int?
        /// Seconds when the target was first reached (nil: never).
        public var secondsToTarget: Double?
        public var checkpoints: [Checkpoint]
        /// The final front's objective vectors (minimized).
        public var front: [[Double]]
    }

    /// All runs and their summaries.
    public struct Report: Sendable, Codable {
        public var referenceHypervolume: Double
        public var referencePoint: [Double]
        public var normalization: ObjectiveNormalization
        public var targetShare: Double
        public var objectiveOptima: [Double]
        public var runs: [Run]
        /// Summaries, in a fixed order: name and statistics.
        public var summaries: [NamedSummary]
        /// Runs that reached the target share.
        public var runsReachingTarget: Int
    }

    /// A named summary (ordered, for deterministic output).
    public struct NamedSummary: Sendable, Codable {
        public var name: String
        public var statistics: SummaryStatistics

        /// A summary under a name.
        public init(name: String, statistics: SummaryStatistics) {
            self.name = name
            self.statistics = statistics
        }
    }

    /// Where a comparison stands, for progress displays.
    public struct Progress: Sendable {
        /// Evaluations done over all runs so far.
        public var evaluations: Int
        /// Evaluations of all runs together.
        public var totalEvaluations: Int
    }

    /// A comparison saved part-way: the finished runs and the state of the run under way.
    public struct SavedComparison: Sendable, Codable {
        /// The runs finished so far, in seed order.
        public var finishedRuns: [Run]
        /// The run under way (nil between runs).
        public var current: SavedRun?

        /// A saved comparison; see the properties.
        public init(finishedRuns: [Run] = [], current: SavedRun? = nil) {
            self.finishedRuns = finishedRuns
            self.current = current
        }
    }

    /// A run saved part-way: MORIME's state and what the comparison recorded so far.
    public struct SavedRun: Sendable, Codable {
        public var morime: MORIMEState
        public var checkpoints: [Checkpoint]
        /// Seconds of optimization so far (checkpoint measuring excluded).
        public var seconds: Double
    }

    /// Saving, stopping and resuming a comparison.
    public struct Persistence {
        /// Where to continue from (nil: from the start).
        public var resume: SavedComparison?
        /// Save every this many iterations, after every run and when stopping.
        public var saveInterval: Int
        public var save: (SavedComparison) throws -> Void
        /// Asked after every iteration; true stops the comparison there (after saving).
        public var shouldStop: () -> Bool

        /// Persistence; see the properties.
        public init(resume: SavedComparison?, saveInterval: Int, save: @escaping (SavedComparison) throws -> Void,
                    shouldStop: @escaping () -> Bool) {
            self.resume = resume
            self.saveInterval = saveInterval
            self.save = save
            self.shouldStop = shouldStop
        }
    }

    /// Thrown by ``compare(problem:options:seeds:settings:persistence:progress:)`` when asked to stop: the
    /// state was saved; run again with it to continue.
    public struct Stopped: Error, Sendable, CustomStringConvertible {
        /// The seed of the run stopped and its last finished iteration.
        public var seed: UInt64
        public var iteration: Int
        public var description: String { "stopped after iteration \(iteration) of the run with seed \(seed); its state was saved" }
    }

    /// Runs MORIME once per seed (`options.seed` is replaced) and compares each front with the reference.
    /// - Parameters:
    ///   - problem: the problem MORIME runs on.
    ///   - options: MORIME's settings for every run (its seed replaced by each of `seeds`).
    ///   - seeds: one run per seed.
    ///   - settings: the reference front and point, the normalization, and how often to measure.
    ///   - persistence: saves the comparison as it goes, resumes a saved one, stops when asked (throwing ``Stopped``).
    ///   - progress: called at every hypervolume checkpoint of every run.
    public static func compare(
        problem: some MultiObjectiveFunctionProblem, options: MORIMEOptions, seeds: [UInt64], settings: Settings,
        persistence: Persistence? = nil, progress: ((Progress) -> Void)? = nil
    ) throws -> Report {
        guard !settings.reference.isEmpty else {
            throw MetaheuristicError.invalidOption("the reference front is empty; give at least one objective vector")
        }
        guard settings.reference.allSatisfy({ $0.count == problem.objectiveCount }),
              settings.referencePoint.count == problem.objectiveCount else {
            throw MetaheuristicError.invalidOption(
                "the reference front and reference point need \(problem.objectiveCount) objectives each")
        }
        let referenceHV = settings.referenceHypervolume ?? Hypervolume.measure(
            settings.reference, reference: settings.referencePoint, normalization: settings.normalization).value
        let optima = settings.objectiveOptima ?? ObjectiveNormalization.bounding(settings.reference).ideal
        var runs = persistence?.resume?.finishedRuns ?? []
        guard runs.map(\.seed) == Array(seeds.prefix(runs.count)) else {
            throw MetaheuristicError.invalidOption("the saved comparison's runs have other seeds; resume with the same seeds or start afresh")
        }
        let perRun = options.evaluationCount
        for (index, seed) in seeds.enumerated().dropFirst(runs.count) {
            let saving = persistence.map { persistence in
                RunPersistence(resume: runs.count == persistence.resume?.finishedRuns.count ? persistence.resume?.current : nil,
                               saveInterval: persistence.saveInterval, shouldStop: persistence.shouldStop) { [runs] current in
                    try persistence.save(SavedComparison(finishedRuns: runs, current: current))
                }
            }
            let run = try single(problem: problem, options: options, seed: seed, settings: settings,
                                 referenceHV: referenceHV, optima: optima, persistence: saving) { evaluations in
                progress?(Progress(evaluations: index * perRun + evaluations, totalEvaluations: seeds.count * perRun))
            }
            runs.append(run)
            try persistence?.save(SavedComparison(finishedRuns: runs, current: nil))
        }
        return Report(
            referenceHypervolume: referenceHV, referencePoint: settings.referencePoint,
            normalization: settings.normalization, targetShare: settings.targetShare, objectiveOptima: optima,
            runs: runs, summaries: summarize(runs), runsReachingTarget: runs.filter { $0.evaluationsToTarget != nil }.count)
    }

    /// Saving one run: the saved run to continue (nil: start), and where to save.
    struct RunPersistence {
        var resume: SavedRun?
        var saveInterval: Int
        var shouldStop: () -> Bool
        var save: (SavedRun) throws -> Void
    }

    static func single(
        problem: some MultiObjectiveFunctionProblem, options: MORIMEOptions, seed: UInt64, settings: Settings,
        referenceHV: Double, optima: [Double], persistence: RunPersistence? = nil, checkpoint: @escaping (Int) -> Void = { _ in }
    ) throws -> Run {
        var options = options
        options.seed = seed
        options.progressInterval = max(1, settings.checkpointInterval)
        var checkpoints = persistence?.resume?.checkpoints ?? []
        var measuring = Duration.zero
        let clock = ContinuousClock()
        let start = clock.now
        let earlier = persistence?.resume?.seconds ?? 0
        let elapsedSeconds = { earlier + seconds(clock.now - start - measuring) }
        let control = persistence.map { persistence in
            MORIMEControl(saveInterval: persistence.saveInterval, save: { state in
                let pause = clock.now
                try persistence.save(SavedRun(morime: state, checkpoints: checkpoints, seconds: earlier + seconds(pause - start - measuring)))
                measuring += clock.now - pause
            }, shouldStop: persistence.shouldStop)
        }
        let result = try MORIME.run(problem, options: options, resumingFrom: persistence?.resume?.morime, control: control) { snapshot in
            let pause = clock.now
            let hv = Hypervolume.measure(snapshot.front.map(\.evaluation.objectives), reference: settings.referencePoint,
                                         normalization: settings.normalization, samples: 20_000, seed: seed).value
            checkpoints.append(Checkpoint(iteration: snapshot.iteration, evaluations: snapshot.evaluations,
                                          seconds: earlier + seconds(pause - start - measuring), hypervolume: hv))
            measuring += clock.now - pause
            checkpoint(snapshot.evaluations)
        }
        guard result.completed else { throw Stopped(seed: seed, iteration: result.iterations) }
        let elapsed = elapsedSeconds()
        let front = result.frontObjectives
        let indicators = IndicatorReport.compute(
            approximation: front, reference: settings.reference, referencePoint: settings.referencePoint,
            normalization: settings.normalization, referenceHypervolume: referenceHV, seed: seed)
        let reached = checkpoints.first { $0.hypervolume >= settings.targetShare * referenceHV }
        let gaps = optima.indices.map { k in (front.map { $0[k] }.min() ?? .infinity) - optima[k] }
        let ranges = optima.indices.map { settings.normalization.nadir[$0] - settings.normalization.ideal[$0] }
        return Run(
            seed: seed, indicators: indicators, objectiveGaps: gaps,
            normalizedObjectiveGaps: zip(gaps, ranges).map { $1 > 0 ? $0 / $1 : $0 },
            evaluations: result.evaluations, seconds: elapsed,
            evaluationsToTarget: reached?.evaluations, secondsToTarget: reached?.seconds,
            checkpoints: checkpoints, front: front)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) * 1e-18
    }

    static func summarize(_ runs: [Run]) -> [NamedSummary] {
        var rows: [(String, [Double])] = [
            ("hypervolume", runs.map(\.indicators.hypervolume.value)),
            ("hypervolumeRatio", runs.map(\.indicators.hypervolumeRatio)),
            ("igd", runs.map(\.indicators.invertedGenerationalDistance)),
            ("igdPlus", runs.map(\.indicators.invertedGenerationalDistancePlus)),
            ("gd", runs.map(\.indicators.generationalDistance)),
            ("spacing", runs.map(\.indicators.spacing)),
            ("additiveEpsilon", runs.map(\.indicators.additiveEpsilon)),
            ("coverageOfReference", runs.map(\.indicators.coverageOfReference)),
            ("coverageByReference", runs.map(\.indicators.coverageByReference)),
            ("evaluationsToTarget", runs.compactMap(\.evaluationsToTarget).map(Double.init)),
            ("secondsToTarget", runs.compactMap(\.secondsToTarget)),
            ("seconds", runs.map(\.seconds)),
        ]
        let objectives = runs.first?.objectiveGaps.count ?? 0
        for k in 0..<objectives { rows.append(("objectiveGap\(k + 1)", runs.map { $0.objectiveGaps[k] })) }
        return rows.compactMap { name, values in SummaryStatistics(values).map { NamedSummary(name: name, statistics: $0) } }
    }
}
