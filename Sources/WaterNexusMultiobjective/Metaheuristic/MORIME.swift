/// Multiobjective RIME: RIME's soft-rime search and hard-rime puncture around leaders drawn from an
/// elite archive kept by NSGA-II nondominated sorting and crowding.
///
/// Per iteration t of T: one factor draw (``RimeSchedule/factor(draw:iteration:iterations:segments:)``);
/// puncture probabilities from the agents' constrained Pareto ranks in the population, normalized like
/// RIME (rank/‖rank‖₂); per agent a leader from the archive by crowded binary tournament (front, then crowding), then
/// per variable r₁ (soft rime when r₁ < E, with h), r₂ (puncture to the leader when r₂ < pᵢ); clipping,
/// the problem's repair, clipping; parallel evaluation; the agent moves to x' unless x' is dominated by x
/// (Deb's constraint rules); the archive absorbs every x'. All draws happen on one thread in this fixed
/// order, so a seed reproduces a run bit for bit whatever the thread count.
public enum MORIME {
    /// Runs MORIME on `problem`.
    /// - Parameters:
    ///   - problem: the objectives, violation and bounds to search.
    ///   - options: population, archive, iterations, seed and the other settings.
    ///   - saved: a state saved by an earlier run with the same options; the run continues after its iteration.
    ///   - control: saves the state every `saveInterval` iterations and stops when asked (the result then
    ///     has `completed` false and the iterations run so far).
    ///   - progress: called on the calling thread after the initial population and every
    ///     `options.progressInterval` iterations (and after the last).
    /// - Throws: ``MetaheuristicError`` for a malformed problem, options or saved state; errors of `control.save`.
    public static func run(
        _ problem: some MultiObjectiveFunctionProblem,
        options: MORIMEOptions = MORIMEOptions(),
        resumingFrom saved: MORIMEState? = nil,
        control: MORIMEControl? = nil,
        progress: ((MORIMEProgress) -> Void)? = nil
    ) throws -> MORIMEResult {
        try problem.validate()
        try options.validate()
        let (n, d, T) = (options.populationSize, problem.dimension, options.iterationCount)
        let (lower, upper) = (problem.lowerBounds, problem.upperBounds)
        var generator: SeededGenerator
        var positions: [[Double]], evaluations: [ProblemEvaluation]
        var archive = EliteArchive(capacity: options.archiveSize)
        var used: Int, threads: Int, first: Int
        if let saved {
            try saved.check(options, dimension: d, objectiveCount: problem.objectiveCount)
            generator = SeededGenerator(state: saved.generator)!
            positions = saved.positions
            evaluations = zip(saved.objectives, saved.violations).map { ProblemEvaluation(objectives: $0, violation: $1) }
            archive.absorb(saved.archive.map { Candidate(x: $0.x, evaluation: ProblemEvaluation(objectives: $0.objectives, violation: $0.violation)) })
            (used, threads, first) = (saved.evaluations, ParallelEvaluation.threadCount(options.threads), saved.iteration + 1)
        } else {
            generator = SeededGenerator(seed: options.seed)
            positions = RIME.initialPopulation(size: n, lower: lower, upper: upper, using: &generator)
            for i in 0..<n { settle(&positions[i], in: problem) }
            let start = positions
            (evaluations, threads) = ParallelEvaluation.mapFirstBatch(count: n, requested: options.threads) { problem.evaluate(start[$0]) }
            try checkObjectiveCount(evaluations, problem)
            archive.absorb(zip(positions, evaluations).map { Candidate(x: $0, evaluation: $1) })
            (used, first) = (n, 1)
            progress?(MORIMEProgress(iteration: 0, iterations: T, evaluations: used, front: archive.feasibleFront))
        }

        for t in stride(from: first, through: T, by: 1) {
            let factor = RimeSchedule.factor(draw: generator.nextUnit(), iteration: t, iterations: T, segments: options.segments)
            let e = RimeSchedule.attachment(iteration: t, iterations: T)
            let puncture = RimeSchedule.punctureProbabilities(NondominatedSorting.ranks(evaluations).map(Double.init))
            var trial = positions
            for i in 0..<n {
                let leader = archive.members[archive.tournamentLeader(using: &generator)].x
                for j in 0..<d {
                    if generator.nextUnit() < e {
                        trial[i][j] = leader[j] + factor * ((upper[j] - lower[j]) * generator.nextUnit() + lower[j])
                    }
                    if generator.nextUnit() < puncture[i] { trial[i][j] = leader[j] }
                }
                settle(&trial[i], in: problem)
            }
            let trialEvaluations = evaluate(trial, problem, threads: threads)
            try checkObjectiveCount(trialEvaluations, problem)
            used += n
            for i in 0..<n where !ParetoDominance.constrainedDominates(evaluations[i], trialEvaluations[i]) {
                positions[i] = trial[i]
                evaluations[i] = trialEvaluations[i]
            }
            archive.absorb(zip(trial, trialEvaluations).map { Candidate(x: $0, evaluation: $1) })
            if let progress, t % options.progressInterval == 0 || t == T {
                progress(MORIMEProgress(iteration: t, iterations: T, evaluations: used, front: archive.feasibleFront))
            }
            if let control {
                let stop = t < T && control.shouldStop()
                if stop || t % control.saveInterval == 0 || t == T {
                    try control.save(MORIMEState(
                        populationSize: n, iterations: T, archiveSize: options.archiveSize, segments: options.segments,
                        seed: options.seed, iteration: t, evaluations: used, generator: generator.stateWords,
                        positions: positions, objectives: evaluations.map(\.objectives), violations: evaluations.map(\.violation),
                        archive: archive.members.map {
                            MORIMEState.Member(x: $0.x, objectives: $0.evaluation.objectives, violation: $0.evaluation.violation)
                        }))
                }
                if stop {
                    return MORIMEResult(front: archive.feasibleFront, archive: archive.members, iterations: t, evaluations: used, completed: false)
                }
            }
        }
        return MORIMEResult(front: archive.feasibleFront, archive: archive.members, iterations: T, evaluations: used, completed: true)
    }

    /// Clip, repair, clip.
    private static func settle(_ x: inout [Double], in problem: some MultiObjectiveFunctionProblem) {
        problem.clip(&x)
        problem.repair(&x)
        problem.clip(&x)
    }

    private static func evaluate(
        _ points: [[Double]], _ problem: some MultiObjectiveFunctionProblem, threads: Int
    ) -> [ProblemEvaluation] {
        ParallelEvaluation.map(count: points.count, threads: threads) { problem.evaluate(points[$0]) }
    }

    private static func checkObjectiveCount(_ evaluations: [ProblemEvaluation], _ problem: some MultiObjectiveFunctionProblem) throws {
        if let bad = evaluations.first(where: { $0.objectives.count != problem.objectiveCount || $0.objectives.contains(where: \.isNaN) }) {
            throw MetaheuristicError.invalidProblem(
                "an evaluation returned \(bad.objectives.count) objective values (expected \(problem.objectiveCount), none NaN); fix the objective function")
        }
    }
}
