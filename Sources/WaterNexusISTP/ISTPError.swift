/// An invalid ISTP problem or model file: what, where, and what to do.
public enum ISTPError: Error, Sendable, CustomStringConvertible, Equatable {
    case invalidProblem(String)
    case modelFile(file: String, field: String, problem: String)

    public var description: String {
        switch self {
        case let .invalidProblem(message): return "invalid ISTP problem: \(message)"
        case let .modelFile(file, field, problem):
            if field == "-" { return "\(file): \(problem)" }
            let place = field.hasPrefix("line ") || field == "header" ? field : "field \(field)"
            return "\(file): \(place): \(problem)"
        }
    }
}
