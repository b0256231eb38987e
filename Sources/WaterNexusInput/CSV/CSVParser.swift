/// The one CSV reader (RFC 4180) behind every CSV input: quoted fields with `""` escapes, commas and line
/// breaks; an optional UTF-8 byte-order mark; LF, CRLF or CR line ends; blank lines ignored; and, where a
/// format allows them, `#` comment lines.
public enum CSVParser {
    /// One record of a CSV text: the line it starts on and its fields as written (quotes removed, not trimmed).
    public struct Record: Sendable, Equatable {
        /// 1-based line where the record starts.
        public var line: Int
        /// The fields, in order.
        public var cells: [String]

        /// A record starting on `line`.
        public init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }
    }

    /// The records of `text`.
    /// - Parameters:
    ///   - file: the name errors give the text.
    ///   - allowsComments: whether a record starting with `#` (outside quotes) is a comment line.
    /// - Throws: ``InputError`` for an unclosed quote or text after a closing quote, with line and column.
    /// - Complexity: O(n) in the length of the text.
    public static func records(_ text: String, file: String, allowsComments: Bool = false) throws(InputError) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var cells: [String] = []
        var field = String.UnicodeScalarView()
        var fieldWasQuoted = false
        var line = 1, lineStart = 0, recordLine = 1
        var i = 0
        func endRecord() {
            cells.append(String(field))
            if !(cells.count == 1 && cells[0].allSatisfy(\.isWhitespace) && !fieldWasQuoted) {
                records.append(Record(line: recordLine, cells: cells))
            }
            cells = []
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        /// Moves past a line end at `i` (CRLF counts once) and starts the next line.
        func newLine() {
            if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            line += 1
            lineStart = i + 1
        }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                let (openLine, openColumn) = (line, i - lineStart + 1)
                fieldWasQuoted = true
                i += 1
                var closed = false
                while i < scalars.count {
                    let q = scalars[i]
                    if q == "\"" {
                        if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                            field.append("\"")
                            i += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if q == "\n" || q == "\r" {
                        field.append("\n")
                        newLine()
                    } else {
                        field.append(q)
                    }
                    i += 1
                }
                guard closed else {
                    throw InputError(file: file, line: openLine, column: openColumn, problem: "a quoted field is never closed",
                                     fix: "add the closing '\"'")
                }
            case "#" where allowsComments && cells.isEmpty && field.isEmpty && !fieldWasQuoted:
                while i + 1 < scalars.count, scalars[i + 1] != "\n", scalars[i + 1] != "\r" { i += 1 }
            case ",":
                cells.append(String(field))
                field = String.UnicodeScalarView()
                fieldWasQuoted = false
            case "\n", "\r":
                endRecord()
                newLine()
                recordLine = line
            case " " where fieldWasQuoted, "\t" where fieldWasQuoted:
                break // spaces after a closing quote are ignored
            default:
                if fieldWasQuoted {
                    throw InputError(file: file, line: line, column: i - lineStart + 1, problem: "text after a closing quote",
                                     fix: "quote the whole field, and write a quote inside it as \"\"")
                }
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !cells.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }

    /// The header record and the data records of `text`, each data record as wide as the header.
    /// - Throws: ``InputError`` for an empty text, a malformed record or a row of another width.
    public static func table(_ text: String, file: String, allowsComments: Bool = false) throws(InputError)
        -> (header: Record, rows: ArraySlice<Record>) {
        let all = try records(text, file: file, allowsComments: allowsComments)
        guard let header = all.first else {
            throw InputError(file: file, line: 1, problem: "the file is empty", fix: "start it with a header line naming the columns")
        }
        let rows = all.dropFirst()
        if let bad = rows.first(where: { $0.cells.count != header.cells.count }) {
            throw InputError(file: file, line: bad.line, problem: "\(bad.cells.count) fields, but the header has \(header.cells.count)",
                             fix: "give one value per column (empty for none), and quote fields that contain commas")
        }
        return (header, rows)
    }
}
