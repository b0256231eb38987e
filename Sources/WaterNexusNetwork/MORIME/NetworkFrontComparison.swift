import WaterNexusMultiobjective

/// MORIME on a network model (``NetworkMORIMEProblem``) against the model's ε-constraint cost–carbon front
/// (``NetworkPareto``), whose points are global optima certified within their gap.
///
/// Indicators are those of ``FrontComparison`` on the exact designs (the ε-constraint points and the
/// minimum-emissions design, nondominated, in (cost, emissions)), normalized by their ideal and nadir
/// (see ``normalization(_:)``), with the hypervolume reference point `1 + margin` in
/// both normalized objectives; the reference hypervolume is that of the exact points, a sample of the
/// front, so a MORIME front that fills the steps between them may exceed it. Per-objective gaps are
/// MORIME's best value minus the certified optimum's value (its upper bound), reported with that optimum's
/// own gap. The certificates are checked against every MORIME point: see ``certificateBreaches(front:seed:exact:emissionsMinimum:)``.
public enum NetworkFrontComparison {
    /// One point of the exact front, with its certificate.
    public struct ExactPoint: Sendable, Codable, Equatable {
        /// The emission cap imposed (kgCO2/yr); nil for the minimum-cost point.
        public var cap: Double?
        /// optimal (gap within the tolerance), feasible (limit reached first), infeasible, no_solution.
        public var status: String
        /// The design's re-evaluated cost and emissions (nil without a design).
        public var cost: Double?
        public var emissions: Double?
        /// No design with emissions within the cap costs less than this.
        public var lowerBound: Double
        /// (cost − lower bound)/|cost|.
        public var gap: Double?
        public var seconds: Double

        /// A point from its parts.
        public init(cap: Double?, status: String, cost: Double?, emissions: Double?, lowerBound: Double, gap: Double?, seconds: Double) {
            (self.cap, self.status, self.cost, self.emissions) = (cap, status, cost, emissions)
            (self.lowerBound, self.gap, self.seconds) = (lowerBound, gap, seconds)
        }
    }

    /// The certified minimum of one objective.
    public struct Optimum: Sendable, Codable, Equatable {
        /// cost or emissions.
        public var objective: String
        /// The best design's value (the upper bound).
        public var value: Double
        /// No design does better than this.
        public var lowerBound: Double
        /// (value − lower bound)/|value|.
        public var gap: Double?
        public var status: String

        /// An optimum from its parts.
        public init(objective: String, value: Double, lowerBound: Double, gap: Double?, status: String) {
            (self.objective, self.value, self.lowerBound, self.gap, self.status) = (objective, value, lowerBound, gap, status)
        }
    }

    /// MORIME's best cost within one exact point's cap, per run.
    public struct CapComparison: Sendable, Codable, Equatable {
        /// Index of the exact point.
        public var point: Int
        /// Per run (seed order): the lowest cost of a MORIME front point within the cap (nil: none within it).
        public var bestCosts: [Double?]
        /// Per run: (best cost − exact cost)/|exact cost| (negative: MORIME is cheaper, allowed down to −gap).
        public var relativeDifferences: [Double?]
    }

    /// A MORIME point better than a certified lower bound allows: a bug in the evaluation or in the solver.
    public struct CertificateBreach: Sendable, Codable, Equatable {
        public var seed: UInt64
        /// The MORIME point (cost, emissions).
        public var point: [Double]
        /// Which certificate: "cost under the cap of exact point i" or "minimum emissions".
        public var certificate: String
        /// The certified lower bound and the MORIME value below it.
        public var lowerBound: Double
        public var value: Double
    }

