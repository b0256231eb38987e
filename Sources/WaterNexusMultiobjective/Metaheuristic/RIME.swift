/// The rime optimization algorithm for one objective (Su et al. 2023), following the authors' `RIME.m`:
/// soft-rime search around the best agent, hard-rime puncture with normalized fitness, boundary
/// absorption (clipping) and positive greedy selection. N + N·T evaluations.
///
/// Draw order (fixed, so a seed reproduces a run bit for bit): the initial population variable by
/// variable, agent by agent; then per iteration one draw for the factor and, per agent and variable,
/// r₁, h (only when r₁ < E) and r₂.
public enum RIME {
    /// Settings of a RIME run.
    public struct Options: Sendable {
        /// Number of agents N.
        public var populationSize: Int
        /// Number of iterations T.
        public var iterations: Int
        /// Seed of the generator.
        public var seed: UInt64
        /// Soft-rime segments w (5 in `RIME.m`).
        public var segments: Int
        /// Evaluation threads (nil: chosen as in ``MORIMEOptions/threads``); results do not depend on it.
        public var threads: Int?

        /// Options with the given population and iterations.
        public init(populationSize: Int = 30, iterations: Int = 500, seed: UInt64 = 1, segments: Int = 5, threads: Int? = nil) {
            self.populationSize = populationSize
            self.iterations = iterations
            self.seed = seed
            self.segments = segments
            self.threads = threads
        }
    }

    /// The outcome of a RIME run.
    public struct Result: Sendable {
        /// The best point found.
        public var best: [Double]
        /// Its objective value.
        public var bestValue: Double
        /// The best value after each iteration.
        public var convergence: [Double]
        /// Function evaluations used (N + N·T).
        public var evaluations: Int
    }

    /// Minimizes `objective` over the box [lower, upper].
    /// - Throws: ``MetaheuristicError`` for bad bounds or options.
    public static func minimize(
        lower: [Double], upper: [Double], options: Options = Options(),
        objective: @escaping @Sendable ([Double]) -> Double
    ) throws -> Result {
        let problem = ClosureProblem(lowerBounds: lower, upperBounds: upper, objectiveCount: 1) { [objective($0)] }
        try problem.validate()
        guard options.populationSize >= 1, options.iterations >= 1, options.segments >= 1 else {
            throw MetaheuristicError.invalidOption("population, iterations and segments must be at least 1")
        }
        let (n, d, T) = (options.populationSize, lower.count, options.iterations)
        var generator = SeededGenerator(seed: options.seed)
        var population = initialPopulation(size: n, lower: lower, upper: upper, using: &generator)
        let start = population
        var (rates, threads) = ParallelEvaluation.mapFirstBatch(count: n, requested: options.threads) { objective(start[$0]) }
        var bestIndex = 0
        for i in 1..<n where rates[i] < rates[bestIndex] { bestIndex = i }
        var best = population[bestIndex], bestRate = rates[bestIndex]
        var convergence: [Double] = []
        convergence.reserveCapacity(T)
        for t in 1...T {
            let factor = RimeSchedule.factor(draw: generator.nextUnit(), iteration: t, iterations: T, segments: options.segments)
            let e = RimeSchedule.attachment(iteration: t, iterations: T)
            let puncture = RimeSchedule.punctureProbabilities(rates)
            var trial = population
            for i in 0..<n {
                for j in 0..<d {
                    if generator.nextUnit() < e {
                        trial[i][j] = best[j] + factor * ((upper[j] - lower[j]) * generator.nextUnit() + lower[j])
                    }
                    if generator.nextUnit() < puncture[i] { trial[i][j] = best[j] }
                }
                problem.clip(&trial[i])
            }
            let candidates = trial
            let trialRates = ParallelEvaluation.map(count: n, threads: threads) { objective(candidates[$0]) }
            for i in 0..<n where trialRates[i] < rates[i] {
                rates[i] = trialRates[i]
                population[i] = trial[i]
                if trialRates[i] < bestRate {
                    bestRate = trialRates[i]
                    best = trial[i]
                }
            }
            convergence.append(bestRate)
        }
        return Result(best: best, bestValue: bestRate, convergence: convergence, evaluations: n + n * T)
    }

    /// Uniform points in the box, drawn variable by variable (each variable for all agents in turn).
    static func initialPopulation(size n: Int, lower: [Double], upper: [Double], using generator: inout SeededGenerator) -> [[Double]] {
        var population = [[Double]](repeating: lower, count: n)
        for j in lower.indices {
            for i in 0..<n { population[i][j] = generator.nextUnit() * (upper[j] - lower[j]) + lower[j] }
        }
        return population
    }
}
