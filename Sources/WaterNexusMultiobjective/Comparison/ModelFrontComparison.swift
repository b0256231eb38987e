import WaterNexusModel

/// MORIME on a multiobjective linear model against the model's exact front (computed beforehand,
/// e.g. with GLPK): every indicator of ``FrontComparison``, the per-objective gap to the payoff-table
/// ideal, and, when a regret rule is given, its choice on both fronts and how far apart the two are.
///
/// Objectives are compared in minimized form (maximized ones negated). Indicators use the exact
/// front's normalization fₖ ↦ (fₖ − idealₖ)/(nadirₖ − idealₖ) and the hypervolume reference point
/// `1 + referenceMargin` in every normalized objective. For an LP with 2 or 3 objectives the ideal is the
/// payoff-table ideal, the nadir the exact nadir (worst value over the nondominated extreme points), and
/// the reference hypervolume that of the whole continuous nondominated set
/// (``ContinuousFrontHypervolume``), which no feasible point set can exceed; otherwise (MILP, more
/// objectives) both come from the given exact points, a sample of the front.
public enum ModelFrontComparison {
    /// The regret choice of one run on both fronts.
    public struct ChoicePair: Sendable, Codable, Equatable {
        /// The seed of the MORIME run.
        public var seed: UInt64
        /// Objectives of the point chosen on the exact front (stated senses and units).
        public var exact: [Double]
        /// Objectives of the point chosen on MORIME's front (stated senses and units).
        public var morime: [Double]
        /// morime − exact, per objective (stated units).
        public var differences: [Double]
        /// Euclidean distance between the two chosen points in the exact front's normalization.
        public var normalizedDistance: Double
    }

    /// Everything measured, with the settings needed to reproduce it.
    public struct Report: Sendable, Codable {
        /// Objective names and senses, in order.
        public var objectives: [String]
        public var senses: [String]
        /// The exact front (stated senses and units).
        public var exactFront: [[Double]]
        /// The payoff-table ideal (stated senses): each objective's LP optimum.
        public var payoffIdeal: [Double]
        /// The nondominated extreme points (stated senses; empty when not computed).
        public var extremePoints: [[Double]]
        /// Hypervolume of the continuous nondominated set (nil when not computed); the comparison's
        /// reference hypervolume when present.
        public var continuousHypervolume: Double?
        /// Hypervolume of the exact points given (a sample of the front), same normalization.
        public var sampleHypervolume: Double
        /// The regret rule's weights and γ (nil: no choice compared).
        public var choiceBeta: [Double]?
        public var choiceGamma: Double?
        /// MORIME settings (the seed is per run).
        public var population: Int
        public var archive: Int
        public var iterations: Int
        /// Indicators, gaps (minimized form: MORIME's best − LP optimum) and times over the seeds.
        public var comparison: FrontComparison.Report
        /// The regret choices per seed (empty without a rule).
        public var choices: [ChoicePair]
        /// Median and spread of the choice distances and differences.
        public var choiceSummaries: [FrontComparison.NamedSummary]
    }

    /// The search box for MORIME: each column's own bounds, with an infinite upper bound replaced by
    /// the tightest bound implied by a row `Σ aᵢxᵢ ≤ u` whose coefficients are all ≥ 0 over columns
    /// with finite lower bounds (xⱼ ≤ (u − Σᵢ≠ⱼ aᵢlᵢ)/aⱼ), and symmetrically for infinite lower bounds
    /// with rows `Σ aᵢxᵢ ≥ l`. Nil when a column stays unbounded.
    public static func impliedSearchBounds(_ model: Model) -> [(lower: Double, upper: Double)]? {
        let s = model.sparseModel()
        var lower = s.columnLower, upper = s.columnUpper
        for r in 0..<s.rowLower.count {
            let range = s.rowStart[r]..<s.rowStart[r + 1]
            let entries = range.map { (Int(s.rowColumns[$0]), s.rowValues[$0]) }
            guard entries.allSatisfy({ $0.1 >= 0 }) else { continue }
            if s.rowUpper[r].isFinite, entries.allSatisfy({ s.columnLower[$0.0].isFinite }) {
                let floor = entries.reduce(0) { $0 + $1.1 * s.columnLower[$1.0] }
                for (j, a) in entries where a > 0 {
                    upper[j] = min(upper[j], (s.rowUpper[r] - floor + a * s.columnLower[j]) / a)
                }
            }
            if s.rowLower[r].isFinite, entries.allSatisfy({ s.columnUpper[$0.0].isFinite }) {
                let ceiling = entries.reduce(0) { $0 + $1.1 * s.columnUpper[$1.0] }
                for (j, a) in entries where a > 0 {
                    lower[j] = max(lower[j], (s.rowLower[r] - ceiling + a * s.columnUpper[j]) / a)
                }
            }
        }
        guard zip(lower, upper).allSatisfy({ $0.isFinite && $1.isFinite && $0 <= $1 }) else { return nil }
        return zip(lower, upper).map { ($0, $1) }
    }

