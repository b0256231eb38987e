import Foundation
import WaterNexusReports

/// The output of `nexus istp MODEL --calibration DIR`: the fitted estimated inputs, every published
/// target beside the calibrated model's value, and the published numbers that conflict (text, JSON,
/// result-folder CSV files and an HTML report; see ``ResultOutput``).
public struct ISTPCalibrationOutput: ResultOutput {
    /// A set of published numbers that cannot hold together (`requirement_conflicts.csv`), with its LP solved.
    public struct Conflict: Sendable {
        public var check: RequirementConflict
        /// The feasibility LP's status.
        public var status: String
        /// The elastic LP's optimum: how far the allocation must exceed the printed tables (nil: not solved).
        public var excess: Double?

        public init(check: RequirementConflict, status: String, excess: Double?) {
            self.check = check
            self.status = status
            self.excess = excess
        }
    }

    public var istpCase: ISTPCase
    public var calibration: CalibrationReport
    public var conflicts: [Conflict]

    public init(istpCase: ISTPCase, calibration: CalibrationReport, conflicts: [Conflict]) {
        self.istpCase = istpCase
        self.calibration = calibration
        self.conflicts = conflicts
    }

    /// The conflicts listed in `folder/requirement_conflicts.csv`, each LP solved (none when the file is absent).
    public static func conflicts(folder: String) throws -> [Conflict] {
        let file = (folder as NSString).appendingPathComponent("requirement_conflicts.csv")
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        return try RequirementConflict.read(file).map { check in
            let solved = try check.solve()
            return Conflict(check: check, status: solved.status.rawValue, excess: solved.excess)
        }
    }

    public var title: String { "ISTP \(istpCase.base.name): calibration of the estimated inputs" }

    public var provenance: [ProvenanceEntry] { istpCase.provenanceEntries }

    // MARK: - Text

    public func text() -> String {
        var parameters = TextTable(headers: ["input", "estimate", "fitted", "admissible range", "at a bound"])
        for p in calibration.parameters {
            parameters.append([p.name, ISTPReport.text(p.estimate, 4), ISTPReport.text(p.fitted, 4),
                               "[\(NumberFormat.fixed(p.range.lowerBound, 2)), \(NumberFormat.fixed(p.range.upperBound, 2))]",
                               p.atBound ? "yes" : "no"])
        }
        var targets = TextTable(headers: ["target", "role", "scenario", "published", "model", "residual", "relative"])
        for r in calibration.rows {
            targets.append([r.target.id, r.target.role.rawValue, r.target.scenario.description, NumberFormat.fixed(r.target.value, 2),
                            r.model.map { NumberFormat.fixed($0, 2) } ?? "-", r.residual.map { NumberFormat.fixed($0, 2) } ?? "-",
                            r.relative.map { NumberFormat.fixed($0 * 100, 2) + " %" } ?? "-"])
        }
        let system = calibration.fit.benefitSystem
        return [
            "Calibration of the estimated inputs (bounded least squares, \(calibration.fit.rounds) rounds of block-coordinate descent)",
            parameters.render(), "",
            "Objective: sum of squared relative residuals of the fit targets = \(NumberFormat.exact(calibration.fit.cost)); benefit block: \(system.matrix.count) net-benefit rows",
            "",
            "Published targets beside the calibrated model (net benefit in 10^12 RMB, water in 10^6 m3/yr)",
            targets.render(),
        ].joined(separator: "\n") + conflictText()
    }

    func conflictText() -> String {
        guard !conflicts.isEmpty else { return "" }
        var table = TextTable(headers: ["sector", "R1 risk ≤", "Tables 4-5 allocation ≤", "other risk", "ξ", "requirement ≥", "LP status", "least excess over Tables 4-5"])
        for c in conflicts {
            let k = c.check
            table.append([k.sector, NumberFormat.fixed(k.r1RiskMax, 2), NumberFormat.fixed(k.tableAllocationMax, 2),
                          "\(k.otherScenario) \(NumberFormat.fixed(k.otherRisk, 2))", NumberFormat.fixed(k.otherXi, 2),
                          NumberFormat.fixed(k.requirementMin, 2), c.status, c.excess.map { NumberFormat.fixed($0, 2) } ?? "-"])
        }
        return "\n" + ["", "Published numbers that cannot hold together under the risk rows (an infeasible LP each; the elastic LP's optimum is the conflict's size, 10^6 m3/yr)",
                       table.render()].joined(separator: "\n")
    }

    // MARK: - JSON

    struct JSONReport: Encodable {
        struct Parameter: Encodable { var name: String; var estimate: [Double]; var fitted: [Double]; var range: [Double]; var atBound: Bool }
        struct Target: Encodable {
            var id: String, role: String, scenario: String, bound: String, published: Double
            var model: Double?, residual: Double?, relative: Double?, note: String
        }
        struct System: Encodable { var targets: [String]; var matrix: [[Double]]; var rhs: [Double]; var lower: [Double]; var upper: [Double]; var solution: [Double] }
        struct ConflictJSON: Encodable { var sector: String; var status: String; var excessOverTables: Double?; var source: String }
        var rounds: Int
        var cost: Double
        var conflicts: [ConflictJSON]
        var parameters: [Parameter]
        var benefitSystem: System
        var targets: [Target]
    }

    public func json() throws -> String {
        let s = calibration.fit.benefitSystem
        let value = JSONReport(
            rounds: calibration.fit.rounds,
            cost: calibration.fit.cost,
            conflicts: conflicts.map { .init(sector: $0.check.sector, status: $0.status, excessOverTables: $0.excess, source: $0.check.source) },
            parameters: calibration.parameters.map {
                .init(name: $0.name, estimate: [$0.estimate.lower, $0.estimate.upper], fitted: [$0.fitted.lower, $0.fitted.upper],
                      range: [$0.range.lowerBound, $0.range.upperBound], atBound: $0.atBound)
            },
            benefitSystem: .init(targets: s.targetIDs, matrix: s.matrix, rhs: s.rhs, lower: s.lower, upper: s.upper, solution: s.solution.x),
            targets: calibration.rows.map {
                .init(id: $0.target.id, role: $0.target.role.rawValue, scenario: $0.target.scenario.description,
                      bound: $0.target.bound == .lower ? "lo" : "hi", published: $0.target.value, model: $0.model,
                      residual: $0.residual, relative: $0.relative, note: $0.target.note)
            })
        return try ReportJSON.encode(value)
    }
}
