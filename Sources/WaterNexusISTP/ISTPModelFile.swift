import Foundation
import WaterNexusModel
import Yams

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
                throw ISTPError.modelFile(file: file, field: "scenario", problem: "unknown scenario part \"\(part)\"; known: \((energyScenarios.map(\.name) + riskLevels.map(\.name)).joined(separator: ", "))")
            }
        }
        guard let e = energy ?? energyScenarios.first?.name else {
            throw ISTPError.modelFile(file: file, field: "scenario", problem: "no energy scenario given or defined")
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
            throw ISTPError.modelFile(file: file, field: "energy.scenarios", problem: "no energy scenario \(scenario.energy)")
        }
        p.energyControl = energy.cap.map(EnergyControl.init(cap:))
        return p
    }
}

extension ISTPCase {
    /// Reads a model file and its tables.
    /// - Throws: ``ISTPError/modelFile(file:field:problem:)`` naming the file, the field and what to do.
    public static func load(path: String) throws -> ISTPCase {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ISTPError.modelFile(file: path, field: "-", problem: "cannot read the model file; check the path")
        }
        return try parse(yaml: text, file: path)
    }

    /// Parses model-file text; `path` names it in errors and anchors its relative `data:` folder.
    public static func parse(yaml text: String, file path: String) throws -> ISTPCase {
        let root: [String: Any]
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ISTPError.modelFile(file: path, field: "-", problem: "the file is empty; start with name:, data:, periods:, ...")
            }
            try requirePlainKeys(node, file: path, field: "(top level)")
            guard let mapping = node.any as? [String: Any] else {
                throw ISTPError.modelFile(file: path, field: "-", problem: "the top level must be a mapping (name:, data:, periods:, ...)")
            }
            root = mapping
        } catch let error as ISTPError {
            throw error
        } catch {
            throw ISTPError.modelFile(file: path, field: "-", problem: "not valid YAML: \(error)")
        }
        return try ModelFileReader(path: path, root: root).read()
    }

    /// Every mapping key must be a plain scalar (YAML's complex `? [a, b]: …` keys are not part of the
    /// format, and converting them would fail).
    static func requirePlainKeys(_ node: Node, file: String, field: String) throws {
        switch node {
        case let .mapping(mapping):
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    throw ISTPError.modelFile(file: file, field: field, problem: "line \(key.mark?.line ?? 0): a key must be a plain word, not a list or mapping")
                }
                try requirePlainKeys(value, file: file, field: field == "(top level)" ? name : "\(field).\(name)")
            }
        case let .sequence(sequence):
            for (k, item) in sequence.enumerated() { try requirePlainKeys(item, file: file, field: "\(field)[\(k)]") }
        default:
            break
        }
    }
}
