import Foundation
import WaterNexusInput
import WaterNexusReports
import Yams

/// One entry of a model file (a YAML mapping or a CSV row): its fields as text, with its place for errors.
struct ModelRecord {
    /// "file line N" (or the YAML path).
    var place: String
    var scalars: [String: String] = [:]
    var lists: [String: [String]] = [:]
    var nodes: [String: Node] = [:]
    /// Keys in file order (for unknown-key checks).
    var keys: [String] = []
    /// File and YAML path, to name a field's own line.
    var file = ""
    var path = ""
    /// The record's own line (a CSV row's line, or the YAML mapping's).
    var line = 0
    /// CSV column positions (0-based), to name a cell's column.
    var columns: [String: Int] = [:]

    /// A record from a YAML mapping.
    init(mapping node: Node, file: String, path: String) throws {
        guard let mapping = node.mapping else {
            throw InputError(file: file, line: node.mark?.line, column: node.mark?.column, field: path,
                             problem: "expected a mapping of key: value", fix: "write this entry as key: value pairs")
        }
        place = "\(file) line \(WaterNexusNetwork.line(node)) (\(path))"
        self.file = file
        self.path = path
        self.line = WaterNexusNetwork.line(node)
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            keys.append(name)
            if let sequence = value.sequence {
                lists[name] = sequence.map { $0.string ?? "" }
            } else if let scalar = value.scalar {
                scalars[name] = scalar.string
            }
            nodes[name] = value
        }
    }

    /// A record from a CSV row.
    init(row: CSVRow, file: String) {
        place = "\(file) line \(row.line)"
        self.file = file
        line = row.line
        keys = row.columnNames
        for (k, name) in keys.enumerated() {
            scalars[name] = row.cells[k]
            columns[name] = k
        }
    }

    /// An error naming `key` at its own line when it has one (for `field.<contaminant>`, the line of `field`),
    /// else at the record's line (and, in a CSV file, the key's column).
    func bad(_ key: String, _ problem: String, _ fix: String) -> InputError {
        let base = key.split(separator: ".").first.map(String.init) ?? key
        let field = path.isEmpty ? key : "\(path).\(key)"
        if let node = nodes[key] ?? nodes[base], let mark = node.mark {
            return InputError(file: file, line: mark.line, column: mark.column, field: field, problem: problem, fix: fix)
        }
        return InputError(file: file, line: line > 0 ? line : nil, column: columns[key].map { $0 + 1 }, field: field, problem: problem, fix: fix)
    }

    /// Rejects keys outside `allowed` (typos would otherwise be ignored silently).
    func checkKeys(_ allowed: [String]) throws {
        let known = Set(allowed + ["tag", "source", "note"])
        for key in keys {
            let base = key.split(separator: ".").first.map(String.init) ?? key
            if !known.contains(key) && !known.contains(base) {
                throw bad(key, "unknown field '\(key)'", "use one of: \(allowed.joined(separator: ", "))")
            }
        }
        if let tag = scalars["tag"], ProvenanceTag(text: tag) == nil {
            throw bad("tag", "\"\(tag)\" is not a provenance tag", "use \(ProvenanceTag.choices)")
        }
    }

    func string(_ key: String) throws -> String {
        guard let value = scalars[key], !value.isEmpty else { throw bad(key, "missing", "add \(key): <text>") }
        return value
    }

    func optionalNumber(_ key: String) throws -> Double? {
        guard let text = scalars[key], !InputNumber.isAbsent(text) else { return nil }
        return try parse(text, key)
    }

    func number(_ key: String, default value: Double? = nil) throws -> Double {
        if let parsed = try optionalNumber(key) { return parsed }
        guard let value else { throw bad(key, "missing", "add \(key): <number>") }
        return value
    }

    private func parse(_ text: String, _ key: String) throws -> Double {
        guard let value = InputNumber.parse(text, allowsInfinity: true) else { throw bad(key, "'\(text)' is not a number", "write a number such as 12.5 (or inf)") }
        return value
    }

    /// A per-contaminant vector: a YAML list, or CSV columns `key.<contaminant>`. Missing entries use `missing`.
    func vector(_ key: String, contaminants: [String], missing: Double? = nil) throws -> [Double] {
        if let list = lists[key] {
            guard list.count == contaminants.count else {
                throw bad(key, "has \(list.count) values but there are \(contaminants.count) contaminants", "give one value per contaminant in the order \(contaminants.joined(separator: ", "))")
            }
            return try list.map { text in
                if InputNumber.isAbsent(text) {
                    guard let missing else { throw bad(key, "a value is empty", "give a number for every contaminant") }
                    return missing
                }
                return try parse(text, key)
            }
        }
        return try contaminants.map { c in
            if let value = try optionalNumber("\(key).\(c)") { return value }
            if let missing { return missing }
            throw bad("\(key).\(c)", "missing", "give \(key) as a list or as columns \(contaminants.map { "\(key).\($0)" }.joined(separator: ", "))")
        }
    }
}

func line(_ node: Node) -> Int { (node.mark?.line ?? 0) }
