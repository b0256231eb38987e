/// A mapping of a model file: keys in file order, typed lookup, and the check that no key is unknown.
public struct YAMLMapping: Sendable {
    /// The node holding the mapping.
    public let owner: YAMLValue
    /// The entries in file order.
    public let entries: [(key: String, value: YAMLValue)]

    /// The keys in file order.
    public var keys: [String] { entries.map(\.key) }

    /// The value of `key`, if present.
    public subscript(key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

    /// The value of `key`; its absence is an error at the mapping.
    public func required(_ key: String, fix: String? = nil) throws(InputError) -> YAMLValue {
        guard let value = self[key] else {
            let place = owner.field.isEmpty ? key : "\(owner.field).\(key)"
            throw InputError(file: owner.file, line: owner.line, column: owner.column, field: place,
                             problem: "the field is missing", fix: fix ?? "add \(key): …")
        }
        return value
    }

    /// Throws at the first key not in `allowed`, naming its line and the allowed keys.
    public func rejectUnknownKeys(_ allowed: [String]) throws(InputError) {
        for (key, value) in entries where !allowed.contains(key) {
            let near = allowed.filter { $0.lowercased() == key.lowercased() }.first.map { " (did you mean '\($0)'?)" } ?? ""
            throw InputError(file: value.file, line: keyLine(key) ?? value.line, field: value.field,
                             problem: "unknown field '\(key)'\(near)", fix: "use one of: \(allowed.joined(separator: ", "))")
        }
    }

    /// The line of `key` itself (its value may start on a later line).
    func keyLine(_ key: String) -> Int? {
        owner.node.mapping?.first { $0.key.string == key }?.key.mark?.line
    }
}