    /// Everything measured, with the settings needed to reproduce it.
    public struct Report: Sendable, Codable {
        public var model: String
        /// cost, emissions (units currency/yr, kgCO2/yr), both minimized.
        public var objectives: [String]
        /// The ε-constraint points in solve order (tightest cap first).
        public var exactPoints: [ExactPoint]
        /// The nondominated (cost, emissions) of the exact points and the minimum-emissions design: the
        /// comparison's reference front.
        public var exactFront: [[Double]]
        public var costMinimum: Optimum
        public var emissionsMinimum: Optimum
        /// Wall time of all exact solves.
        public var exactSeconds: Double
        /// MORIME settings (the seed is per run).
        public var population: Int
        public var archive: Int
        public var iterations: Int
        public var repairSweeps: Int
        /// Indicators, gaps (MORIME's best − certified optimum, in stated units) and times over the seeds.
        public var comparison: FrontComparison.Report
        /// Per run: the objective gaps divided by max(|optimum's value|, 1) (compare with the optima's gaps).
        public var relativeObjectiveGaps: [[Double]]
        public var capComparisons: [CapComparison]
        /// Should be empty.
        public var certificateBreaches: [CertificateBreach]
        /// Median and spread over the seeds of the relative gaps.
        public var summaries: [FrontComparison.NamedSummary]
    }

    /// Relative slack on the certificates: the evaluation accepts limits within 1e-6 relative, so a design
    /// may beat a lower bound by about that much without anything being wrong.
    public static let certificateTolerance = 1e-6

    /// Runs MORIME once per seed on `problem` and compares with `exact`.
    /// - Parameters:
    ///   - referenceMargin: the hypervolume reference point is 1 + this in both normalized objectives.
    ///   - progress: called at every hypervolume checkpoint of every run.
    /// - Throws: ``MetaheuristicError`` when the exact front has no design or the options are bad.
    public static func compare(
        _ problem: NetworkMORIMEProblem, exact: NetworkPareto.Front, options: MORIMEOptions, seeds: [UInt64],
        referenceMargin: Double = 0.1, progress: ((FrontComparison.Progress) -> Void)? = nil
    ) throws -> Report {
        let points = exact.points.map(exactPoint)
        // The minimum-emissions design is verified too: it ends the front when no cap was imposed.
        let cleanestDesign = exact.cleanest?.evaluation.map { [$0.cost.total, $0.emissions.total] }
        let designs = points.compactMap { p in p.cost.flatMap { c in p.emissions.map { [c, $0] } } } + (cleanestDesign.map { [$0] } ?? [])
        guard let costMinimum = optimum("cost", exact.cheapest), let cleanest = exact.cleanest,
              let emissionsMinimum = optimum("emissions", cleanest), !designs.isEmpty else {
            throw MetaheuristicError.invalidOption("the exact front has no verified design (status \(exact.cheapest.status.rawValue)); nothing to compare with")
        }
        let front = ParetoFilter.nondominatedIndices(designs, senses: [.minimize, .minimize], tolerance: 1e-9).map { designs[$0] }
        let settings = FrontComparison.Settings(
            reference: front, referencePoint: [1 + referenceMargin, 1 + referenceMargin],
            normalization: normalization(front), objectiveOptima: [costMinimum.value, emissionsMinimum.value])
        let report = try FrontComparison.compare(problem: problem, options: options, seeds: seeds, settings: settings, progress: progress)
        let optima = [costMinimum.value, emissionsMinimum.value]
        let relative: [[Double]] = report.runs.map { run in zip(run.objectiveGaps, optima).map { $0 / max(abs($1), 1) } }
        let summaries: [FrontComparison.NamedSummary] = (0..<2).compactMap { k in
            let values: [Double] = relative.map { $0[k] }
            return SummaryStatistics(values).map { FrontComparison.NamedSummary(name: "relativeObjectiveGap\(k + 1)", statistics: $0) }
        }
        return Report(
            model: problem.model.name, objectives: ["cost", "emissions"], exactPoints: points, exactFront: front,
            costMinimum: costMinimum, emissionsMinimum: emissionsMinimum,
            exactSeconds: exact.points.filter { $0.cap != nil }.reduce(exact.cheapest.seconds + (exact.cleanest?.seconds ?? 0)) { $0 + $1.result.seconds },
            population: options.populationSize, archive: options.archiveSize, iterations: options.iterationCount,
            repairSweeps: problem.repairSweeps, comparison: report, relativeObjectiveGaps: relative,
            capComparisons: points.indices.map { i in capComparison(i, points[i], runs: report.runs) },
            certificateBreaches: report.runs.flatMap { certificateBreaches(front: $0.front, seed: $0.seed, exact: points, emissionsMinimum: emissionsMinimum) },
            summaries: summaries)
    }

