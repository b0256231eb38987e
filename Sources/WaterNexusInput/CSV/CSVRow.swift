/// One data row of a ``CSVSheet``: cells by column name, typed reading, and errors at this row.
public struct CSVRow: Sendable {
    /// The file as the user named it.
    public let file: String
    /// 1-based line where the row starts.
    public let line: Int
    /// The trimmed cells in column order.
    public let cells: [String]
    /// The column names, in file order (the sheet's header, shared by every row).
    public let columnNames: [String]
    let columns: [String: Int]

    /// The cell of `column`, or nil when the sheet has no such column.
    public subscript(column: String) -> String? { columns[column].map { cells[$0] } }


    /// An error at `column` of this row.
    public func error(_ column: String, _ problem: String, fix: String) -> InputError {
        InputError(file: file, line: line, column: columns[column].map { $0 + 1 }, field: column, problem: problem, fix: fix)
    }

    /// The cell of `column`, required to be non-empty.
    public func text(_ column: String) throws(InputError) -> String {
        guard let cell = self[column], !cell.isEmpty else {
            throw error(column, "the cell is empty", fix: "write a value in column '\(column)'")
        }
        return cell
    }

    /// The cell of `column` as a number (finite unless `allowsInfinity`).
    public func number(_ column: String, allowsInfinity: Bool = false) throws(InputError) -> Double {
        let cell = self[column] ?? ""
        guard let value = InputNumber.parse(cell, allowsInfinity: allowsInfinity) else {
            throw error(column, cell.isEmpty ? "the cell is empty" : "'\(cell)' is not a finite number",
                        fix: "write a number such as 12.5 or 1.2e3")
        }
        return value
    }

    /// The number in `column`, or nil when the column is missing or the cell is empty (or `null`, `~`, `none`).
    public func optionalNumber(_ column: String, allowsInfinity: Bool = false) throws(InputError) -> Double? {
        guard let cell = self[column], !InputNumber.isAbsent(cell) else { return nil }
        return try number(column, allowsInfinity: allowsInfinity)
    }

    /// The provenance tag in `column`.
    public func tag(_ column: String = "tag") throws(InputError) -> ProvenanceTag {
        let cell = self[column] ?? ""
        guard let tag = ProvenanceTag(text: cell) else {
            throw error(column, cell.isEmpty ? "no provenance tag" : "'\(cell)' is not a provenance tag", fix: "use \(ProvenanceTag.choices)")
        }
        return tag
    }

    /// The interval `[base_lo, base_hi]`; the lower end must not exceed the upper.
    public func interval(_ base: String) throws(InputError) -> (lo: Double, hi: Double) {
        let lo = try number("\(base)_lo"), hi = try number("\(base)_hi")
        guard lo <= hi else {
            throw error("\(base)_lo", "the lower end \(lo) exceeds the upper end \(hi) (column \(base)_hi)", fix: "swap them, or correct one")
        }
        return (lo, hi)
    }

    /// The interval, or nil when both cells are empty.
    public func optionalInterval(_ base: String) throws(InputError) -> (lo: Double, hi: Double)? {
        if (self["\(base)_lo"] ?? "").isEmpty && (self["\(base)_hi"] ?? "").isEmpty { return nil }
        return try interval(base)
    }
}
