import Foundation

/// Minimal RFC 4180 CSV: quoting on write, quoted fields (with doubled quotes and line breaks) on read.
enum CSV {
    static func escape(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func line(_ cells: [String]) -> String { cells.map(escape).joined(separator: ",") }

    /// The records of `text` with the line each starts on; a final line break ends the last record.
    static func records(_ text: String, source: String) throws -> [(line: Int, cells: [String])] {
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = [], cell = "", quoted = false, afterQuote = false
        var line = 1, recordLine = 1, started = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            cells.append(cell)
            records.append((recordLine, cells))
            cells = []
            cell = ""
            started = false
            afterQuote = false
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty && !afterQuote:
                quoted = true
                started = true
            case ",":
                cells.append(cell)
                cell = ""
                afterQuote = false
                started = true
            case "\r":
                continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                guard !afterQuote else {
                    throw FrontTableError(source: source, line: line, message: "text after a closing quote; quote the whole cell")
                }
                cell.unicodeScalars.append(scalar)
                started = true
            }
        }
        if quoted { throw FrontTableError(source: source, line: recordLine, message: "a quoted cell is not closed") }
        if started || !cell.isEmpty { endRecord() }
        return records
    }
}
