/// How the bilinear terms flow × concentration are treated when a formulation is built.
public enum BilinearRelaxation: String, Sendable, CaseIterable, Codable {
    /// Piecewise McCormick envelopes, one binary per interval of each partitioned concentration.
    case piecewiseMcCormick = "pmc"
    /// Normalized multiparametric disaggregation with log₂ (binary-digit) binaries.
    case nmdt
}

/// The partition of one concentration variable's domain.
public struct ConcentrationPartition: Sendable, Equatable {
    /// Piecewise McCormick breakpoints, sorted, from the lower to the upper bound.
    public var breakpoints: [Double]
    /// NMDT binary digits (2^bits uniform intervals).
    public var bits: Int

    /// One interval (plain McCormick) on `[lower, upper]`.
    public init(lower: Double, upper: Double) {
        breakpoints = lower < upper ? [lower, upper] : [lower]
        bits = 0
    }

    /// Keeps only breakpoints inside new bounds (bounds included).
    mutating func clip(lower: Double, upper: Double) {
        let inner = breakpoints.filter { $0 > lower + 1e-9 * (1 + abs(lower)) && $0 < upper - 1e-9 * (1 + abs(upper)) }
        breakpoints = lower < upper ? [lower] + inner + [upper] : [lower]
    }

    /// Adds a breakpoint at `value`, or bisects the interval holding it when it is too close to one.
    /// Returns whether a breakpoint was added.
    @discardableResult
    mutating func refine(at value: Double) -> Bool {
        let before = breakpoints.count
        defer { breakpoints.sort() }
        guard breakpoints.count >= 2, let lower = breakpoints.first, let upper = breakpoints.last else { return false }
        let width = upper - lower
        let v = min(max(value, lower), upper)
        let nearest = breakpoints.map { abs($0 - v) }.min() ?? 0
        if nearest > 0.02 * width {
            breakpoints.append(v)
        } else {
            let n = max(0, min(breakpoints.count - 2, (breakpoints.lastIndex { $0 <= v } ?? 0)))
            let a = breakpoints[n], b = breakpoints[n + 1]
            if b - a > 1e-6 * (1 + width) { breakpoints.append((a + b) / 2) }
        }
        return breakpoints.count > before
    }
}

/// What the formulation does with the concentrations of variable-quality nodes.
enum QualityMode {
    /// A MILP relaxation with partitions `[node][contaminant]` (only variable-quality nodes are read).
    case relaxation(BilinearRelaxation, partitions: [[ConcentrationPartition]])
    /// Concentrations fixed `[node][contaminant]`; balances become "outlet mass ≥ inlet mass + load",
    /// which any true network with concentrations at most these values satisfies.
    case fixed([[Double]])
    /// The exact nonconvex model: concentrations are variables within their bounds, mass flows `w_a` are
    /// variables tied to them by the products `w_a = f_a · c` listed in ``NetworkFormulation/products``
    /// (not in the linear model), balances are equalities. For export to solvers of nonconvex QCPs.
    case exact
}
