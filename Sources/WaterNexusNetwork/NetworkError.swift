/// A bad network model or a network that cannot be solved: what, where, and what to do.
public enum NetworkError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A model file or field is invalid.
    case invalidModel(place: String, problem: String, fix: String)
    /// The network has no feasible operation.
    case infeasible(reason: String)
    /// The solver failed.
    case solverFailure(String)

    public var description: String {
        switch self {
        case let .invalidModel(place, problem, fix): "\(place): \(problem); \(fix)"
        case let .infeasible(reason): "the network is infeasible: \(reason)"
        case let .solverFailure(message): "solver failure: \(message)"
        }
    }
}
