import WaterNexusInput

/// A CSV text that cannot be read: the input layer's error, with file, line and column.
public typealias CSVParseError = InputError

extension CSVTable {
    /// The records of CSV text with the line each starts on, read by the input layer's one CSV reader
    /// (RFC 4180 quoting; LF or CRLF; a leading byte-order mark and blank lines ignored).
    public static func records(_ text: String, source: String = "CSV") throws(CSVParseError) -> [(line: Int, cells: [String])] {
        try CSVParser.records(text, file: source).map { ($0.line, $0.cells) }
    }

    /// Reads RFC 4180 CSV: the first record is the header; every record must have as many fields as the
    /// header. Cells are kept as written (full precision, not trimmed).
    public static func parse(_ text: String, source: String = "CSV") throws(CSVParseError) -> CSVTable {
        let (header, rows) = try CSVParser.table(text, file: source)
        var table = CSVTable(header: header.cells)
        for record in rows { table.append(record.cells) }
        return table
    }
}
