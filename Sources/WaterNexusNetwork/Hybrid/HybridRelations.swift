/// Throughput-dependent loads and removals: the fitted curves of ``WaterUnit/loadCurves`` and
/// ``TreatmentTechnology/removalCurves`` replace the fixed values for the contaminants that have one.
///
/// A fitted relation holds only on the range of its data, so a unit with a load curve must run, and a
/// built technology with a removal curve must treat, a throughput inside the curve's range (the
/// optimization enforces it, the re-evaluation checks it).
extension WaterUnit {
    /// The fitted load curve of contaminant `c` (kg/h against t/h), nil when the load is fixed.
    public func loadCurve(_ c: Int) -> FittedCurve? { c < loadCurves.count ? loadCurves[c] : nil }

    /// The load (kg/h) of contaminant `c` at throughput `q` (the fixed load for a fixed-load unit without a curve, else 0).
    public func load(_ c: Int, at q: Double) -> Double {
        if let fitted = loadCurve(c) { return fitted.curve.value(at: q) }
        if case let .fixedLoad(loads, _, _) = kind { return loads[c] }
        return 0
    }

    /// The smallest and largest load of contaminant `c` for throughputs in [lower, upper].
    func loadRange(_ c: Int, from lower: Double, to upper: Double) -> ClosedRange<Double> {
        if let fitted = loadCurve(c) { return fitted.curve.valueRange(from: lower, to: upper) }
        let fixed = load(c, at: lower)
        return fixed...fixed
    }

    /// The smallest and largest load per throughput L(F)/F (kg per t) of contaminant `c` for F in [lower, upper]
    /// (the largest is +∞ when F may be 0). Exact for a curve: on each segment L(F)/F = a/F + b is monotone,
    /// so the extremes lie at the interval's ends or at breakpoints.
    func loadPerFlowRange(_ c: Int, from lower: Double, to upper: Double) -> (min: Double, max: Double) {
        guard let curve = loadCurve(c)?.curve else {
            let fixed = load(c, at: lower)
            return (upper > 0 ? fixed / upper : 0, lower > 0 ? fixed / lower : .infinity)
        }
        let lo = max(lower, curve.x[0]), hi = min(upper, curve.x[curve.x.count - 1])
        let points = ([lo, hi] + curve.x.filter { $0 > lo && $0 < hi }).filter { $0 > 0 }
        let ratios = points.map { curve.value(at: $0) / $0 }
        return (ratios.min() ?? 0, lo > 0 ? (ratios.max() ?? .infinity) : .infinity)
    }

    /// The throughputs every load curve covers (nil without curves).
    public var operatingRange: ClosedRange<Double>? { HybridRelations.intersection(loadCurves) }

    /// This unit with `curves` as its ``loadCurves``.
    public func with(loadCurves curves: [FittedCurve?]) -> WaterUnit {
        var unit = self
        unit.loadCurves = curves
        return unit
    }
}

extension TreatmentTechnology {
    /// The fitted removal curve of contaminant `c` (ratio against t/h), nil when the removal is fixed.
    public func removalCurve(_ c: Int) -> FittedCurve? { c < removalCurves.count ? removalCurves[c] : nil }

    /// The removal ratio of contaminant `c` at throughput `q`.
    public func removal(_ c: Int, at q: Double) -> Double { removalCurve(c)?.curve.value(at: q) ?? removal[c] }

    /// The smallest and largest removal of contaminant `c` for throughputs in [lower, upper].
    func removalRange(_ c: Int, from lower: Double, to upper: Double) -> ClosedRange<Double> {
        removalCurve(c)?.curve.valueRange(from: lower, to: upper) ?? removal[c]...removal[c]
    }

    /// The throughputs every removal curve covers (nil without curves).
    public var operatingRange: ClosedRange<Double>? { HybridRelations.intersection(removalCurves) }
}

