import Foundation
import WaterNexusInput

/// The calibration of the Yiwu case's unpublished coefficients, read from `Data/yiwu/`.
///
/// Structural assumptions (documented in docs/reproduction/yiwu.md): E_HJ = E_PJ; E_LR ≤ E_HJ ≤ 1.5 − 0.05
/// kg/m³; c_j = k·p_j with the `discharge_prior` column as p_j; the 95 % original recycled water split over
/// users in proportion to cap_j·d_j (scenario O caps).
public enum YiwuCalibration {
    /// The margin below the S1 recycled-water factor (1.5 kg/m³) that bounds the diversions' factor.
    public static let diversionMargin = 0.05

    /// Runs the calibration on the CSV files of `dataDirectory` (the case's `Data/yiwu`).
    public static func run(dataDirectory: String) throws -> OriginalPlanCalibration {
        func table(_ name: String) throws -> CSVSheet {
            let sheet = try CSVSheet(contentsOf: (dataDirectory as NSString).appendingPathComponent(name))
            try sheet.requireUnique([sheet.header[0]])
            return sheet
        }
        func number(_ t: CSVSheet, key: String, column: String) throws -> Double {
            try t.require([column])
            guard let row = t.rows.first(where: { $0.cells[0] == key }) else {
                throw InputError(file: t.file, field: t.header[0], problem: "no row for '\(key)'", fix: "add the row for '\(key)'")
            }
            return try row.number(column)
        }
        let users = try table("users.csv"), plan = try table("original_allocation.csv")
        let published = try table("paper_objectives.csv"), scenarios = try table("scenarios.csv")
        let userIDs = users.rows.map { $0.cells[0] }
        let demands = try userIDs.map { try number(users, key: $0, column: "demand_mm3") }
        let prior = try userIDs.map { try number(users, key: $0, column: "discharge_prior") }
        let caps = try userIDs.map { try number(scenarios, key: "O", column: "cap_\($0)") }
        let recycledFactor = try number(scenarios, key: "O", column: "rw_ghg_kg_per_m3")
        let lowEmissionRecycled = try number(scenarios, key: "S1", column: "rw_ghg_kg_per_m3")
        let sourceIDs = ["LR", "HJ", "PJ", "RW"]
        let observations = try plan.rows.map { row -> OriginalPlanCalibration.Observation in
            let rate = row.cells[0]
            return OriginalPlanCalibration.Observation(
                rate: rate,
                totals: try sourceIDs.map { try number(plan, key: rate, column: $0) },
                f2: try number(published, key: "T4-original-\(rate)", column: "f2_kt_co2"),
                f3: try number(published, key: "T4-original-\(rate)", column: "f3_t"))
        }
        return OriginalPlanCalibration(
            observations: observations, lowSource: 0, tiedSources: [1, 2], recycledSource: 3,
            recycledFactor: recycledFactor, tiedUpperBound: lowEmissionRecycled - diversionMargin,
            demands: demands, recycledCaps: caps, dischargePrior: prior)
    }
}
