/// An aligned plain-text table for terminals: a header row, a rule, and right-aligned numeric columns.
///
/// ```
/// source   user        x (Mm³/yr)
/// -------  ----------  ----------
/// LR       residential     120.50
/// ```
public struct TextTable: Sendable {
    /// Column alignment.
    public enum Alignment: Sendable { case left, right }

    /// Column headers (put units in them, e.g. `"x (Mm³/yr)"`).
    public var headers: [String]
    /// Alignment per column; default: left for the first column, right for the others.
    public var alignments: [Alignment]
    /// The body rows, already formatted.
    public private(set) var rows: [[String]] = []

    /// A table with the given headers.
    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.indices.map { $0 == 0 ? .left : .right }
    }

    /// Appends a row; missing cells are blank, extra cells are an error in the caller.
    public mutating func append(_ cells: [String]) {
        precondition(cells.count <= headers.count, "row has \(cells.count) cells; the table has \(headers.count) columns")
        rows.append(cells + Array(repeating: "", count: headers.count - cells.count))
    }

    /// The table as text, one line per row, lines joined by "\n" (no trailing newline).
    public func render() -> String {
        var widths = headers.map(TextTable.displayWidth)
        for row in rows {
            for (k, cell) in row.enumerated() { widths[k] = max(widths[k], TextTable.displayWidth(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (k, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[k] - TextTable.displayWidth(cell))
                parts.append(alignments[k] == .left ? cell + padding : padding + cell)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [line(headers), line(widths.map { String(repeating: "-", count: $0) })]
        lines.append(contentsOf: rows.map(line))
        return lines.joined(separator: "\n")
    }

    /// Terminal columns `text` occupies: one per character, two for East Asian wide characters (CJK,
    /// Hangul, full-width forms), so that tables with Chinese place names stay aligned.
    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { total, character in
            guard let v = character.unicodeScalars.first?.value else { return total }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
                || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
                || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return total + (wide ? 2 : 1)
        }
    }
}
