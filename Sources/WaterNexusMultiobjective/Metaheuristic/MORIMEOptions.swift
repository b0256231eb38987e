/// Settings of a MORIME run.
public struct MORIMEOptions: Sendable {
    /// When a run stops.
    public enum Stop: Sendable, Equatable {
        /// After T iterations (N + N·T evaluations).
        case iterations(Int)
        /// After at most this many evaluations: T = ⌊(budget − N)/N⌋ iterations.
        case evaluations(Int)
    }

    /// Number of agents N.
    public var populationSize: Int
    /// The stopping rule.
    public var stop: Stop
    /// Capacity of the elite archive.
    public var archiveSize: Int
    /// Seed of the generator.
    public var seed: UInt64
    /// Soft-rime segments w of β = 1 − round(w t/T)/w. MORIME's default is 2: the factor is full for the
    /// first quarter of the run, halved up to three quarters and zero (pure recombination of leader and agent)
    /// for the last quarter. `RIME.m` uses 5, which leaves only the last tenth at zero; at 25 000 evaluations
    /// that left DTLZ2's distance variables unconverged (hypervolume ratio 0.740 against 0.801 with w = 2,
    /// medians of 20 seeds; ZDT1–3 unchanged; Benchmarks/morime/README.md).
    public var segments: Int
    /// Evaluation threads; nil: all cores when evaluating the initial population on one thread takes
    /// a millisecond or more, else one. Results do not depend on it.
    public var threads: Int?
    /// Call the progress handler every this many iterations (and after the last).
    public var progressInterval: Int

    /// Options; the defaults are a population and archive of 100, 250 iterations and w = 2.
    public init(
        populationSize: Int = 100, stop: Stop = .iterations(250), archiveSize: Int = 100, seed: UInt64 = 1,
        segments: Int = 2, threads: Int? = nil, progressInterval: Int = 1
    ) {
        self.populationSize = populationSize
        self.stop = stop
        self.archiveSize = archiveSize
        self.seed = seed
        self.segments = segments
        self.threads = threads
        self.progressInterval = progressInterval
    }

    /// The number of iterations T this stopping rule allows.
    public var iterationCount: Int {
        switch stop {
        case .iterations(let t): t
        case .evaluations(let budget): (budget - populationSize) / max(1, populationSize)
        }
    }

    /// The evaluations a run makes: N + N·T.
    public var evaluationCount: Int { populationSize * (iterationCount + 1) }

    func validate() throws {
        guard populationSize >= 2 else { throw MetaheuristicError.invalidOption("population size is \(populationSize); use at least 2") }
        guard archiveSize >= 1 else { throw MetaheuristicError.invalidOption("archive size is \(archiveSize); use at least 1") }
        guard segments >= 1 else { throw MetaheuristicError.invalidOption("segments is \(segments); use at least 1") }
        guard iterationCount >= 1 else {
            throw MetaheuristicError.invalidOption(
                "the stopping rule allows no iteration; give at least 1 iteration or a budget ≥ 2 × population")
        }
        guard progressInterval >= 1 else { throw MetaheuristicError.invalidOption("progress interval must be at least 1") }
    }
}

/// A snapshot handed to the progress handler of a MORIME run.
public struct MORIMEProgress: Sendable {
    /// The iteration just finished (0 after the initial population).
    public var iteration: Int
    /// The total number of iterations.
    public var iterations: Int
    /// Evaluations used so far.
    public var evaluations: Int
    /// The feasible members of the archive's first front.
    public var front: [Candidate]
}

/// The outcome of a MORIME run.
public struct MORIMEResult: Sendable {
    /// The feasible nondominated members of the final archive (empty if none is feasible).
    public var front: [Candidate]
    /// The whole final archive, front 1 first.
    public var archive: [Candidate]
    /// Iterations run (the last finished iteration when stopped early).
    public var iterations: Int
    /// Evaluations used (N + N·T when completed).
    public var evaluations: Int
    /// False when the run was stopped early through ``MORIMEControl`` (its state was saved).
    public var completed: Bool

    /// The objective vectors of ``front``.
    public var frontObjectives: [[Double]] { front.map(\.evaluation.objectives) }
}
