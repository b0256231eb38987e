/// The outcome of a network solve, with its proof: lower bound, upper bound and gap.
public struct NetworkResult: Sendable {
    /// What the solve established.
    public enum Status: String, Sendable, Codable {
        /// The gap is within the tolerance: the design is a certified global optimum within it.
        case optimal
        /// A verified design was found, but the gap is still above the tolerance (time or iteration limit).
        case feasible
        /// No feasible network exists (the relaxation is infeasible).
        case infeasible
        /// The limits stopped the solve before any verified design was found.
        case noSolution = "no_solution"
    }

    public var status: Status
    /// Best verified objective (the upper bound), nil without a design.
    public var upperBound: Double?
    /// Best proven lower bound.
    public var lowerBound: Double
    /// (UB − LB)/max(|UB|, 1e-9), nil without a design.
    public var gap: Double?
    /// The global method that produced the bounds.
    public var method: NetworkSolveMethod = .branchAndBound
    /// Branch-and-bound nodes processed (``NetworkSolveMethod/branchAndBound``) or relaxation–refinement
    /// rounds (``NetworkSolveMethod/refine``).
    public var iterations: Int
    public var milpsSolved: Int
    public var lpsSolved: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// The best design and its re-evaluation (nil without a design).
    public var design: NetworkDesign?
    public var evaluation: NetworkEvaluation?
    /// The superstructure the design refers to.
    public var graph: NetworkGraph
    /// Why the network is infeasible, when it is.
    public var message: String?
    /// The bounds after each relaxation–refinement round.
    public var history: [BoundRecord] = []

    /// The bounds known after one round.
    public struct BoundRecord: Sendable, Codable, Equatable {
        public var iteration: Int
        public var lowerBound: Double
        /// The incumbent (nil before the first verified design).
        public var upperBound: Double?
        public var seconds: Double
    }

    /// The objective value of the best design (= ``upperBound``).
    public var objective: Double? { upperBound }
}
