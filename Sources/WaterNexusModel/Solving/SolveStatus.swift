/// What a solve established about a model. Only ``optimal`` is a proof of optimality.
public enum SolveStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// An optimal solution was found (for a MIP: within the relative gap asked, 0 by default).
    case optimal
    /// A feasible solution was found, but optimality is not proven (e.g. a MIP stopped at its gap).
    case feasible
    /// The model has no feasible solution.
    case infeasible
    /// The objective is unbounded over a nonempty feasible set.
    case unbounded
    /// The model is infeasible or unbounded; the solver did not establish which.
    case infeasibleOrUnbounded = "infeasible_or_unbounded"
    /// The time limit stopped the solve (see ``Solution/hasSolution``).
    case timeLimit = "time_limit"
    /// The iteration limit stopped the solve.
    case iterationLimit = "iteration_limit"
    /// The solver failed numerically (singular or ill-conditioned basis, no convergence).
    case numericalFailure = "numerical_failure"
    /// The solver ended without a defined solution.
    case undefined
}
