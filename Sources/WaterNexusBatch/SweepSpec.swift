import Foundation
import Yams

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
    public static func parse(yaml text: String, file: String) throws -> SweepSpec {
        func fail(_ field: String, _ problem: String) -> SweepError { .invalidSpec(file: file, field: field, problem: problem) }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw fail("(document)", "not valid YAML: \(error)") }
        guard let root = node?.mapping else { throw fail("(document)", "expected a mapping with name, command and parameters") }
        func strings(_ node: Node, _ field: String) throws -> [String] {
            if let scalar = node.scalar { return [scalar.string] }
            guard let sequence = node.sequence else { throw fail(field, "expected a list of values") }
            return try sequence.map { item in
                guard let scalar = item.scalar else { throw fail(field, "expected plain values, found a nested structure") }
                return scalar.string
            }
        }
        guard let nameNode = root["name"], let name = nameNode.scalar?.string, !name.isEmpty else {
            throw fail("name", "missing; give the sweep a name")
        }
        guard let commandNode = root["command"] else { throw fail("command", "missing; e.g. [istp, Models/henan.yaml]") }
        let command = try strings(commandNode, "command")
        guard !command.isEmpty else { throw fail("command", "is empty") }
        var parameters: [(name: String, values: [String])] = []
        if let parameterNode = root["parameters"] {
            guard let mapping = parameterNode.mapping else { throw fail("parameters", "expected a mapping of name: [values]") }
            for (key, value) in mapping {
                guard let parameter = key.scalar?.string, !parameter.isEmpty,
                      parameter.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw fail("parameters", "parameter names must be letters, digits, - or _")
                }
                let values = try strings(value, "parameters.\(parameter)")
                guard !values.isEmpty else { throw fail("parameters.\(parameter)", "has no values") }
                parameters.append((parameter, values))
            }
        }
        var seeds: [Int] = []
        if let seedNode = root["seeds"] {
            seeds = try strings(seedNode, "seeds").map { text in
                guard let seed = Int(text) else { throw fail("seeds", "\"\(text)\" is not an integer") }
                return seed
            }
        }
        let arguments = try root["arguments"].map { try strings($0, "arguments") } ?? []
        for key in root.keys {
            guard let field = key.scalar?.string, ["name", "command", "parameters", "seeds", "arguments"].contains(field) else {
                throw fail(key.scalar?.string ?? "?", "unknown field; use name, command, parameters, seeds, arguments")
            }
        }
        return SweepSpec(name: name, command: command, parameters: parameters, seeds: seeds, arguments: arguments)
    }

    /// Reads and parses a spec file.
    public static func load(_ url: URL) throws -> SweepSpec {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw SweepError.unreadable(path: url.path, reason: "\(error.localizedDescription)")
        }
        return try parse(yaml: text, file: url.path)
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
