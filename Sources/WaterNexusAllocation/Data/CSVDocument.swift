import Foundation

/// A parsed CSV file (RFC 4180 quoting, first line is the header) that remembers line numbers.
public struct CSVDocument: Sendable {
    /// The file's path as given (used in error messages).
    public let path: String
    /// Column names of the header line.
    public let header: [String]
    /// Data rows, each with the 1-based line number it started on.
    public let rows: [(line: Int, cells: [String])]

    /// Parses CSV text; `path` only names the file in errors.
    /// - Throws: ``AllocationCaseError/invalidCSV(file:line:problem:)`` for an empty file, an unclosed quote
    ///   or a row whose cell count differs from the header's.
    public init(text: String, path: String) throws {
        self.path = path
        var records: [(Int, [String])] = []
        var cells: [String] = [], cell = "", inQuotes = false, line = 1, recordLine = 1
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRecord() {
            cells.append(cell)
            cell = ""
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) { records.append((recordLine, cells)) }
            cells = []
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { cell.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    cell.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": inQuotes = true
            case ",": cells.append(cell); cell = ""
            case "\r": continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default: cell.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw AllocationCaseError.invalidCSV(file: path, line: recordLine, problem: "a quoted cell is never closed; add the closing \"") }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        guard let first = records.first else {
            throw AllocationCaseError.invalidCSV(file: path, line: 1, problem: "the file is empty; it needs a header line")
        }
        header = first.1.map { $0.trimmingCharacters(in: .whitespaces) }
        for (recordLine, cells) in records.dropFirst() where cells.count != header.count {
            throw AllocationCaseError.invalidCSV(
                file: path, line: recordLine,
                problem: "the row has \(cells.count) cells but the header has \(header.count); quote cells that contain commas")
        }
        rows = records.dropFirst().map { (line: $0.0, cells: $0.1.map { $0.trimmingCharacters(in: .whitespaces) }) }
    }

    /// Reads and parses a CSV file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw AllocationCaseError.unreadableFile(path: path, problem: "cannot read it as UTF-8 text; check the path")
        }
        try self.init(text: text, path: path)
    }

    /// The position of a column, if present.
    public func columnIndex(_ name: String) -> Int? { header.firstIndex(of: name) }
}
