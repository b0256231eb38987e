/// One run of a sweep: its id, its parameter values, and its `nexus` arguments.
public struct SweepRun: Sendable, Equatable {
    /// `run-0001`, `run-0002`, … in expansion order.
    public var id: String
    /// (parameter, value) pairs in declaration order, `seed` last when the spec has seeds.
    public var settings: [(name: String, value: String)]
    /// The full `nexus` argument list.
    public var arguments: [String]

    public static func == (lhs: SweepRun, rhs: SweepRun) -> Bool {
        lhs.id == rhs.id && lhs.arguments == rhs.arguments && lhs.settings.map(\.name) == rhs.settings.map(\.name)
            && lhs.settings.map(\.value) == rhs.settings.map(\.value)
    }
}

extension SweepSpec {
    /// The runs: the cartesian product of the parameter values (last parameter fastest), times seeds.
    /// - Complexity: O(runs × parameters).
    public func runs() -> [SweepRun] {
        var combinations: [[(name: String, value: String)]] = [[]]
        for parameter in parameters {
            combinations = combinations.flatMap { prefix in parameter.values.map { prefix + [(parameter.name, $0)] } }
        }
        if !seeds.isEmpty {
            combinations = combinations.flatMap { prefix in seeds.map { prefix + [("seed", String($0))] } }
        }
        let width = max(4, String(combinations.count).count)
        return combinations.enumerated().map { offset, settings in
            let number = String(offset + 1)
            let id = "run-" + String(repeating: "0", count: width - number.count) + number
            let options = settings.flatMap { ["--\($0.name)", $0.value] }
            return SweepRun(id: id, settings: settings, arguments: command + options + arguments)
        }
    }
}
