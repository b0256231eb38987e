/// A product term `coefficient · first · second` of a quadratic constraint (`first == second` is a square).
public struct QuadraticTerm: Sendable, Equatable {
    public var coefficient: Double
    public var first: Variable
    public var second: Variable

    /// The term `coefficient · first · second`.
    public init(_ coefficient: Double, _ first: Variable, _ second: Variable) {
        self.coefficient = coefficient
        self.first = first
        self.second = second
    }
}

/// A linear ``Model`` plus product terms in some of its rows: a quadratically constrained program (QCP),
/// written for solvers that handle such rows (CPLEX LP with `[ … ]` terms, free MPS with `QCMATRIX`).
///
/// The rows that carry product terms are ordinary rows of ``model`` holding their linear part; ``model``
/// alone is therefore not the QCP (solving it would drop the products). GLPK cannot solve a QCP: this type
/// only exists to be written to a file.
public struct QuadraticModel: Sendable {
    /// The variables, the objective, the linear rows, and the linear parts of the quadratic rows.
    public private(set) var model: Model
    /// The product terms per quadratic row, in row order.
    public private(set) var quadraticRows: [(constraint: Constraint, terms: [QuadraticTerm])] = []

    /// A QCP whose linear part is `model` (no product terms yet).
    public init(_ model: Model) { self.model = model }

    /// Adds the row `lower ≤ relation.expression + Σ terms ≤ upper` (bounds from `relation`).
    /// - Throws: ``ModelError`` for a bad name, a non-finite number or a variable of another model.
    /// - Complexity: O(k log k + q) for k linear and q product terms.
    @discardableResult
    public mutating func addConstraint(_ name: String, _ relation: LinearRelation, quadratic terms: [QuadraticTerm]) throws -> Constraint {
        for term in terms {
            guard term.coefficient.isFinite else { throw ModelError.nonFiniteNumber("a product coefficient of constraint \(name)") }
            for variable in [term.first, term.second] where variable.index < 0 || variable.index >= model.variableCount {
                throw ModelError.unknownVariable(index: variable.index, count: model.variableCount)
            }
        }
        let row = try model.addConstraint(name, relation)
        quadraticRows.append((row, terms))
        return row
    }

    /// The product terms of row `r`, keyed by row number (empty for linear rows).
    var termsByRow: [Int: [QuadraticTerm]] {
        Dictionary(quadraticRows.map { ($0.constraint.index, $0.terms) }, uniquingKeysWith: +)
    }
}
