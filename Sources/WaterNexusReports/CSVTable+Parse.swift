/// A CSV text that cannot be read, with where and why.
public struct CSVParseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// File name or other label of the text.
    public let source: String
    /// 1-based line where the problem was found.
    public let line: Int
    /// What is wrong and what to do.
    public let reason: String
    public var description: String { "\(source):\(line): \(reason)" }

    /// An error at `line` of `source`.
    public init(source: String, line: Int, reason: String) {
        self.source = source
        self.line = line
        self.reason = reason
    }
}

extension CSVTable {
    /// The records of CSV text with the line each starts on (RFC 4180 quoting; LF or CRLF; a leading
    /// byte-order mark and blank lines ignored). Text after a closing quote is an error.
    public static func records(_ text: String, source: String = "CSV") throws(CSVParseError) -> [(line: Int, cells: [String])] {
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, recordLine = 1
        var fieldWasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endRecord() {
            cells.append(field)
            if !(cells.count == 1 && cells[0].isEmpty && !fieldWasQuoted) { records.append((recordLine, cells)) }
            cells = []
            field = ""
            fieldWasQuoted = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"" where field.isEmpty && !fieldWasQuoted:
                    inQuotes = true
                    fieldWasQuoted = true
                case ",":
                    cells.append(field)
                    field = ""
                    fieldWasQuoted = false
                case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                    break
                case "\n", "\r":
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    if fieldWasQuoted {
                        throw CSVParseError(source: source, line: line, reason: "text after a closing quote; quote the whole field")
                    }
                    field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if inQuotes {
            throw CSVParseError(source: source, line: recordLine, reason: "a quoted field is not closed; add the closing '\"'")
        }
        if !field.isEmpty || !cells.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }

    /// Reads RFC 4180 CSV: the first record is the header; fields may be quoted (`""` inside quotes is a
    /// quote, and quoted fields may span lines); LF or CRLF line ends; a leading byte-order mark and
    /// blank lines are ignored. Every record must have as many fields as the header.
    public static func parse(_ text: String, source: String = "CSV") throws(CSVParseError) -> CSVTable {
        let records = try records(text, source: source)
        guard let header = records.first else {
            throw CSVParseError(source: source, line: 1, reason: "the file is empty; a header line is required")
        }
        var table = CSVTable(header: header.cells)
        for record in records.dropFirst() {
            guard record.cells.count == header.cells.count else {
                throw CSVParseError(source: source, line: record.line,
                                    reason: "\(record.cells.count) fields, but the header has \(header.cells.count); "
                                        + "quote fields that contain commas")
            }
            table.append(record.cells)
        }
        return table
    }
}
