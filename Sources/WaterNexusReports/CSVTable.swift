/// A CSV table (RFC 4180 quoting) written with a fixed column order.
public struct CSVTable: Sendable {
    /// Column names.
    public var header: [String]
    /// Rows of already formatted cells.
    public private(set) var rows: [[String]] = []

    /// A table with the given header.
    public init(header: [String]) { self.header = header }

    /// Appends a row; it must have one cell per column.
    public mutating func append(_ cells: [String]) {
        precondition(cells.count == header.count, "CSV row has \(cells.count) cells; header has \(header.count)")
        rows.append(cells)
    }

    /// Quotes a cell when it contains a comma, quote, or line break.
    public static func escape(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The CSV text, lines ended by "\n".
    public func render() -> String {
        ([header] + rows).map { $0.map(CSVTable.escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

import Foundation
