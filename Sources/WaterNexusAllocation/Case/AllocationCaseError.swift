/// A problem in an allocation model file or its data: what is wrong, where (file, field or line) and what to do.
public enum AllocationCaseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file cannot be read.
    case unreadableFile(path: String, problem: String)
    /// The YAML text does not parse.
    case invalidYAML(file: String, problem: String)
    /// A required field is absent.
    case missingField(file: String, field: String, line: Int?)
    /// A field has the wrong type or an invalid value.
    case invalidValue(file: String, field: String, line: Int?, problem: String)
    /// A field names a source, user, scenario or rate that the file does not define.
    case unknownName(file: String, field: String, line: Int?, name: String, kind: String, known: [String])
    /// A CSV file is malformed.
    case invalidCSV(file: String, line: Int, problem: String)
    /// A data reference names a column the CSV file does not have.
    case unknownColumn(file: String, field: String, csv: String, column: String, available: [String])
    /// A data reference names a key that no row of the CSV file has.
    case unknownKey(file: String, field: String, csv: String, keyColumn: String, key: String)
    /// A referenced CSV cell is not a number, or has no provenance tag.
    case invalidCell(file: String, field: String, csv: String, line: Int, column: String, problem: String)

    public var description: String {
        func at(_ line: Int?) -> String { line.map { " (line \($0))" } ?? "" }
        switch self {
        case let .unreadableFile(path, problem):
            return "\(path): \(problem)"
        case let .invalidYAML(file, problem):
            return "\(file): not valid YAML: \(problem)"
        case let .missingField(file, field, line):
            return "\(file): missing field '\(field)'\(at(line)); add it (see docs/allocation-model-format.md)"
        case let .invalidValue(file, field, line, problem):
            return "\(file): field '\(field)'\(at(line)): \(problem)"
        case let .unknownName(file, field, line, name, kind, known):
            return "\(file): field '\(field)'\(at(line)): unknown \(kind) '\(name)'; known: \(known.joined(separator: ", "))"
        case let .invalidCSV(file, line, problem):
            return "\(file):\(line): \(problem)"
        case let .unknownColumn(file, field, csv, column, available):
            return "\(file): field '\(field)': \(csv) has no column '\(column)'; columns: \(available.joined(separator: ", "))"
        case let .unknownKey(file, field, csv, keyColumn, key):
            return "\(file): field '\(field)': \(csv) has no row with \(keyColumn) = '\(key)'"
        case let .invalidCell(file, field, csv, line, column, problem):
            return "\(file): field '\(field)': \(csv):\(line) column '\(column)': \(problem)"
        }
    }
}
