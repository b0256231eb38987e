/// Variables indexed by a product of two sets (`x[i, j]`, named `x(i,j)`), created by
/// ``Model/addVariables(_:over:_:lower:upper:kind:)``.
///
/// Lookups follow ``VariableFamily``: `x[i, j]`, ``row(_:)`` and ``column(_:)`` throw
/// ``ModelError/unknownIndex(_:family:)`` for an index outside its set; ``variable(at:_:)`` answers nil.
/// The family is a sequence of its variables, `i` major, so `x.sum()` is Σᵢⱼ xᵢⱼ.
public struct VariableFamily2<I: Hashable & Sendable, J: Hashable & Sendable>: Sequence, Sendable {
    /// The family's base name.
    public let name: String
    private let sets: (FamilyIndexSet<I>, FamilyIndexSet<J>)
    /// The variables, `i` major: `x[i, j]` is `variables[position(i) · second.count + position(j)]`.
    public let variables: [Variable]

    init(name: String, sets: (FamilyIndexSet<I>, FamilyIndexSet<J>), variables: [Variable]) {
        self.name = name
        self.sets = sets
        self.variables = variables
    }

    /// The first index set, in creation order.
    public var first: [I] { sets.0.indices }
    /// The second index set, in creation order.
    public var second: [J] { sets.1.indices }

    /// The variable at `(i, j)`.
    /// - Throws: ``ModelError/unknownIndex(_:family:)`` when `i` or `j` is not in its set.
    public subscript(_ i: I, _ j: J) -> Variable {
        get throws {
            guard let variable = variable(at: i, j) else { throw ModelError.unknownIndex("\(i),\(j)", family: name) }
            return variable
        }
    }

    /// The variable at `(i, j)`, or nil when either index is not in its set.
    public func variable(at i: I, _ j: J) -> Variable? {
        guard let p = sets.0.position(of: i), let q = sets.1.position(of: j) else { return nil }
        return variables[p * sets.1.count + q]
    }

    /// `x[i, j]` for every `j`, in order (JuMP's `x[i, :]`).
    /// - Throws: ``ModelError/unknownIndex(_:family:)`` when `i` is not in the first set.
    public func row(_ i: I) throws -> [Variable] {
        guard let p = sets.0.position(of: i) else { throw ModelError.unknownIndex("\(i),*", family: name) }
        return Array(variables[p * sets.1.count..<(p + 1) * sets.1.count])
    }

    /// `x[i, j]` for every `i`, in order (JuMP's `x[:, j]`).
    /// - Throws: ``ModelError/unknownIndex(_:family:)`` when `j` is not in the second set.
    public func column(_ j: J) throws -> [Variable] {
        guard let q = sets.1.position(of: j) else { throw ModelError.unknownIndex("*,\(j)", family: name) }
        return stride(from: q, to: variables.count, by: sets.1.count).map { variables[$0] }
    }

    /// The variables, `i` major.
    public func makeIterator() -> IndexingIterator<[Variable]> { variables.makeIterator() }
}

/// Variables indexed by a product of three sets (`x[i, j, k]`, named `x(i,j,k)`), created by
/// ``Model/addVariables(_:over:_:_:lower:upper:kind:)``; lookups follow ``VariableFamily``.
public struct VariableFamily3<I: Hashable & Sendable, J: Hashable & Sendable, K: Hashable & Sendable>: Sequence, Sendable {
    /// The family's base name.
    public let name: String
    private let sets: (FamilyIndexSet<I>, FamilyIndexSet<J>, FamilyIndexSet<K>)
    /// The variables, `i` major then `j`.
    public let variables: [Variable]

    init(name: String, sets: (FamilyIndexSet<I>, FamilyIndexSet<J>, FamilyIndexSet<K>), variables: [Variable]) {
        self.name = name
        self.sets = sets
        self.variables = variables
    }

    /// The first index set, in creation order.
    public var first: [I] { sets.0.indices }
    /// The second index set, in creation order.
    public var second: [J] { sets.1.indices }
    /// The third index set, in creation order.
    public var third: [K] { sets.2.indices }

    /// The variable at `(i, j, k)`.
    /// - Throws: ``ModelError/unknownIndex(_:family:)`` when an index is not in its set.
    public subscript(_ i: I, _ j: J, _ k: K) -> Variable {
        get throws {
            guard let variable = variable(at: i, j, k) else { throw ModelError.unknownIndex("\(i),\(j),\(k)", family: name) }
            return variable
        }
    }

    /// The variable at `(i, j, k)`, or nil when an index is not in its set.
    public func variable(at i: I, _ j: J, _ k: K) -> Variable? {
        guard let p = sets.0.position(of: i), let q = sets.1.position(of: j), let r = sets.2.position(of: k) else {
            return nil
        }
        return variables[(p * sets.1.count + q) * sets.2.count + r]
    }

    /// The variables, `i` major then `j`.
    public func makeIterator() -> IndexingIterator<[Variable]> { variables.makeIterator() }
}
