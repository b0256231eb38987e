import Foundation

/// Reads a small CSV file (comma-separated, first row = column names, `#` lines ignored, double quotes
/// allowed around fields) into records.
enum CSVRecords {
    static func read(path: String, shownAs file: String) throws -> [ModelRecord] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw NetworkError.invalidModel(place: file, problem: "cannot read the file", fix: "check that the CSV file exists next to the model file and is UTF-8 text")
        }
        var records: [ModelRecord] = []
        var columns: [String]?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = split(line)
            guard let header = columns else {
                columns = fields
                continue
            }
            guard fields.count == header.count else {
                throw NetworkError.invalidModel(place: "\(file) line \(offset + 1)", problem: "\(fields.count) fields but the header has \(header.count)", fix: "give one value per column (empty for none)")
            }
            var row: [String: String] = [:]
            for (name, value) in zip(header, fields) { row[name] = value }
            records.append(ModelRecord(row: row, columns: header, file: file, line: offset + 1))
        }
        return records
    }

    static func split(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == "," && !quoted {
                fields.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else { current.append(character) }
        }
        fields.append(current.trimmingCharacters(in: .whitespaces))
        return fields
    }
}
