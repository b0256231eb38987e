/// A CSV table read for a model: the header and the data rows, with every cell addressed by column name
/// and every error naming the file, line and column.
///
/// Cells and column names are trimmed of surrounding spaces. Each data row must have as many fields as the
/// header.
public struct CSVSheet: Sendable {
    /// The file as the user named it.
    public let file: String
    /// Column names in file order.
    public let header: [String]
    /// The data rows in file order.
    public let rows: [CSVRow]
    /// Line of the header record.
    public let headerLine: Int

    /// Parses CSV text; `file` names it in errors.
    /// - Throws: ``InputError`` for an empty text, a malformed record, a repeated or empty column name, or a
    ///   row with the wrong number of fields.
    public init(text: String, file: String, allowsComments: Bool = false) throws(InputError) {
        let (first, records) = try CSVParser.table(text, file: file, allowsComments: allowsComments)
        let header = first.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (k, name) in header.enumerated() {
            guard !name.isEmpty else {
                throw InputError(file: file, line: first.line, column: k + 1, problem: "column \(k + 1) of the header has no name",
                                 fix: "name every column, or remove the empty one")
            }
            if let earlier = columns[name] {
                throw InputError(file: file, line: first.line, column: k + 1, field: name,
                                 problem: "the header names column '\(name)' twice (columns \(earlier + 1) and \(k + 1))",
                                 fix: "give each column one name")
            }
            columns[name] = k
        }
        var rows: [CSVRow] = []
        rows.reserveCapacity(records.count)
        for record in records {
            rows.append(CSVRow(file: file, line: record.line, cells: record.cells.map { $0.trimmingCharacters(in: .whitespaces) },
                               columnNames: header, columns: columns))
        }
        self.file = file
        self.header = header
        self.rows = rows
        self.headerLine = first.line
    }

    /// Reads and parses the CSV file at `path`; `shownAs` names it in errors (default: `path`).
    public init(contentsOf path: String, shownAs: String? = nil, allowsComments: Bool = false) throws(InputError) {
        let text = try TextFile.read(path, shownAs: shownAs)
        try self.init(text: text, file: shownAs ?? path, allowsComments: allowsComments)
    }

    /// Whether the header has `column`.
    public func has(_ column: String) -> Bool { header.contains(column) }

    /// Throws unless the header has every one of `columns`.
    public func require(_ columns: [String]) throws(InputError) {
        for column in columns where !header.contains(column) {
            throw InputError(file: file, line: headerLine, field: column, problem: "the header has no column '\(column)'",
                             fix: "add it; the columns are: \(columns.joined(separator: ", "))")
        }
    }

    /// Throws when two rows have the same values in `keyColumns` (e.g. the same sector and period),
    /// naming both lines.
    public func requireUnique(_ keyColumns: [String], what: String? = nil) throws(InputError) {
        var seen: [[String]: Int] = [:]
        for row in rows {
            let key = keyColumns.map { row[$0] ?? "" }
            if let earlier = seen[key] {
                let shown = zip(keyColumns, key).map { "\($0) \($1)" }.joined(separator: ", ")
                throw InputError(file: file, line: row.line, field: keyColumns.joined(separator: "/"),
                                 problem: "a second row for \(what.map { "\($0) " } ?? "")\(shown) (the first is on line \(earlier))",
                                 fix: "keep one row per \(keyColumns.joined(separator: " and ")); merge or delete the other")
            }
            seen[key] = row.line
        }
    }
}
