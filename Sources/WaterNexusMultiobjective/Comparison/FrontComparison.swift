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

    /// Runs MORIME once per seed (`options.seed` is replaced) and compares each front with the reference.
    /// - Parameters:
    ///   - problem: the problem MORIME runs on.
    ///   - options: MORIME's settings for every run (its seed replaced by each of `seeds`).
    ///   - seeds: one run per seed.
    ///   - settings: the reference front and point, the normalization, and how often to measure.
    ///   - progress: called at every hypervolume checkpoint of every run.
    public static func compare(
        problem: some MultiObjectiveFunctionProblem, options: MORIMEOptions, seeds: [UInt64], settings: Settings,
        progress: ((Progress) -> Void)? = nil
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
        var runs: [Run] = []
        let perRun = options.evaluationCount
        for (index, seed) in seeds.enumerated() {
            let run = try single(problem: problem, options: options, seed: seed, settings: settings,
                                 referenceHV: referenceHV, optima: optima) { evaluations in
                progress?(Progress(evaluations: index * perRun + evaluations, totalEvaluations: seeds.count * perRun))
            }
            runs.append(run)
        }
        return Report(
            referenceHypervolume: referenceHV, referencePoint: settings.referencePoint,
            normalization: settings.normalization, targetShare: settings.targetShare, objectiveOptima: optima,
            runs: runs, summaries: summarize(runs), runsReachingTarget: runs.filter { $0.evaluationsToTarget != nil }.count)
    }

    static func single(
        problem: some MultiObjectiveFunctionProblem, options: MORIMEOptions, seed: UInt64, settings: Settings,
        referenceHV: Double, optima: [Double], checkpoint: @escaping (Int) -> Void = { _ in }
    ) throws -> Run {
        var options = options
        options.seed = seed
        options.progressInterval = max(1, settings.checkpointInterval)
        var checkpoints: [Checkpoint] = []
        var measuring = Duration.zero
        let clock = ContinuousClock()
        let start = clock.now
        let result = try MORIME.run(problem, options: options) { snapshot in
            let pause = clock.now
            let hv = Hypervolume.measure(snapshot.front.map(\.evaluation.objectives), reference: settings.referencePoint,
                                         normalization: settings.normalization, samples: 20_000, seed: seed).value
            checkpoints.append(Checkpoint(iteration: snapshot.iteration, evaluations: snapshot.evaluations,
                                          seconds: seconds(pause - start - measuring), hypervolume: hv))
            measuring += clock.now - pause
            checkpoint(snapshot.evaluations)
        }
        let elapsed = seconds(clock.now - start - measuring)
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
