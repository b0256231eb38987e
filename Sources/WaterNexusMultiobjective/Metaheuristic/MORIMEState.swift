/// Everything a MORIME run needs to continue after an iteration: the settings it was started with, the
/// generator, the agents with their evaluations and the archive's members. A run resumed from a state
/// draws the same numbers in the same order as one that never stopped, so it ends with the same result.
public struct MORIMEState: Sendable, Codable, Equatable {
    /// An archive member.
    public struct Member: Sendable, Codable, Equatable {
        public var x: [Double]
        public var objectives: [Double]
        public var violation: Double
    }

    /// Settings the run was started with (a resumed run must use the same).
    public var populationSize: Int
    public var iterations: Int
    public var archiveSize: Int
    public var segments: Int
    public var seed: UInt64
    /// The last finished iteration.
    public var iteration: Int
    /// Evaluations used so far.
    public var evaluations: Int
    /// ``SeededGenerator/stateWords`` after that iteration.
    public var generator: [UInt64]
    /// The agents' positions, objectives and violations.
    public var positions: [[Double]]
    public var objectives: [[Double]]
    public var violations: [Double]
    /// The archive's members, in archive order.
    public var archive: [Member]

    /// Checks that the state belongs to a run with `options` on a problem of `dimension` variables and
    /// `objectiveCount` objectives.
    func check(_ options: MORIMEOptions, dimension: Int, objectiveCount: Int) throws {
        let expected = [options.populationSize, options.iterationCount, options.archiveSize, options.segments]
        let saved = [populationSize, iterations, archiveSize, segments]
        guard expected == saved, seed == options.seed else {
            throw MetaheuristicError.invalidOption(
                "the saved state is of a run with population \(populationSize), \(iterations) iterations, archive \(archiveSize), w = \(segments), seed \(seed); resume with the same settings or start afresh")
        }
        guard positions.count == populationSize, objectives.count == populationSize, violations.count == populationSize,
              positions.allSatisfy({ $0.count == dimension }), objectives.allSatisfy({ $0.count == objectiveCount }),
              archive.allSatisfy({ $0.x.count == dimension && $0.objectives.count == objectiveCount }),
              (0...iterations).contains(iteration), SeededGenerator(state: generator) != nil else {
            throw MetaheuristicError.invalidOption(
                "the saved state does not fit this problem (\(dimension) variables, \(objectiveCount) objectives) or is damaged; start afresh")
        }
    }
}

/// Saving and stopping a MORIME run (``MORIME/run(_:options:resumingFrom:control:progress:)``).
public struct MORIMEControl {
    /// Save every this many iterations (and when stopping, and after the last).
    public var saveInterval: Int
    /// Called with the state to save.
    public var save: (MORIMEState) throws -> Void
    /// Asked after every iteration; true stops the run there (after saving).
    public var shouldStop: () -> Bool

    /// A control; see the properties.
    public init(saveInterval: Int, save: @escaping (MORIMEState) throws -> Void, shouldStop: @escaping () -> Bool = { false }) {
        self.saveInterval = max(1, saveInterval)
        self.save = save
        self.shouldStop = shouldStop
    }
}
