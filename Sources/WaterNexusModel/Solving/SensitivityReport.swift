/// Sensitivity ranges of an LP optimum: over each range the optimal basis stays optimal.
public struct SensitivityReport: Sendable {
    /// Ranging of one variable's objective coefficient.
    public struct CostRange: Sendable {
        public var variable: Variable
        public var coefficient: Double
        public var lower: Double
        public var upper: Double

        /// A range with every field named.
        public init(variable: Variable, coefficient: Double, lower: Double, upper: Double) {
            self.variable = variable
            self.coefficient = coefficient
            self.lower = lower
            self.upper = upper
        }
    }

    /// Ranging of one constraint's active bound (its right-hand side).
    public struct BoundRange: Sendable {
        public var constraint: Constraint
        public var activity: Double
        /// Whether the row is active (nonbasic): only then does its bound price the objective.
        public var active: Bool
        public var lower: Double
        public var upper: Double

        /// A range with every field named.
        public init(constraint: Constraint, activity: Double, active: Bool, lower: Double, upper: Double) {
            self.constraint = constraint
            self.activity = activity
            self.active = active
            self.lower = lower
            self.upper = upper
        }
    }

    /// One entry per variable, in column order.
    public var costs: [CostRange]
    /// One entry per constraint, in row order.
    public var bounds: [BoundRange]

    /// A report with one cost range per variable and one bound range per constraint.
    public init(costs: [CostRange], bounds: [BoundRange]) {
        self.costs = costs
        self.bounds = bounds
    }
}
