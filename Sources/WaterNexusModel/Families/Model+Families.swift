extension Model {
    /// Adds one variable per index, named `base(label)`.
    /// - Parameters:
    ///   - base: the family's name.
    ///   - indices: the index set, in order; must not repeat.
    ///   - label: the text inside the parentheses of each name (default: the index's description).
    ///   - lower: every variable's lower bound (default 0).
    ///   - upper: every variable's upper bound (default `.infinity`, none).
    ///   - kind: continuous (default), integer or binary.
    /// - Throws: ``ModelError`` for a repeated index, bad bounds, or a name that breaks the naming rules.
    @discardableResult
    public mutating func addVariables<Index: Hashable & Sendable>(
        _ base: String, over indices: some Sequence<Index>, label: (Index) -> String = { "\($0)" },
        lower: Double = 0, upper: Double = .infinity, kind: VariableKind = .continuous
    ) throws -> VariableFamily<Index> {
        let indices = Array(indices)
        let position = try FamilyIndexSet(indices, family: base)
        let variables = try addNamedVariables(base, count: indices.count, lower: lower, upper: upper, kind: kind) {
            label(indices[$0])
        }
        return VariableFamily(name: base, indices: position, variables: variables)
    }

    /// Adds one variable per pair (i, j) of `first` × `second`, named `base(i,j)`; subscript the result
    /// as `x[i, j]`.
    /// - Throws: ``ModelError`` for a repeated index, bad bounds, or a name that breaks the naming rules.
    @discardableResult
    public mutating func addVariables<I: Hashable & Sendable, J: Hashable & Sendable>(
        _ base: String, over first: some Sequence<I>, _ second: some Sequence<J>,
        lower: Double = 0, upper: Double = .infinity, kind: VariableKind = .continuous
    ) throws -> VariableFamily2<I, J> {
        let sets = (try FamilyIndexSet(Array(first), family: base), try FamilyIndexSet(Array(second), family: base))
        let n = sets.1.count
        let variables = try addNamedVariables(base, count: sets.0.count * n, lower: lower, upper: upper, kind: kind) {
            "\(sets.0.indices[$0 / n]),\(sets.1.indices[$0 % n])"
        }
        return VariableFamily2(name: base, sets: sets, variables: variables)
    }

    /// Adds one variable per triple (i, j, k) of `first` × `second` × `third`, named `base(i,j,k)`;
    /// subscript the result as `x[i, j, k]`.
    /// - Throws: ``ModelError`` for a repeated index, bad bounds, or a name that breaks the naming rules.
    @discardableResult
    public mutating func addVariables<I: Hashable & Sendable, J: Hashable & Sendable, K: Hashable & Sendable>(
        _ base: String, over first: some Sequence<I>, _ second: some Sequence<J>, _ third: some Sequence<K>,
        lower: Double = 0, upper: Double = .infinity, kind: VariableKind = .continuous
    ) throws -> VariableFamily3<I, J, K> {
        let sets = (
            try FamilyIndexSet(Array(first), family: base), try FamilyIndexSet(Array(second), family: base),
            try FamilyIndexSet(Array(third), family: base)
        )
        let n = sets.1.count, m = sets.2.count
        let variables = try addNamedVariables(base, count: sets.0.count * n * m, lower: lower, upper: upper, kind: kind) {
            "\(sets.0.indices[$0 / (n * m)]),\(sets.1.indices[$0 / m % n]),\(sets.2.indices[$0 % m])"
        }
        return VariableFamily3(name: base, sets: sets, variables: variables)
    }

    /// Adds `count` variables named `base(label(k))` for k in 0..<count.
    private mutating func addNamedVariables(
        _ base: String, count: Int, lower: Double, upper: Double, kind: VariableKind, label: (Int) -> String
    ) throws -> [Variable] {
        try Model.validateName(base)
        var variables: [Variable] = []
        variables.reserveCapacity(count)
        for k in 0..<count {
            variables.append(try addVariable("\(base)(\(label(k)))", lower: lower, upper: upper, kind: kind))
        }
        return variables
    }
}
