/// A decision variable of a ``Model``: a light handle (its column number in that model).
///
/// `Variable` is deliberately not `Comparable`: `x <= y` builds a ``LinearRelation`` (a constraint),
/// never a `Bool`. Compare ``index`` to order variables by column.
public struct Variable: Hashable, Sendable {
    /// The variable's 0-based column number in its model.
    public let index: Int

    /// Wraps a column number; use ``Model/addVariable(_:lower:upper:kind:)`` to create variables.
    public init(index: Int) { self.index = index }
}

/// Whether a variable is continuous, integer, or binary (integer in [0, 1]).
public enum VariableKind: String, Sendable, Hashable, CaseIterable {
    case continuous, integer, binary
}

/// A constraint (row) of a ``Model``: a light handle (its row number in that model).
public struct Constraint: Hashable, Sendable, Comparable {
    /// The constraint's 0-based row number in its model.
    public let index: Int

    /// Wraps a row number; use ``Model/addConstraint(_:_:)`` to create constraints.
    public init(index: Int) { self.index = index }

    public static func < (lhs: Constraint, rhs: Constraint) -> Bool { lhs.index < rhs.index }
}
