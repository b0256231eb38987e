/// An invalid ISTP problem built in code (model files report ``WaterNexusInput/InputError``).
public enum ISTPError: Error, Sendable, CustomStringConvertible, Equatable {
    case invalidProblem(String)

    public var description: String {
        switch self {
        case let .invalidProblem(message): return "invalid ISTP problem: \(message)"
        }
    }
}
