import WaterNexusModel

/// A linear program whose objective coefficients, constraint coefficients, right-hand sides and
/// variable bounds may be intervals (interval-parameter programming, Huang, Baetz & Patry 1992).
///
/// Variables must have a known sign wherever they meet an interval coefficient (lower bound ≥ 0 or
/// upper bound ≤ 0), so that the sign rules of ``submodel(_:links:elastic:)`` can decide which bound of each
/// coefficient is favourable. Equality rows must have point coefficients and right-hand side (write an
/// interval equality as two inequalities).
public struct IntervalLP: Sendable {
    /// How a variable of the second submodel is tied to its value in the first (see ``TwoStepSolver``).
    public enum Link: String, Sendable, CaseIterable {
        /// A first-stage decision: fixed at the first submodel's value (e.g. z of W = W⁻ + ΔW z).
        case fixed
        /// Huang's interactive rule: the second submodel's value stays on the side of the first value that
        /// the objective sign dictates (for max with c > 0: x⁻ ≤ x⁺_opt; with c < 0: x⁺ ≥ x⁻_opt).
        case bySign
        /// No tie: the second submodel chooses the variable freely.
        case free
    }

    /// A variable with interval bounds.
    public struct VariableSpec: Sendable {
        public var name: String
        public var lower: Interval
        public var upper: Interval
        public var link: Link
    }

    /// The sense of a row.
    public enum Relation: String, Sendable { case lessEqual = "<=", greaterEqual = ">=", equal = "=" }

    /// A row Σ a±ⱼ xⱼ (relation) b±.
    public struct Row: Sendable {
        public var name: String
        public var expression: IntervalExpression
        public var relation: Relation
        public var rhs: Interval
    }

    /// The problem's name (used for submodel names).
    public var name: String
    /// Maximize or minimize.
    public var sense: ObjectiveSense
    /// The variables, by index.
    public private(set) var variables: [VariableSpec] = []
    /// The rows, in order.
    public private(set) var rows: [Row] = []
    /// The interval objective.
    public var objective = IntervalExpression()
    private var names: Set<String> = []

    /// An empty problem.
    public init(name: String, sense: ObjectiveSense) {
        self.name = name
        self.sense = sense
    }

    /// Adds a variable with interval bounds and returns its index.
    /// - Throws: ``IntervalLPError`` for a repeated name or bounds that cannot hold.
    @discardableResult
    public mutating func addVariable(
        _ name: String, lower: Interval = .zero, upper: Interval = Interval(.infinity), link: Link = .bySign
    ) throws -> Int {
        try Model.validateName(name)
        guard names.insert(name).inserted else { throw IntervalLPError.duplicateName(name) }
        guard !lower.lower.isNaN, !upper.upper.isNaN, lower.lower <= upper.upper, lower.lower < .infinity,
              upper.upper > -.infinity else {
            throw IntervalLPError.invalidBounds(name, lower: lower, upper: upper)
        }
        variables.append(VariableSpec(name: name, lower: lower, upper: upper, link: link))
        return variables.count - 1
    }

    /// Adds the row `expression relation rhs`; the expression's interval constant moves to the right-hand
    /// side by interval subtraction.
    public mutating func addRow(
        _ name: String, _ expression: IntervalExpression, _ relation: Relation, _ rhs: Interval
    ) throws {
        try Model.validateName(name)
        guard names.insert(name).inserted else { throw IntervalLPError.duplicateName(name) }
        var moved = expression
        moved.constant = .zero
        let right = rhs - expression.constant
        for term in moved.terms where term.variable < 0 || term.variable >= variables.count {
            throw IntervalLPError.unknownVariable(term.variable, row: name)
        }
        if relation == .equal, !right.isPoint || moved.terms.contains(where: { !$0.coefficient.isPoint }) {
            throw IntervalLPError.intervalEquality(name)
        }
        rows.append(Row(name: name, expression: moved, relation: relation, rhs: right))
    }

    /// Throws unless every objective term refers to an existing variable (rows are checked when added).
    func checkObjective() throws {
        for term in objective.terms where term.variable < 0 || term.variable >= variables.count {
            throw IntervalLPError.unknownVariable(term.variable, row: "the objective")
        }
    }

    /// The sign of a variable: +1 if it cannot be negative, −1 if it cannot be positive, 0 if free.
    public func sign(of variable: Int) -> Int {
        let spec = variables[variable]
        if spec.lower.lower >= 0 { return 1 }
        if spec.upper.upper <= 0 { return -1 }
        return 0
    }

    /// The number of interval (non-point) parameters: coefficients, right-hand sides, bounds, objective.
    public var intervalParameterCount: Int {
        var count = objective.merged().filter { !$0.coefficient.isPoint }.count + (objective.constant.isPoint ? 0 : 1)
        for row in rows {
            count += row.expression.merged().filter { !$0.coefficient.isPoint }.count + (row.rhs.isPoint ? 0 : 1)
        }
        for v in variables { count += (v.lower.isPoint ? 0 : 1) + (v.upper.isPoint ? 0 : 1) }
        return count
    }
}

/// An ill-formed ``IntervalLP``: what is wrong, where, and what to do.
public enum IntervalLPError: Error, Sendable, CustomStringConvertible, Equatable {
    case duplicateName(String)
    case invalidBounds(String, lower: Interval, upper: Interval)
    case unknownVariable(Int, row: String)
    case intervalEquality(String)
    case signUnknown(variable: String, place: String)
    case tooManyVertices(parameters: Int, limit: Int)

    public var description: String {
        switch self {
        case let .duplicateName(name):
            return "duplicate name \"\(name)\" in the interval LP: every variable and row needs a unique name"
        case let .invalidBounds(name, lower, upper):
            return "invalid bounds on \"\(name)\": lower \(lower), upper \(upper); the lower interval must not lie above the upper one"
        case let .unknownVariable(index, row):
            return "\(row == "the objective" ? row : "row \"\(row)\"") refers to variable index \(index), which does not exist; add the variable first"
        case let .intervalEquality(row):
            return "row \"\(row)\" is an equality with interval coefficients or right-hand side; write it as two inequality rows"
        case let .tooManyVertices(parameters, limit):
            return "the interval box has \(parameters) interval parameters, more than \(limit) vertices; use caseBounds() or raise maxVertices"
        case let .signUnknown(variable, place):
            return "variable \"\(variable)\" may take both signs but has an interval coefficient in \(place); give it a bound at 0 or split it into positive and negative parts"
        }
    }
}
