/// A linear relation `lower ≤ expression ≤ upper`, produced by `<=`, `>=`, `==` and ``ranged(_:_:_:)``.
///
/// Infinite bounds mean "no bound": `expr <= 5` is `-∞ ≤ expr ≤ 5`.
public struct LinearRelation: Sendable {
    /// The constrained expression (its constant is moved into the bounds when stored in a model).
    public var expression: LinearExpression
    /// The lower bound (`-.infinity` when none).
    public var lower: Double
    /// The upper bound (`+.infinity` when none).
    public var upper: Double

    /// A relation `lower ≤ expression ≤ upper`.
    public init(_ expression: LinearExpression, lower: Double, upper: Double) {
        self.expression = expression
        self.lower = lower
        self.upper = upper
    }
}

/// The ranged relation `lower ≤ expression ≤ upper`.
public func ranged(_ lower: Double, _ expression: LinearExpression, _ upper: Double) -> LinearRelation {
    LinearRelation(expression, lower: lower, upper: upper)
}

public func <= (lhs: LinearExpression, rhs: Double) -> LinearRelation {
    LinearRelation(lhs, lower: -.infinity, upper: rhs)
}
public func >= (lhs: LinearExpression, rhs: Double) -> LinearRelation {
    LinearRelation(lhs, lower: rhs, upper: .infinity)
}
public func == (lhs: LinearExpression, rhs: Double) -> LinearRelation {
    LinearRelation(lhs, lower: rhs, upper: rhs)
}
public func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation { (lhs - rhs) <= 0 }
public func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation { (lhs - rhs) >= 0 }
public func <= (lhs: Variable, rhs: Double) -> LinearRelation { lhs.expression <= rhs }
public func >= (lhs: Variable, rhs: Double) -> LinearRelation { lhs.expression >= rhs }
public func == (lhs: Variable, rhs: Double) -> LinearRelation { lhs.expression == rhs }
public func <= (lhs: LinearExpression, rhs: Variable) -> LinearRelation { (lhs - rhs) <= 0 }
public func >= (lhs: LinearExpression, rhs: Variable) -> LinearRelation { (lhs - rhs) >= 0 }
public func <= (lhs: Variable, rhs: LinearExpression) -> LinearRelation { (lhs - rhs) <= 0 }
public func >= (lhs: Variable, rhs: LinearExpression) -> LinearRelation { (lhs - rhs) >= 0 }
