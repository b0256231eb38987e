/// The result of one solve, by any ``LinearSolver``. Arrays are indexed by column (variables) or row
/// (constraints) number and are empty when the solver produced no solution.
public struct Solution: Sendable {
    /// What the solve established.
    public var status: SolveStatus
    /// Whether ``values`` holds a solution (optimal, or feasible/time-limited with an incumbent).
    public var hasSolution: Bool
    /// Whether the model was solved as a MIP.
    public var isMIP: Bool
    /// The objective value, constant included (nil without a solution).
    public var objective: Double?
    /// Primal values by column.
    public var values: [Double]
    /// Row activities Σ a·x by row.
    public var rowActivities: [Double]
    /// Row duals (the objective's rate of change per unit increase of the active bound, GLPK's and HiGHS's
    /// sign convention). LP only.
    public var duals: [Double]
    /// Reduced costs by column. LP only.
    public var reducedCosts: [Double]
    /// The best bound on the optimum known at the end of branch-and-cut (MIP only).
    public var bestBound: Double?
    /// The relative gap |objective − bestBound| / (ε + |objective|) (MIP only).
    public var gap: Double?
    /// The exact rational simplex's verdict, when asked for.
    public var exactCertificate: ExactCertificate?
    /// Sensitivity ranges, when asked for.
    public var ranges: SensitivityReport?
    /// For an unbounded LP: a direction d (by column) with A·d inside the rows' recession cone along
    /// which the objective improves without bound (nil when GLPK did not name one).
    public var unboundedRay: [Double]? = nil
    /// One line per retry, when GLPK failed inside branch-and-cut (an internal error or a numerical
    /// failure) and the verdict came from retrying differently; empty when the first attempt decided.
    public var retries: [String] = []
    /// GLPK's terminal output, when captured (retry notes appended).
    public var log: String
    /// The algorithm that produced the solution.
    public var method: String

    /// A solution with every field named; a solver fills what it established (the rest stays empty).
    public init(
        status: SolveStatus, hasSolution: Bool, isMIP: Bool = false, objective: Double? = nil,
        values: [Double] = [], rowActivities: [Double] = [], duals: [Double] = [], reducedCosts: [Double] = [],
        bestBound: Double? = nil, gap: Double? = nil, exactCertificate: ExactCertificate? = nil,
        ranges: SensitivityReport? = nil, unboundedRay: [Double]? = nil, retries: [String] = [], log: String = "",
        method: String = ""
    ) {
        self.status = status
        self.hasSolution = hasSolution
        self.isMIP = isMIP
        self.objective = objective
        self.values = values
        self.rowActivities = rowActivities
        self.duals = duals
        self.reducedCosts = reducedCosts
        self.bestBound = bestBound
        self.gap = gap
        self.exactCertificate = exactCertificate
        self.ranges = ranges
        self.unboundedRay = unboundedRay
        self.retries = retries
        self.log = log
        self.method = method
    }

    /// The value of a variable (NaN without a solution).
    public func value(_ variable: Variable) -> Double {
        hasSolution ? values[variable.index] : .nan
    }

    /// The value of an expression at this solution (NaN without a solution).
    public func value(_ expression: LinearExpression) -> Double {
        hasSolution ? expression.value(at: values) : .nan
    }

    /// The dual value (shadow price) of a constraint: the objective's rate of change per unit increase
    /// of the constraint's active bound. NaN when there is none (a MIP, or no LP optimum).
    public func dual(_ constraint: Constraint) -> Double {
        duals.indices.contains(constraint.index) ? duals[constraint.index] : .nan
    }

    /// The reduced cost of a variable: the objective's rate of change per unit increase of the
    /// variable's active bound. NaN when there is none (a MIP, or no LP optimum).
    public func reducedCost(_ variable: Variable) -> Double {
        reducedCosts.indices.contains(variable.index) ? reducedCosts[variable.index] : .nan
    }
}

/// The exact (rational arithmetic) simplex's verdict on an LP.
public struct ExactCertificate: Sendable {
    /// The status the exact simplex reached.
    public var status: SolveStatus
    /// Its objective value (nil if not optimal).
    public var objective: Double?
    /// |exact − floating-point| objective difference (nil if either is missing).
    public var difference: Double?

    /// A verdict with every field named.
    public init(status: SolveStatus, objective: Double?, difference: Double?) {
        self.status = status
        self.objective = objective
        self.difference = difference
    }
}