    /// The exact front's ideal and nadir; an objective without spread (a front of one point) gets the
    /// range max(|ideal|, 1), so that its normalized values are relative differences.
    static func normalization(_ front: [[Double]]) -> ObjectiveNormalization {
        var bounding = ObjectiveNormalization.bounding(front)
        for k in bounding.ideal.indices where !(bounding.nadir[k] > bounding.ideal[k]) {
            bounding.nadir[k] = bounding.ideal[k] + max(abs(bounding.ideal[k]), 1)
        }
        return bounding
    }

    static func exactPoint(_ point: NetworkPareto.Point) -> ExactPoint {
        let r = point.result
        return ExactPoint(cap: point.cap, status: r.status.rawValue, cost: r.evaluation?.cost.total,
                          emissions: r.evaluation?.emissions.total, lowerBound: r.lowerBound, gap: r.gap, seconds: r.seconds)
    }

    static func optimum(_ objective: String, _ result: NetworkResult) -> Optimum? {
        guard let value = result.upperBound else { return nil }
        return Optimum(objective: objective, value: value, lowerBound: result.lowerBound, gap: result.gap, status: result.status.rawValue)
    }

    /// Whether a MORIME emission value is within an exact point's cap (as imposed by ``NetworkPareto``).
    static func within(_ emissions: Double, cap: Double?) -> Bool { cap.map { emissions <= $0 * (1 + 1e-9) } ?? true }

    static func capComparison(_ index: Int, _ point: ExactPoint, runs: [FrontComparison.Run]) -> CapComparison {
        let best = runs.map { run in run.front.filter { within($0[1], cap: point.cap) }.map { $0[0] }.min() }
        let differences: [Double?] = best.map { value -> Double? in
            guard let value, let cost = point.cost else { return nil }
            return (value - cost) / max(abs(cost), 1e-12)
        }
        return CapComparison(point: index, bestCosts: best, relativeDifferences: differences)
    }

    /// The MORIME points that beat a certificate by more than ``certificateTolerance``: a cost below the
    /// lower bound of an exact point whose cap they meet, or emissions below the certified emission minimum's
    /// lower bound. Lower bounds are those of the exact solves (for an optimal point within its gap of its
    /// cost), so this allows a MORIME point to beat an exact point by at most that point's gap. The bound of a
    /// point without a design counts too (proven infeasible: +∞, so any MORIME point within its cap is a breach).
    public static func certificateBreaches(front: [[Double]], seed: UInt64, exact: [ExactPoint], emissionsMinimum: Optimum) -> [CertificateBreach] {
        var breaches: [CertificateBreach] = []
        func below(_ value: Double, _ bound: Double) -> Bool {
            bound == .infinity || value < bound - certificateTolerance * max(1, abs(bound))
        }
        for p in front {
            for (i, e) in exact.enumerated() where within(p[1], cap: e.cap) && below(p[0], e.lowerBound) {
                breaches.append(CertificateBreach(seed: seed, point: p, certificate: "cost under the cap of exact point \(i)", lowerBound: e.lowerBound, value: p[0]))
            }
            if below(p[1], emissionsMinimum.lowerBound) {
                breaches.append(CertificateBreach(seed: seed, point: p, certificate: "minimum emissions", lowerBound: emissionsMinimum.lowerBound, value: p[1]))
            }
        }
        return breaches
    }
}
