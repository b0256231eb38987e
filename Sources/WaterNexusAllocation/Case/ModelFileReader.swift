import Foundation
import WaterNexusInput
import WaterNexusReports
import Yams

/// Reads the fields of one model file: typed access with errors that name the file, the field and the
/// line, and data references resolved against CSV files in the case's data folder.
final class ModelFileReader {
    /// The model file's path (as given; used in messages).
    let file: String
    /// The folder the references' `file:` entries are relative to.
    var dataDirectory: String
    private var tables: [String: CSVSheet] = [:]

    init(file: String, dataDirectory: String) {
        self.file = file
        self.dataDirectory = dataDirectory
    }

    func line(_ node: Node?) -> Int? { node?.mark.map { $0.line } }

    /// `node` as the input layer's value at `field`: its typed reading gives every error file, line and field.
    func input(_ node: Node, at field: String) -> YAMLValue { YAMLValue(node: node, file: file, path: file, field: field) }

    /// The mapping at `node`; with `allowed`, a key outside it is an error naming its line.
    func mapping(_ node: Node, _ field: String, allowed: [String]? = nil) throws -> Node.Mapping {
        let checked = try input(node, at: field).mapping()
        if let allowed { try checked.rejectUnknownKeys(allowed) }
        return node.mapping ?? Node.Mapping([])
    }

    func sequence(_ node: Node, _ field: String) throws -> [Node] {
        try input(node, at: field).list().map(\.node)
    }

    func required(_ mapping: Node.Mapping, _ key: String, _ field: String) throws -> Node {
        guard let node = mapping[key] else {
            throw InputError.missingField(file: file, field: field.isEmpty ? key : "\(field).\(key)", line: mapping.mark?.line)
        }
        return node
    }

    func string(_ node: Node, _ field: String) throws -> String { try input(node, at: field).string() }

    func double(_ node: Node, _ field: String) throws -> Double { try input(node, at: field).double() }

    func bool(_ node: Node, _ field: String) throws -> Bool { try input(node, at: field).bool() }

    /// Loads (once) a CSV file of the data folder.
    func table(_ name: String, _ field: String) throws -> CSVSheet {
        if let table = tables[name] { return table }
        let path = name.hasPrefix("/") ? name : (dataDirectory as NSString).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError.invalidValue(file: file, field: field, line: nil, problem: "data file \(path) does not exist",
                                          fix: "check 'data:' and the file name")
        }
        let table = try CSVSheet(contentsOf: path)
        try table.requireUnique([table.header[0]])
        tables[name] = table
        return table
    }

    /// A number given by reference `{file, column, key[, key_column]}` or inline `{value, tag, source}`.
    ///
    /// The provenance tag is the cell of column `<column>_tag` when the CSV has one, else of column `tag`;
    /// the source text likewise (`<column>_source`, else `source`). A value without a tag is an error.
    func value(_ node: Node, _ field: String) throws -> TaggedValue {
        let map = try mapping(node, field, allowed: node.mapping?["value"] != nil ? ["value", "tag", "source"] : ["file", "column", "key", "key_column"])
        if let inline = map["value"] {
            let value = try double(inline, "\(field).value")
            let tagNode = try required(map, "tag", field)
            let tag = try provenance(try string(tagNode, "\(field).tag"), field: "\(field).tag", line: line(tagNode))
            let source = try map["source"].map { try string($0, "\(field).source") } ?? ""
            return TaggedValue(value: value, tag: tag, source: source, origin: "\(file):\(field)")
        }
        let name = try string(try required(map, "file", field), "\(field).file")
        let column = try string(try required(map, "column", field), "\(field).column")
        let key = try string(try required(map, "key", field), "\(field).key")
        let csv = try table(name, "\(field).file")
        let keyColumn = try map["key_column"].map { try string($0, "\(field).key_column") } ?? csv.header[0]
        if keyColumn != csv.header[0] { try csv.requireUnique([keyColumn]) }
        guard let keyIndex = csv.header.firstIndex(of: keyColumn) else {
            throw InputError.unknownColumn(file: file, field: "\(field).key_column", csv: name, column: keyColumn, available: csv.header)
        }
        guard csv.has(column) else {
            throw InputError.unknownColumn(file: file, field: "\(field).column", csv: name, column: column, available: csv.header)
        }
        guard let row = csv.rows.first(where: { $0.cells[keyIndex] == key }) else {
            throw InputError.unknownKey(file: file, field: "\(field).key", csv: name, keyColumn: keyColumn, key: key)
        }
        let value = try row.number(column)
        guard let tagColumn = ["\(column)_tag", "tag"].first(where: csv.has) else {
            throw row.error(column, "no provenance tag for this value (read for '\(field)')",
                            fix: "add a column '\(column)_tag' or 'tag' (\(ProvenanceTag.choices))")
        }
        let tag = try row.tag(tagColumn)
        let sourceIndex = csv.header.firstIndex(of: "\(column)_source") ?? csv.header.firstIndex(of: "source")
        return TaggedValue(value: value, tag: tag, source: sourceIndex.map { row.cells[$0] } ?? "",
                           origin: "\(name):\(column):\(key)")
    }

    private func provenance(_ text: String, field: String, line: Int?) throws -> ProvenanceTag {
        guard let tag = ProvenanceTag(text: text) else {
            throw InputError.invalidValue(file: file, field: field, line: line, problem: "'\(text)' is not a provenance tag; use \(ProvenanceTag.choices)")
        }
        return tag
    }
}