    /// The model adapter MORIME runs on: the problem's rows, objectives and senses, searched in
    /// ``impliedSearchBounds(_:)``.
    /// - Throws: ``MetaheuristicError/invalidProblem(_:)`` when a column has no finite search bound.
    public static func functionProblem(_ problem: MultiObjectiveProblem) throws -> LinearModelProblem {
        guard let bounds = impliedSearchBounds(problem.model) else {
            throw MetaheuristicError.invalidProblem(
                "a variable of model '\(problem.model.name)' has no finite bound, and no row implies one; give every variable finite bounds")
        }
        return try LinearModelProblem(model: problem.model, objectives: problem.objectives.map(\.expression),
                                      senses: problem.senses, searchBounds: bounds)
    }

    /// How fronts of a model are measured: the comparison settings (exact points and optima in minimized
    /// form, normalization, reference point, the continuous front's hypervolume when known) and the
    /// nondominated extreme points behind them.
    public struct Measure: Sendable {
        /// The settings handed to ``FrontComparison``.
        public var settings: FrontComparison.Settings
        /// The nondominated extreme points (stated senses; empty for a MILP or other than 2–3 objectives).
        public var extremePoints: [ParetoPoint]
        /// The hypervolume of the continuous nondominated set (nil when not computed).
        public var continuousHypervolume: Double?
        /// +1 for a minimized objective, −1 for a maximized one.
        public var orientation: [Double]

        /// The measure of `problem` with its exact points, as described on ``ModelFrontComparison``.
        /// - Throws: ``MetaheuristicError`` for an empty exact front; solver errors of the extreme points.
        public init(_ problem: MultiObjectiveProblem, exactFront: [ParetoPoint], payoffIdeal: [Double], referenceMargin: Double = 0.1) throws {
            guard !exactFront.isEmpty else { throw MetaheuristicError.invalidOption("the exact front is empty") }
            orientation = problem.objectives.map(\.orientation)
            let orientation = orientation
            let minimized = { (v: [Double]) in zip(v, orientation).map { $0 * $1 } }
            let reference = exactFront.map { minimized($0.objectives) }
            let m = problem.objectives.count
            let referencePoint = Array(repeating: 1 + referenceMargin, count: m)
            var normalization = ObjectiveNormalization.bounding(reference)
            extremePoints = []
            if (2...3).contains(m) && !problem.model.isMIP {
                extremePoints = try ExactFront.extremePoints(problem)
                let vertices = extremePoints.map { minimized($0.objectives) }
                normalization = ObjectiveNormalization(ideal: minimized(payoffIdeal), nadir: ObjectiveNormalization.bounding(vertices).nadir)
                continuousHypervolume = ContinuousFrontHypervolume.value(extremePoints: normalization.apply(vertices), reference: referencePoint)
            }
            settings = FrontComparison.Settings(
                reference: reference, referencePoint: referencePoint, normalization: normalization,
                referenceHypervolume: continuousHypervolume, objectiveOptima: minimized(payoffIdeal))
        }

