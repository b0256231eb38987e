import Yams

/// One node of a model file with where it is (file, line, column, field path) and typed reading whose
/// errors say what was expected there.
public struct YAMLValue: @unchecked Sendable {
    /// The Yams node (scalar, mapping or sequence).
    public let node: Node
    /// The file as the user named it.
    public let file: String
    /// The file's path, against which ``dataPath()`` resolves relative names.
    public let path: String
    /// The field path, e.g. `sources[2].cost` (empty at the top level).
    public let field: String

    /// 1-based line of the node, when known.
    public var line: Int? { node.mark?.line }
    /// 1-based column of the node, when known.
    public var column: Int? { node.mark?.column }

    /// An error at this node.
    public func error(_ problem: String, fix: String) -> InputError {
        InputError(file: file, line: line, column: column, field: field.isEmpty ? nil : field, problem: problem, fix: fix)
    }

    func child(_ node: Node, _ key: String) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path, field: field.isEmpty ? key : "\(field).\(key)")
    }

    /// The mapping at this node.
    public func mapping() throws(InputError) -> YAMLMapping {
        guard let mapping = node.mapping else { throw error("expected a mapping (key: value lines)", fix: "write this as key: value pairs") }
        var entries: [(key: String, value: YAMLValue)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw YAMLValue(node: key, file: file, path: path, field: field)
                    .error("a key must be a plain word, not a list or a mapping", fix: "write the key as a word")
            }
            entries.append((name, child(value, name)))
        }
        return YAMLMapping(owner: self, entries: entries)
    }

    /// The list at this node.
    public func list() throws(InputError) -> [YAMLValue] {
        guard let sequence = node.sequence else { throw error("expected a list", fix: "write it as [a, b] or as lines starting with '- '") }
        return sequence.enumerated().map { k, item in
            YAMLValue(node: item, file: file, path: path, field: "\(field)[\(k)]")
        }
    }

    /// Whether the node is a scalar (text, number, boolean).
    public var isScalar: Bool { node.scalar != nil }

    /// The node's scalar text, if it is a scalar.
    public var scalarText: String? { node.scalar?.string }

    /// Non-empty text.
    public func string() throws(InputError) -> String {
        guard let text = node.scalar?.string, !text.isEmpty else { throw error("expected a non-empty text", fix: "write a word or a quoted text") }
        return text
    }

    /// A number (finite unless `allowsInfinity`, where `.inf` is +∞).
    public func double(allowsInfinity: Bool = false) throws(InputError) -> Double {
        guard let text = node.scalar?.string, let value = InputNumber.parse(text, allowsInfinity: allowsInfinity) else {
            throw error("expected a finite number, found \(describe)", fix: "write a number such as 12.5 or 1.2e3")
        }
        return value
    }

    /// A whole number.
    public func int() throws(InputError) -> Int {
        guard let text = node.scalar?.string, let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw error("expected a whole number, found \(describe)", fix: "write a whole number such as 3")
        }
        return value
    }

    /// `true` or `false`.
    public func bool() throws(InputError) -> Bool {
        guard let value = node.bool else { throw error("expected true or false, found \(describe)", fix: "write true or false") }
        return value
    }

    /// A list of non-empty texts.
    public func strings() throws(InputError) -> [String] {
        var result: [String] = []
        for item in try list() { result.append(try item.string()) }
        return result
    }

    /// A list of numbers.
    public func doubles(allowsInfinity: Bool = false) throws(InputError) -> [Double] {
        var result: [Double] = []
        for item in try list() { result.append(try item.double(allowsInfinity: allowsInfinity)) }
        return result
    }

    /// An interval `[lo, hi]` with lo ≤ hi (a single number is the degenerate interval).
    public func interval() throws(InputError) -> (lo: Double, hi: Double) {
        if isScalar { let v = try double(); return (v, v) }
        let values = try doubles()
        guard values.count == 2 else { throw error("expected an interval [lo, hi], found \(values.count) numbers", fix: "write [lo, hi]") }
        guard values[0] <= values[1] else { throw error("the lower end \(values[0]) exceeds the upper end \(values[1])", fix: "write [lo, hi] with lo ≤ hi") }
        return (values[0], values[1])
    }

    /// A provenance tag.
    public func tag() throws(InputError) -> ProvenanceTag {
        guard let tag = node.scalar.flatMap({ ProvenanceTag(text: $0.string) }) else {
            throw error("\(describe) is not a provenance tag", fix: "use \(ProvenanceTag.choices)")
        }
        return tag
    }

    /// The text as a data path, resolved against the model file's folder.
    public func dataPath() throws(InputError) -> String { TextFile.resolve(try string(), relativeTo: path) }

    /// How the node appears, for messages.
    var describe: String {
        if let text = node.scalar?.string { return text.isEmpty ? "nothing" : "'\(text)'" }
        return node.mapping != nil ? "a mapping" : "a list"
    }
}
