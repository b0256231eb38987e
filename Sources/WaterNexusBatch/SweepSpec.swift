import Foundation
import WaterNexusInput

/// A sweep: one `nexus` command run over the cartesian product of parameter values (and seeds).
///
/// ```yaml
/// name: henan-scenarios
/// command: [istp, Models/henan.yaml]   # nexus arguments before the parameters
/// parameters:                          # expanded in this order, the last one varying fastest
///   scenario: ["S0,R1", "S0,R2"]
///   order: [optimistic, pessimistic]
/// seeds: [1, 2]                        # optional: adds --seed S to every run
/// arguments: [--json]                  # optional: appended to every run
/// ```
public struct SweepSpec: Sendable, Equatable {
    /// The sweep's name (used in job files).
    public var name: String
    /// The `nexus` arguments that come before the parameters.
    public var command: [String]
    /// Parameter names and their values, in declaration order.
    public var parameters: [(name: String, values: [String])]
    /// Seeds, each run once per seed (empty: no `--seed`).
    public var seeds: [Int]
    /// Arguments appended to every run.
    public var arguments: [String]

    public static func == (lhs: SweepSpec, rhs: SweepSpec) -> Bool {
        lhs.name == rhs.name && lhs.command == rhs.command && lhs.seeds == rhs.seeds && lhs.arguments == rhs.arguments
            && lhs.parameters.map(\.name) == rhs.parameters.map(\.name) && lhs.parameters.map(\.values) == rhs.parameters.map(\.values)
    }

    /// A spec from its parts.
    public init(name: String, command: [String], parameters: [(name: String, values: [String])], seeds: [Int] = [], arguments: [String] = []) {
        self.name = name
        self.command = command
        self.parameters = parameters
        self.seeds = seeds
        self.arguments = arguments
    }

    /// Parses a YAML spec; `file` names it in errors.
    /// - Throws: ``WaterNexusInput/InputError`` naming the line and field.
    public static func parse(yaml text: String, file: String) throws -> SweepSpec {
        let root = try YAMLDocument.parse(text, file: file).mapping()
        try root.rejectUnknownKeys(["name", "command", "parameters", "seeds", "arguments"])
        /// A single value or a list of plain values.
        func values(_ value: YAMLValue) throws -> [String] {
            if let scalar = value.scalarText { return [scalar] }
            return try value.list().map { item in
                guard let text = item.scalarText else { throw item.error("expected a plain value, found a nested structure", fix: "write plain values") }
                return text
            }
        }
        let name = try root.required("name", fix: "give the sweep a name").string()
        let commandValue = try root.required("command", fix: "add command: [istp, Models/henan.yaml]")
        let command = try values(commandValue)
        guard !command.isEmpty else { throw commandValue.error("the command is empty", fix: "e.g. [istp, Models/henan.yaml]") }
        var parameters: [(name: String, values: [String])] = []
        if let parameterValue = root["parameters"] {
            for (parameter, value) in try parameterValue.mapping().entries {
                guard !parameter.isEmpty, parameter.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw value.error("'\(parameter)' is not a parameter name", fix: "use letters, digits, - or _")
                }
                let list = try values(value)
                guard !list.isEmpty else { throw value.error("the parameter has no values", fix: "list at least one value") }
                parameters.append((parameter, list))
            }
        }
        var seeds: [Int] = []
        if let value = root["seeds"] {
            seeds = value.isScalar ? [try value.int()] : try value.list().map { try $0.int() }
        }
        let arguments = try root["arguments"].map(values) ?? []
        return SweepSpec(name: name, command: command, parameters: parameters, seeds: seeds, arguments: arguments)
    }

    /// Reads and parses a spec file.
    public static func load(_ url: URL) throws -> SweepSpec {
        try parse(yaml: try TextFile.read(url.path), file: url.path)
    }
}

/// A problem with a sweep: what, where, and what to do.
public enum SweepError: Error, Equatable, CustomStringConvertible {
    case invalidSpec(file: String, field: String, problem: String)
    case unreadable(path: String, reason: String)
    case invalidResult(path: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidSpec(file, field, problem): "\(file): field '\(field)': \(problem)"
        case let .unreadable(path, reason): "cannot read \(path): \(reason)"
        case let .invalidResult(path, reason): "\(path): \(reason)"
        }
    }
}
