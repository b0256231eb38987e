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

// `<=`, `>=` and `==` between any two of Variable, LinearExpression, Double and Int build a
// ``LinearRelation`` (none answers `Bool`; `==` between two variables or two expressions still answers
// `Bool` where a `Bool` is expected, through `Equatable`). Two expressions give `lhs − rhs ⋚ 0`; a
// number on either side becomes the bound
// (`4 >= x + y` is `x + y <= 4`).

/// The relation `expression ⋚ bound` for `sense` `.lessOrEqual`, `.greaterOrEqual` or `.equal`.
@inline(__always)
func relation(_ expression: LinearExpression, _ sense: RelationSense, _ bound: Double) -> LinearRelation {
    switch sense {
    case .lessOrEqual: LinearRelation(expression, lower: -.infinity, upper: bound)
    case .greaterOrEqual: LinearRelation(expression, lower: bound, upper: .infinity)
    case .equal: LinearRelation(expression, lower: bound, upper: bound)
    }
}

/// The three senses of a relational operator.
enum RelationSense {
    case lessOrEqual, greaterOrEqual, equal
}

public func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation { relation(lhs - rhs, .lessOrEqual, 0) }
public func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation { relation(lhs - rhs, .greaterOrEqual, 0) }
public func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation { relation(lhs - rhs, .equal, 0) }
public func <= (lhs: LinearExpression, rhs: Variable) -> LinearRelation { relation(lhs - rhs, .lessOrEqual, 0) }
public func >= (lhs: LinearExpression, rhs: Variable) -> LinearRelation { relation(lhs - rhs, .greaterOrEqual, 0) }
public func == (lhs: LinearExpression, rhs: Variable) -> LinearRelation { relation(lhs - rhs, .equal, 0) }
public func <= (lhs: Variable, rhs: LinearExpression) -> LinearRelation { relation(lhs.expression - rhs, .lessOrEqual, 0) }
public func >= (lhs: Variable, rhs: LinearExpression) -> LinearRelation { relation(lhs.expression - rhs, .greaterOrEqual, 0) }
public func == (lhs: Variable, rhs: LinearExpression) -> LinearRelation { relation(lhs.expression - rhs, .equal, 0) }
public func <= (lhs: Variable, rhs: Variable) -> LinearRelation { relation(lhs.expression - rhs, .lessOrEqual, 0) }
public func >= (lhs: Variable, rhs: Variable) -> LinearRelation { relation(lhs.expression - rhs, .greaterOrEqual, 0) }
public func == (lhs: Variable, rhs: Variable) -> LinearRelation { relation(lhs.expression - rhs, .equal, 0) }
public func <= (lhs: LinearExpression, rhs: Double) -> LinearRelation { relation(lhs, .lessOrEqual, rhs) }
public func >= (lhs: LinearExpression, rhs: Double) -> LinearRelation { relation(lhs, .greaterOrEqual, rhs) }
public func == (lhs: LinearExpression, rhs: Double) -> LinearRelation { relation(lhs, .equal, rhs) }
public func <= (lhs: LinearExpression, rhs: Int) -> LinearRelation { relation(lhs, .lessOrEqual, Double(rhs)) }
public func >= (lhs: LinearExpression, rhs: Int) -> LinearRelation { relation(lhs, .greaterOrEqual, Double(rhs)) }
public func == (lhs: LinearExpression, rhs: Int) -> LinearRelation { relation(lhs, .equal, Double(rhs)) }
public func <= (lhs: Variable, rhs: Double) -> LinearRelation { relation(lhs.expression, .lessOrEqual, rhs) }
public func >= (lhs: Variable, rhs: Double) -> LinearRelation { relation(lhs.expression, .greaterOrEqual, rhs) }
public func == (lhs: Variable, rhs: Double) -> LinearRelation { relation(lhs.expression, .equal, rhs) }
public func <= (lhs: Variable, rhs: Int) -> LinearRelation { relation(lhs.expression, .lessOrEqual, Double(rhs)) }
public func >= (lhs: Variable, rhs: Int) -> LinearRelation { relation(lhs.expression, .greaterOrEqual, Double(rhs)) }
public func == (lhs: Variable, rhs: Int) -> LinearRelation { relation(lhs.expression, .equal, Double(rhs)) }
public func <= (lhs: Double, rhs: LinearExpression) -> LinearRelation { relation(rhs, .greaterOrEqual, lhs) }
public func >= (lhs: Double, rhs: LinearExpression) -> LinearRelation { relation(rhs, .lessOrEqual, lhs) }
public func == (lhs: Double, rhs: LinearExpression) -> LinearRelation { relation(rhs, .equal, lhs) }
public func <= (lhs: Int, rhs: LinearExpression) -> LinearRelation { relation(rhs, .greaterOrEqual, Double(lhs)) }
public func >= (lhs: Int, rhs: LinearExpression) -> LinearRelation { relation(rhs, .lessOrEqual, Double(lhs)) }
public func == (lhs: Int, rhs: LinearExpression) -> LinearRelation { relation(rhs, .equal, Double(lhs)) }
public func <= (lhs: Double, rhs: Variable) -> LinearRelation { relation(rhs.expression, .greaterOrEqual, lhs) }
public func >= (lhs: Double, rhs: Variable) -> LinearRelation { relation(rhs.expression, .lessOrEqual, lhs) }
public func == (lhs: Double, rhs: Variable) -> LinearRelation { relation(rhs.expression, .equal, lhs) }
public func <= (lhs: Int, rhs: Variable) -> LinearRelation { relation(rhs.expression, .greaterOrEqual, Double(lhs)) }
public func >= (lhs: Int, rhs: Variable) -> LinearRelation { relation(rhs.expression, .lessOrEqual, Double(lhs)) }
public func == (lhs: Int, rhs: Variable) -> LinearRelation { relation(rhs.expression, .equal, Double(lhs)) }
