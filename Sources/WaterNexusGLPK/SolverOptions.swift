/// How ``GLPKSolver`` solves a model.
public struct SolverOptions: Sendable {
    /// The algorithm for LPs (and for the LP relaxation when a MIP is solved without presolve).
    public enum Method: String, Sendable, CaseIterable {
        /// Primal simplex.
        case primal
        /// Dual simplex, falling back to primal (GLPK's `GLP_DUALP`).
        case dual
        /// Interior point (LPs only; no basis, so no ranging).
        case interior
    }

    /// The LP algorithm; default dual simplex.
    public var method: Method = .dual
    /// Use GLPK's presolver (default: off for LPs, on for MIPs; set to force either way).
    public var presolve: Bool? = nil
    /// Wall-clock limit in seconds (nil: none).
    public var timeLimit: Double? = nil
    /// Relative MIP gap at which branch-and-cut stops (nil: 0, i.e. prove optimality).
    public var mipGap: Double? = nil
    /// Re-certify an LP optimum with GLPK's exact rational simplex (`glp_exact`).
    public var exact: Bool = false
    /// Compute sensitivity ranges (LP optimum from simplex only).
    public var ranging: Bool = false
    /// Capture GLPK's terminal output into `Solution.log`.
    public var captureLog: Bool = false
    /// Solve the LP relaxation of a MIP instead of the MIP.
    public var relaxIntegrality: Bool = false
    /// Pass names to GLPK (only useful when its log should mention them).
    public var passNames: Bool = false

    /// Options with every setting named; the defaults are dual simplex, presolve by problem type, no
    /// limits, no certification, no ranging, no log.
    public init(
        method: Method = .dual, presolve: Bool? = nil, timeLimit: Double? = nil, mipGap: Double? = nil,
        exact: Bool = false, ranging: Bool = false, captureLog: Bool = false, relaxIntegrality: Bool = false,
        passNames: Bool = false
    ) {
        self.method = method
        self.presolve = presolve
        self.timeLimit = timeLimit
        self.mipGap = mipGap
        self.exact = exact
        self.ranging = ranging
        self.captureLog = captureLog
        self.relaxIntegrality = relaxIntegrality
        self.passNames = passNames
    }
}
