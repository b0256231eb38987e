/// A solver of LPs and MILPs: the seam between the domain solvers (allocation, multiobjective, ISTP,
/// network) and a backend. `GLPKSolver` conforms (with its own options: method, presolve, exact,
/// ranging); a ``RecordingSolver`` writes every model it is given before passing it on.
public protocol LinearSolver: Sendable {
    /// Solves `model` within `limits`; `label` names the solve (for logs and recorded files).
    /// Infeasible, unbounded and limited outcomes are statuses of the ``Solution``, not errors.
    /// - Throws: when the backend itself fails.
    func solve(_ model: Model, limits: SolveLimits, label: String) throws -> Solution

    /// Differently configured solvers to retry with when a solve fails numerically (status
    /// ``SolveStatus/numericalFailure`` or ``SolveStatus/undefined``, or a thrown error); none by default.
    func fallbacks(for model: Model) -> [any LinearSolver]
}

extension LinearSolver {
    public func fallbacks(for model: Model) -> [any LinearSolver] { [] }

    /// Solves `model` within `limits` (default: none), labelled by the model's name.
    public func solve(_ model: Model, limits: SolveLimits = SolveLimits()) throws -> Solution {
        try solve(model, limits: limits, label: model.name)
    }
}

/// Solver-neutral limits of one solve.
public struct SolveLimits: Sendable, Equatable {
    /// Wall-clock limit in seconds (nil: the solver's own setting).
    public var timeLimit: Double?
    /// Relative MIP gap at which to stop (nil: the solver's own setting, 0 by default: prove optimality).
    public var mipGap: Double?
    /// Solve the LP relaxation of a MIP instead of the MIP.
    public var relaxIntegrality: Bool

    /// Limits with every field named; the default is no limit, the MIP itself.
    public init(timeLimit: Double? = nil, mipGap: Double? = nil, relaxIntegrality: Bool = false) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
        self.relaxIntegrality = relaxIntegrality
    }
}
