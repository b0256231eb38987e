import WaterNexusGLPK

/// Why an exact multiobjective computation could not go on.
public enum ExactFrontError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problem or an argument is malformed.
    case invalidProblem(String)
    /// A single-objective solve ended without a proven optimum where one is needed.
    case solveFailed(step: String, status: SolveStatus)

    public var description: String {
        switch self {
        case let .invalidProblem(message):
            return "invalid multiobjective problem: \(message)"
        case let .solveFailed(step, status):
            let advice: String = switch status {
            case .infeasible: "the feasible set is empty; check the model's rows and bounds"
            case .unbounded, .infeasibleOrUnbounded: "bound the objective (add variable bounds or rows)"
            case .timeLimit, .iterationLimit, .feasible: "raise the time limit or the MIP gap tolerance"
            default: "check the model's scaling, or solve it alone to see GLPK's log"
            }
            return "\(step) ended with status \(status.rawValue): \(advice)"
        }
    }
}
