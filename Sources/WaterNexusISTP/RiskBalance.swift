/// Risk balance between users (seed 004, Eq. 1a–1c and 3n–3q).
///
/// Traditional risk R = REQ − A. Rows: ξ·REQ ≤ R (over-allocation permitted up to −ξ·REQ) and
/// R ≤ CR·REQ (shortage tolerated up to CR·REQ), with the comprehensive risk-mitigation coefficient
/// CR_i = k [a·ww_i/ww_max + b(1 − rr_i/rr_max) + c(1 − NB_i/NB_max)] per period, from the midpoints of
/// ww, rr and NB (maxima over the users of that period).
public struct RiskBalance: Sendable {
    /// What exempt users get.
    public enum ExemptionPolicy: String, Sendable, CaseIterable {
        /// No risk rows at all (seed 004: sector 40 "is not subject to the risk of water shortage").
        case noRows = "no_rows"
        /// Only the over-allocation row ξ·REQ ≤ R.
        case overAllocationOnly = "over_allocation_only"
    }

    /// ξ (0, −0.02, −0.05 for R1, R2, R3).
    public var xi: Double
    public var a: Double, b: Double, c: Double, k: Double
    /// Include the row ξ·REQ ≤ R.
    public var lowerRow = true
    /// Include the row R ≤ CR·REQ.
    public var upperRow = true
    /// Users exempt from the rows.
    public var exempt: [String] = []
    public var policy: ExemptionPolicy = .noRows

    public init(xi: Double, a: Double, b: Double, c: Double, k: Double) {
        self.xi = xi; self.a = a; self.b = b; self.c = c; self.k = k
    }

    /// CR for every user in one period (point values from midpoints; 0 maxima give a 0 share).
    public func coefficients(_ data: [ISTPProblem.UserPeriod]) -> [Double] {
        let ww = data.map(\.wastewater.midpoint), rr = data.map(\.reuseRatio.midpoint), nb = data.map(\.benefit.midpoint)
        let wwMax = ww.max() ?? 0, rrMax = rr.max() ?? 0, nbMax = nb.max() ?? 0
        func share(_ v: Double, _ m: Double) -> Double { m > 0 ? v / m : 0 }
        return data.indices.map { i in
            k * (a * share(ww[i], wwMax) + b * (1 - share(rr[i], rrMax)) + c * (1 - share(nb[i], nbMax)))
        }
    }
}