        /// Objective values in minimized form.
        public func minimized(_ values: [Double]) -> [Double] { zip(values, orientation).map { $0 * $1 } }
    }

    /// Runs MORIME once per seed on `problem` and compares with `exactFront`.
    /// - Parameters:
    ///   - problem: the multiobjective model MORIME runs on.
    ///   - exactFront: the exact nondominated points (stated senses).
    ///   - payoffIdeal: each objective's optimum (stated senses), e.g. ``PayoffTable/ideal``.
    ///   - choice: the regret rule applied to both fronts (nil: none).
    ///   - options: MORIME's settings for every run.
    ///   - seeds: one MORIME run per seed.
    ///   - referenceMargin: the hypervolume reference point is 1 + this in every normalized objective.
    ///   - options: MORIME's settings; its progress interval is the hypervolume checkpoint interval.
    ///   - persistence: saving, stopping and resuming the MORIME runs (``FrontComparison/Persistence``).
    ///   - progress: called at every hypervolume checkpoint of every MORIME run.
    /// - Throws: ``MetaheuristicError`` for bad options, an empty exact front or an unbounded model;
    ///   ``FrontComparison/Stopped`` when stopped through `persistence`.
    public static func compare(
        _ problem: MultiObjectiveProblem, exactFront: [ParetoPoint], payoffIdeal: [Double], choice: RegretChoice?,
        options: MORIMEOptions, seeds: [UInt64], referenceMargin: Double = 0.1,
        persistence: FrontComparison.Persistence? = nil, progress: ((FrontComparison.Progress) -> Void)? = nil
    ) throws -> Report {
        let measure = try Measure(problem, exactFront: exactFront, payoffIdeal: payoffIdeal, referenceMargin: referenceMargin)
        var settings = measure.settings
        settings.checkpointInterval = options.progressInterval
        let (normalization, extremePoints, continuous) = (measure.settings.normalization,
                                                          measure.extremePoints, measure.continuousHypervolume)
        let (m, reference, referencePoint) = (problem.objectives.count, settings.reference, settings.referencePoint)
        let minimized = measure.minimized
        let adapter = try functionProblem(problem)
        let report = try FrontComparison.compare(problem: adapter, options: options, seeds: seeds, settings: settings,
                                                  persistence: persistence, progress: progress)
        var pairs: [ChoicePair] = []
        if let choice {
            let exactChoice = exactFront[try choice.choose(exactFront, senses: problem.senses).index].objectives
            for run in report.runs where !run.front.isEmpty {
                let points = run.front.map { ParetoPoint(objectives: adapter.originalValues($0), values: []) }
                let chosen = points[try choice.choose(points, senses: problem.senses).index].objectives
                let a = normalization.apply(minimized(chosen)), b = normalization.apply(minimized(exactChoice))
                let distance = zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
                pairs.append(ChoicePair(seed: run.seed, exact: exactChoice, morime: chosen,
                                        differences: zip(chosen, exactChoice).map { $0 - $1 }, normalizedDistance: distance))
            }
        }
        var rows: [(String, [Double])] = [("choiceNormalizedDistance", pairs.map(\.normalizedDistance))]
        for k in 0..<m { rows.append(("choiceDifference\(k + 1)", pairs.map { $0.differences[k] })) }
        return Report(
            objectives: problem.objectives.map(\.name), senses: problem.senses.map { $0 == .minimize ? "minimize" : "maximize" },
            exactFront: exactFront.map(\.objectives), payoffIdeal: payoffIdeal,
            extremePoints: extremePoints.map(\.objectives), continuousHypervolume: continuous,
            sampleHypervolume: Hypervolume.measure(reference, reference: referencePoint, normalization: normalization).value,
            choiceBeta: choice?.beta, choiceGamma: choice?.gamma,
            population: options.populationSize, archive: options.archiveSize, iterations: options.iterationCount,
            comparison: report, choices: pairs,
            choiceSummaries: rows.compactMap { name, values in
                SummaryStatistics(values).map { FrontComparison.NamedSummary(name: name, statistics: $0) }
            })
    }
}
