/// Variables indexed by one set, created by ``Model/addVariables(_:over:label:lower:upper:kind:)``.
///
/// `x[i]` throws ``ModelError/unknownIndex(_:family:)`` for an index outside the set, like every
/// lookup by key in this package; ``variable(at:)`` answers nil instead. A family is a sequence of its
/// variables in index order, so `x.sum()` is Σᵢ xᵢ.
public struct VariableFamily<Index: Hashable & Sendable>: Sequence, Sendable {
    /// The family's base name.
    public let name: String
    private let indexSet: FamilyIndexSet<Index>
    /// The variables, parallel to ``indices``.
    public let variables: [Variable]

    init(name: String, indices: FamilyIndexSet<Index>, variables: [Variable]) {
        self.name = name
        self.indexSet = indices
        self.variables = variables
    }

    /// The index set, in creation order.
    public var indices: [Index] { indexSet.indices }

    /// The variable at `index`.
    /// - Throws: ``ModelError/unknownIndex(_:family:)`` when `index` is not in the family.
    public subscript(_ index: Index) -> Variable {
        get throws {
            guard let variable = variable(at: index) else { throw ModelError.unknownIndex("\(index)", family: name) }
            return variable
        }
    }

    /// The variable at `index`, or nil when the index is not in the family.
    public func variable(at index: Index) -> Variable? { indexSet.position(of: index).map { variables[$0] } }

    /// The variables in index order.
    public func makeIterator() -> IndexingIterator<[Variable]> { variables.makeIterator() }
}
