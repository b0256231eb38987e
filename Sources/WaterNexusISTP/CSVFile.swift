import Foundation
import WaterNexusReports

/// A small CSV table read for a model file (RFC 4180 quoting, header row required), with errors that
/// name the file, line and column.
struct CSVFile {
    let path: String
    let header: [String]
    /// Rows with their 1-based line numbers.
    let rows: [(line: Int, cells: [String: String])]

    init(path: String) throws {
        self.path = path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ISTPError.modelFile(file: path, field: "-", problem: "cannot read the file; check the path in the model file's data section")
        }
        var records: [(Int, [String])] = []
        var field = "", record: [String] = [], inQuotes = false, line = 1, recordLine = 1
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", chars.first == "\n" { chars.removeFirst() }
                record.append(field); field = ""
                if !(record.count == 1 && record[0].isEmpty) { records.append((recordLine, record)) }
                record = []; line += 1; recordLine = line
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append((recordLine, record)) }
        guard let first = records.first else {
            throw ISTPError.modelFile(file: path, field: "-", problem: "the file is empty; it needs a header row")
        }
        header = first.1.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [(line: Int, cells: [String: String])] = []
        for (line, cells) in records.dropFirst() {
            guard cells.count == header.count else {
                throw ISTPError.modelFile(file: path, field: "line \(line)",
                                          problem: "has \(cells.count) cells but the header has \(header.count)")
            }
            var map: [String: String] = [:]
            for (k, name) in header.enumerated() { map[name] = cells[k].trimmingCharacters(in: .whitespaces) }
            rows.append((line, map))
        }
        self.rows = rows
    }

    /// Throws unless every named column exists.
    func require(_ columns: [String]) throws {
        for c in columns where !header.contains(c) {
            throw ISTPError.modelFile(file: path, field: "header", problem: "missing column \"\(c)\"; expected columns: \(columns.joined(separator: ","))")
        }
    }

    func text(_ row: (line: Int, cells: [String: String]), _ column: String) -> String { row.cells[column] ?? "" }

    func number(_ row: (line: Int, cells: [String: String]), _ column: String) throws -> Double {
        let cell = text(row, column)
        guard let value = Double(cell), value.isFinite else {
            throw ISTPError.modelFile(file: path, field: "line \(row.line), column \(column)",
                                      problem: "\"\(cell)\" is not a finite number")
        }
        return value
    }

    /// The provenance tag in `column`; a missing or unknown tag is an error naming the line.
    func tag(_ row: (line: Int, cells: [String: String]), _ column: String) throws -> ProvenanceTag {
        let cell = text(row, column)
        guard let tag = ProvenanceTag(text: cell) else {
            throw ISTPError.modelFile(file: path, field: "line \(row.line), column \(column)",
                                      problem: "\"\(cell)\" is not a provenance tag; use \(ProvenanceTag.choices)")
        }
        return tag
    }

    /// The interval [column_lo, column_hi]; lo must not exceed hi.
    func interval(_ row: (line: Int, cells: [String: String]), _ base: String) throws -> Interval {
        let lo = try number(row, "\(base)_lo"), hi = try number(row, "\(base)_hi")
        guard lo <= hi else {
            throw ISTPError.modelFile(file: path, field: "line \(row.line), columns \(base)_lo/\(base)_hi",
                                      problem: "lower bound \(lo) exceeds upper bound \(hi)")
        }
        return Interval(lo, hi)
    }

    /// The interval, or nil when both cells are empty.
    func optionalInterval(_ row: (line: Int, cells: [String: String]), _ base: String) throws -> Interval? {
        if text(row, "\(base)_lo").isEmpty && text(row, "\(base)_hi").isEmpty { return nil }
        return try interval(row, base)
    }
}
