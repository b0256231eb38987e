import Foundation
import WaterNexusInput
import WaterNexusModel

/// One scenario of a model file: an energy-control scenario and a risk level (e.g. `S1,R2`).
public struct ISTPScenario: Sendable, Hashable, CustomStringConvertible {
    public var energy: String
    public var risk: String
    public var description: String { "\(energy),\(risk)" }
    public init(energy: String, risk: String) { self.energy = energy; self.risk = risk }
}

/// An ISTP case read from a YAML model file and its CSV tables (format: docs/istp-model-format.md).
public struct ISTPCase: Sendable {
    /// The model file's path.
    public var file: String
    /// The problem without risk and energy rows; scenarios add them.
    public var base: ISTPProblem
    /// Long user names (the `name` column), parallel to `base.users`.
    public var userNames: [String]
    /// Risk levels in file order (name, ξ); empty when risk is disabled.
    public var riskLevels: [(name: String, xi: Double)]
    /// The risk rows' settings (ξ is set per scenario).
    public var riskTemplate: RiskBalance?
    /// Energy scenarios in file order, with their caps (nil: no energy row).
    public var energyScenarios: [(name: String, cap: [Interval]?)]
    /// The default scenario.
    public var defaultScenario: ISTPScenario
    /// Provenance lines (file: tag counts) for reports.
    public var provenance: [String]
    /// The same provenance per input table, as tag counts.
    public var dataTags: [ISTPDataTags] = []
    /// How reports show money: the label of the reported unit and the factor from model units to it.
    public var moneyReport: (label: String, scale: Double) = ("model money units", 1)
    /// The label of water quantities in reports.
    public var waterUnit = "model water units"

    /// Every energy × risk scenario, in file order (energy outer).
    public var scenarios: [ISTPScenario] {
        let risks = riskLevels.isEmpty ? ["-"] : riskLevels.map(\.name)
        return energyScenarios.flatMap { e in risks.map { ISTPScenario(energy: e.name, risk: $0) } }
    }

    /// Parses `S1,R2` (either order); unknown names are an error listing the known ones.
    public func scenario(named text: String) throws -> ISTPScenario {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var energy: String?, risk: String?
        for part in parts {
            if energyScenarios.contains(where: { $0.name == part }) { energy = part }
            else if riskLevels.contains(where: { $0.name == part }) { risk = part }
            else {
                throw InputError(file: file, field: "scenario", problem: "unknown scenario part '\(part)'",
                                 fix: "use one of: \((energyScenarios.map(\.name) + riskLevels.map(\.name)).joined(separator: ", "))")
            }
        }
        guard let e = energy ?? energyScenarios.first?.name else {
            throw InputError(file: file, field: "scenario", problem: "no energy scenario given or defined", fix: "define energy.scenarios")
        }
        return ISTPScenario(energy: e, risk: risk ?? riskLevels.first?.name ?? "-")
    }

    /// The problem of one scenario.
    public func problem(for scenario: ISTPScenario) throws -> ISTPProblem {
        var p = base
        p.name = "\(base.name)_\(scenario.energy)_\(scenario.risk)"
        if var risk = riskTemplate, let level = riskLevels.first(where: { $0.name == scenario.risk }) {
            risk.xi = level.xi
            p.riskBalance = risk
        }
        guard let energy = energyScenarios.first(where: { $0.name == scenario.energy }) else {
            throw InputError(file: file, field: "energy.scenarios", problem: "no energy scenario \(scenario.energy)",
                             fix: "use one of: \(energyScenarios.map(\.name).joined(separator: ", "))")
        }
        p.energyControl = energy.cap.map(EnergyControl.init(cap:))
        return p
    }
}

extension ISTPCase {
    /// Reads a model file and its tables.
    /// - Throws: ``InputError`` naming the file, the line and field, and what to do.
    public static func load(path: String) throws -> ISTPCase {
        try parse(yaml: try TextFile.read(path), file: path)
    }

    /// Parses model-file text; `path` names it in errors and anchors its relative `data:` folder.
    public static func parse(yaml text: String, file path: String) throws -> ISTPCase {
        try ModelFileReader(path: path, root: try YAMLDocument.parse(text, file: path)).read()
    }
}
