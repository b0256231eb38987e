/// Least-squares estimates of the unpublished coefficients of a case from its original plan and the
/// published objective values of that plan (Cai et al. 2025 Tables 3–4 for Yiwu).
///
/// Both f2 and f3 of the original plan are linear in the unknown coefficients:
/// - f2: `T_low·E_low + (Σ_tied T)·E_tied = f2 − T_rec·E_rec` per rate. The tied sources (the two
///   diversions) always carry the same totals in the plan, so only one factor for them is identifiable;
///   they share it. The fit is constrained to `E_low ≤ E_tied ≤ upper` (the paper orders the sources
///   and says recycled water at 1.5 kg/m³ is still above the others); when the unconstrained fit leaves
///   this box, `E_tied` sits on its bound and `E_low` is refitted alone.
/// - f3: `k · Σ_j p_j (d_j − R_j) = f3` per rate with c_j = k·p_j (p_j a shape prior) and the recycled
///   total split R_j ∝ cap_j·d_j. Only the scale k is identifiable from the tables.
public struct OriginalPlanCalibration: Sendable {
    /// One rate's published original plan and objectives.
    public struct Observation: Sendable {
        public var rate: String
        /// Source totals, in source order.
        public var totals: [Double]
        public var f2: Double
        public var f3: Double
        public init(rate: String, totals: [Double], f2: Double, f3: Double) {
            self.rate = rate; self.totals = totals; self.f2 = f2; self.f3 = f3
        }
    }

    /// One fitted equation: the model's value, the published value and their difference.
    public struct Residual: Sendable {
        public var rate: String
        public var objective: String
        public var fitted: Double
        public var published: Double
        public var residual: Double { fitted - published }
    }

    /// Emission factor of the low source (local reservoirs).
    public var lowFactor: Double
    /// The shared emission factor of the tied sources (diversions).
    public var tiedFactor: Double
    /// Whether the bound on the tied factor is active.
    public var tiedAtBound: Bool
    /// The unconstrained least-squares solution (E_low, E_tied), reported to show the tables' conflict.
    public var unconstrained: (low: Double, tied: Double)
    /// The scale k of the pollutant coefficients.
    public var pollutantScale: Double
    /// c_j = k·p_j per user.
    public var pollutant: [Double]
    /// Residuals of every fitted equation (f2 rows, then f3 rows).
    public var residuals: [Residual]

    /// Fits the coefficients.
    /// - Parameters:
    ///   - observations: the original plan per rate (totals in source order) with its published f2 and f3.
    ///   - lowSource, tiedSources, recycledSource: source positions (recycled factor known).
    ///   - recycledFactor: the published recycled-water factor E_rec.
    ///   - tiedUpperBound: upper bound on E_tied.
    ///   - demands: d_j; recycledCaps: s_j (fractions); dischargePrior: p_j (shape of c_j).
    public init(observations: [Observation], lowSource: Int, tiedSources: [Int], recycledSource: Int,
                recycledFactor: Double, tiedUpperBound: Double,
                demands: [Double], recycledCaps: [Double], dischargePrior: [Double]) {
        // f2 rows: a·g + e·h = b.
        let g = observations.map { $0.totals[lowSource] }
        let h = observations.map { o in tiedSources.reduce(0) { $0 + o.totals[$1] } }
        let b = observations.map { $0.f2 - $0.totals[recycledSource] * recycledFactor }
        func dot(_ u: [Double], _ v: [Double]) -> Double { zip(u, v).reduce(0) { $0 + $1.0 * $1.1 } }
        let (gg, gh, hh, gb, hb) = (dot(g, g), dot(g, h), dot(h, h), dot(g, b), dot(h, b))
        let det = gg * hh - gh * gh
        let free = det != 0 ? ((hh * gb - gh * hb) / det, (gg * hb - gh * gb) / det) : (Double.nan, Double.nan)
        unconstrained = (free.0, free.1)
        if det != 0, free.0 >= 0, free.0 <= free.1, free.1 <= tiedUpperBound {
            (lowFactor, tiedFactor, tiedAtBound) = (free.0, free.1, false)
        } else {
            let e = tiedUpperBound
            let a = dot(g, b.enumerated().map { $1 - h[$0] * e }) / gg
            (lowFactor, tiedFactor, tiedAtBound) = (min(max(a, 0), e), e, true)
        }
        // f3 rows: k·q = f3.
        let capped = zip(recycledCaps, demands).map { $0 * $1 }
        let cappedTotal = capped.reduce(0, +)
        let q = observations.map { o in
            demands.indices.reduce(0.0) { sum, j in
                sum + dischargePrior[j] * (demands[j] - o.totals[recycledSource] * capped[j] / cappedTotal)
            }
        }
        let f3 = observations.map(\.f3)
        let scale = dot(q, f3) / dot(q, q)
        pollutantScale = scale
        pollutant = dischargePrior.map { $0 * scale }
        let (low, tied) = (lowFactor, tiedFactor)
        var residuals: [Residual] = []
        for (r, o) in observations.enumerated() {
            residuals.append(Residual(rate: o.rate, objective: "f2", fitted: low * g[r] + tied * h[r] + o.totals[recycledSource] * recycledFactor, published: o.f2))
        }
        for (r, o) in observations.enumerated() {
            residuals.append(Residual(rate: o.rate, objective: "f3", fitted: scale * q[r], published: o.f3))
        }
        self.residuals = residuals
    }

    /// Root-mean-square residual of one objective's rows.
    public func rms(_ objective: String) -> Double {
        let rows = residuals.filter { $0.objective == objective }
        return (rows.reduce(0) { $0 + $1.residual * $1.residual } / Double(max(rows.count, 1))).squareRoot()
    }
}