extension NetworkModel {
    /// Whether some technology has a throughput-dependent removal.
    public var hasHybridRemoval: Bool { treatments.contains { $0.technologies.contains { $0.removalCurves.contains { $0 != nil } } } }

    /// Whether some load or removal is a fitted curve.
    public var hasHybridRelations: Bool { hasHybridRemoval || units.contains { $0.loadCurves.contains { $0 != nil } } }

    /// The same model with every fitted load and removal replaced by its fixed value (`loads`, `removal`).
    public var withFixedRelations: NetworkModel {
        var copy = self
        for i in copy.units.indices { copy.units[i].loadCurves = [] }
        for t in copy.treatments.indices {
            for j in copy.treatments[t].technologies.indices { copy.treatments[t].technologies[j].removalCurves = [] }
        }
        return copy
    }

    /// Every fitted load and removal, named, with its fit (for reports), in model order.
    public var fittedRelations: [(relation: String, fit: FittedCurve)] {
        var found: [(String, FittedCurve)] = []
        for unit in units {
            for (c, fitted) in unit.loadCurves.enumerated() { if let fitted { found.append(("load of \(contaminants[c]) at unit \(unit.name)", fitted)) } }
        }
        for slot in treatments {
            for tech in slot.technologies {
                for (c, fitted) in tech.removalCurves.enumerated() {
                    if let fitted { found.append(("removal of \(contaminants[c]) by \(slot.name)/\(tech.name)", fitted)) }
                }
            }
        }
        return found
    }

    /// Checks the fitted curves: one entry per contaminant, ranges within [0, ∞) that overlap, removals in
    /// [0, 1], loads ≥ 0, and a load curve only on a fixed-load unit.
    func validateHybridRelations() throws {
        let k = contaminants.count
        func check(_ curves: [FittedCurve?], _ place: String, values: ClosedRange<Double>, what: String) throws {
            guard !curves.isEmpty else { return }
            guard curves.count == k else {
                throw NetworkError.invalidModel(place: place, problem: "has \(curves.count) entries but there are \(k) contaminants", fix: "give one entry (or none) per contaminant")
            }
            for (c, fitted) in curves.enumerated() {
                guard let fitted else { continue }
                guard fitted.range.lowerBound >= 0, fitted.curve.y.allSatisfy(values.contains) else {
                    throw NetworkError.invalidModel(place: "\(place) (\(contaminants[c]), data \(fitted.dataFile))",
                                                    problem: "the fitted \(what) leaves [\(values.lowerBound), \(values.upperBound)] or starts below 0 t/h",
                                                    fix: "check the data: \(what)s must lie in [\(values.lowerBound), \(values.upperBound)] over throughputs >= 0")
                }
            }
            guard HybridRelations.intersection(curves) != nil else {
                throw NetworkError.invalidModel(place: place, problem: "the data ranges of its fitted curves do not overlap", fix: "fit every contaminant on a common range of throughputs")
            }
        }
        for unit in units {
            if case .fixedFlow = unit.kind, unit.loadCurves.contains(where: { $0 != nil }) {
                throw NetworkError.invalidModel(place: "unit \(unit.name).hybridLoad", problem: "a fixed-flow unit has no load", fix: "give load curves to fixedLoad units only")
            }
            try check(unit.loadCurves, "unit \(unit.name).hybridLoad", values: 0...Double.greatestFiniteMagnitude, what: "load")
        }
        for slot in treatments {
            for tech in slot.technologies {
                try check(tech.removalCurves, "treatment \(slot.name).technology \(tech.name).hybridRemoval", values: 0...1, what: "removal")
            }
        }
    }
}

enum HybridRelations {
    /// The common range of the curves present; nil when there are none or they do not overlap.
    static func intersection(_ curves: [FittedCurve?]) -> ClosedRange<Double>? {
        let ranges = curves.compactMap { $0?.range }
        guard let lower = ranges.map(\.lowerBound).max(), let upper = ranges.map(\.upperBound).min(), lower <= upper else { return nil }
        return lower...upper
    }
}
