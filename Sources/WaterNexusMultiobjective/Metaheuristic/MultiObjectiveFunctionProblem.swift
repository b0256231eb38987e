/// The outcome of evaluating one decision vector: objective values (all minimized) and the total
/// constraint violation (0 when feasible).
public struct ProblemEvaluation: Sendable, Hashable {
    /// Objective values, every one minimized.
    public var objectives: [Double]
    /// Total constraint violation, ≥ 0; 0 means feasible.
    public var violation: Double

    /// An evaluation with the given objectives and violation.
    public init(objectives: [Double], violation: Double = 0) {
        self.objectives = objectives
        self.violation = violation
    }

    /// Whether the point satisfies every constraint.
    public var isFeasible: Bool { violation <= 0 }
}

/// A box-bounded problem with several objectives (all minimized) and an optional constraint violation,
/// as seen by a population metaheuristic.
///
/// `evaluate` must be a pure function of `x`: it is called concurrently from several threads.
public protocol MultiObjectiveFunctionProblem: Sendable {
    /// Lower bound of every decision variable (finite).
    var lowerBounds: [Double] { get }
    /// Upper bound of every decision variable (finite, ≥ the lower bound).
    var upperBounds: [Double] { get }
    /// The number of objectives.
    var objectiveCount: Int { get }
    /// Objective values (minimized) and the total constraint violation at `x`.
    func evaluate(_ x: [Double]) -> ProblemEvaluation
    /// Moves `x` toward the feasible set (called after clipping to the bounds). The default does nothing.
    func repair(_ x: inout [Double])
}

extension MultiObjectiveFunctionProblem {
    public func repair(_ x: inout [Double]) {}

    /// The number of decision variables.
    public var dimension: Int { lowerBounds.count }

    /// Checks bounds and objective count, throwing an error that names the faulty variable.
    public func validate() throws {
        guard !lowerBounds.isEmpty else { throw MetaheuristicError.invalidProblem("the problem has no decision variables") }
        guard lowerBounds.count == upperBounds.count else {
            throw MetaheuristicError.invalidProblem(
                "\(lowerBounds.count) lower bounds but \(upperBounds.count) upper bounds; give one pair per variable")
        }
        guard objectiveCount >= 1 else { throw MetaheuristicError.invalidProblem("the problem has no objectives") }
        for j in lowerBounds.indices {
            let (lower, upper) = (lowerBounds[j], upperBounds[j])
            guard lower.isFinite, upper.isFinite, lower <= upper else {
                throw MetaheuristicError.invalidProblem(
                    "variable \(j) has bounds [\(lower), \(upper)]; give finite bounds with lower ≤ upper")
            }
        }
    }

    /// Clips `x` to the bounds (boundary absorption).
    func clip(_ x: inout [Double]) {
        let (lower, upper) = (lowerBounds, upperBounds)
        for j in x.indices { x[j] = min(max(x[j], lower[j]), upper[j]) }
    }
}

/// An error in a metaheuristic's input.
public enum MetaheuristicError: Error, Equatable, CustomStringConvertible {
    /// The problem is malformed (message says what and how to fix it).
    case invalidProblem(String)
    /// An option is out of range (message says which and the allowed range).
    case invalidOption(String)

    public var description: String {
        switch self {
        case .invalidProblem(let message): "invalid problem: \(message)"
        case .invalidOption(let message): "invalid option: \(message)"
        }
    }
}
