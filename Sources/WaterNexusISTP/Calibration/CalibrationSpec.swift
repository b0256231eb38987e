import WaterNexusInput
/// The estimated inputs a calibration may change, with their admissible ranges (a CSV table such as
/// `Data/henan/calibration.csv`: `parameter, raw_lo, raw_hi, value_lo, value_hi, min, max, fixed, tag, source`;
/// `raw` is the estimate before calibration, `value` the one applied to the sector table).
///
/// Four parameters are known:
/// - `benefit_scale`: the multiplier of the estimated benefits and penalties; `value_lo` = `value_hi` is the
///   multiplier applied to the sector table, and `fixed` lists the `user/period` entries whose benefit
///   is published (or follows a published value) and is never scaled (separated by `;`);
/// - `benefit_spread`: the relative half-width δ of the estimated benefit intervals (value = the one in the
///   sector table; the range's upper end keeps PEN⁻ ≥ NB⁺);
/// - `wastewater_energy`: energy per unit of wastewater treated (fitted as a point value, every period);
/// - `risk_k`: the scale k of the comprehensive risk-mitigation coefficient.
/// For the last two the model file holds the value in use and `value` stays empty.
public struct CalibrationSpec: Sendable {
    /// One parameter's row.
    public struct Parameter: Sendable {
        /// The estimate before calibration.
        public var raw: Interval
        /// The value applied to the sector table (the raw estimate when the column is empty).
        public var value: Interval
        public var range: ClosedRange<Double>
        public var tag: String
        public var source: String
    }

    public var benefitScale: Parameter
    public var benefitSpread: Parameter
    public var wastewaterEnergy: Parameter
    public var riskK: Parameter
    /// (user, period) names whose benefit is published.
    public var fixedBenefits: [(user: String, period: String)]

    /// Reads the table.
    /// - Throws: ``WaterNexusInput/InputError`` for a missing row, bad number or bad range.
    public static func read(_ file: String) throws -> CalibrationSpec {
        let csv = try CSVSheet(contentsOf: file)
        try csv.require(["parameter", "raw_lo", "raw_hi", "value_lo", "value_hi", "min", "max", "fixed", "tag", "source"])
        try csv.requireUnique(["parameter"])
        func row(_ name: String) throws -> CSVRow {
            guard let r = csv.rows.first(where: { $0["parameter"] == name }) else {
                throw InputError(file: file, field: "parameter", problem: "no row '\(name)'",
                                 fix: "give rows benefit_scale, benefit_spread, wastewater_energy and risk_k")
            }
            return r
        }
        func parameter(_ name: String) throws -> Parameter {
            let r = try row(name)
            let lo = try r.number("min"), hi = try r.number("max")
            guard lo <= hi else { throw r.error("min", "min \(lo) exceeds max \(hi)", fix: "swap them, or correct one") }
            let raw = Interval(try r.interval("raw"))
            return Parameter(raw: raw, value: try r.optionalInterval("value").map(Interval.init) ?? raw, range: lo...hi,
                             tag: try r.tag("tag").rawValue, source: r["source"] ?? "")
        }
        let fixed = (try row("benefit_scale")["fixed"] ?? "").split(separator: ";").compactMap { entry -> (String, String)? in
            let parts = entry.split(separator: "/").map { String($0).trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        return CalibrationSpec(benefitScale: try parameter("benefit_scale"), benefitSpread: try parameter("benefit_spread"),
                               wastewaterEnergy: try parameter("wastewater_energy"),
                               riskK: try parameter("risk_k"), fixedBenefits: fixed)
    }
}
