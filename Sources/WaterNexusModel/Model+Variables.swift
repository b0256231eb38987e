extension Model {
    static func checkBounds(_ lower: Double, _ upper: Double, name: @autoclosure () -> String) throws {
        guard !lower.isNaN, !upper.isNaN, lower <= upper, lower < .infinity, upper > -.infinity else {
            throw ModelError.invalidBounds(name: name(), lower: lower, upper: upper)
        }
    }

    func checkVariable(_ variable: Variable) throws {
        guard variable.index >= 0, variable.index < variableCount else {
            throw ModelError.unknownVariable(index: variable.index, count: variableCount)
        }
    }

    /// Adds a variable.
    /// - Parameters:
    ///   - name: a unique name (see ``validateName(_:)``), or `nil` for the default `_c<n>`.
    ///   - lower: lower bound (`-.infinity` for none); default 0.
    ///   - upper: upper bound (`.infinity` for none).
    ///   - kind: continuous, integer or binary; a binary variable's bounds must lie in [0, 1].
    /// - Complexity: O(1) amortized.
    @discardableResult
    public mutating func addVariable(
        _ name: String? = nil, lower: Double = 0, upper: Double = .infinity, kind: VariableKind = .continuous
    ) throws -> Variable {
        let index = variableCount
        var lower = lower, upper = upper
        if kind == .binary {
            lower = max(lower, 0)
            upper = min(upper, 1)
        }
        try Model.checkBounds(lower, upper, name: name ?? "_c\(index + 1)")
        if let name {
            try Model.validateName(name)
            guard columnByName[name] == nil else { throw ModelError.duplicateName(name, kind: "variable") }
            columnByName[name] = index
        }
        columnNames.append(name)
        columnLower.append(lower)
        columnUpper.append(upper)
        columnKinds.append(kind)
        objectiveCoefficients.append(0)
        return Variable(index: index)
    }

    /// Adds `count` unnamed variables with the same bounds and kind (the fast path for big models).
    /// - Complexity: O(count).
    @discardableResult
    public mutating func addVariables(
        count: Int, lower: Double = 0, upper: Double = .infinity, kind: VariableKind = .continuous
    ) throws -> [Variable] {
        try Model.checkBounds(lower, upper, name: "_c\(variableCount + 1)")
        let first = variableCount
        columnNames.append(contentsOf: repeatElement(nil, count: count))
        columnLower.append(contentsOf: repeatElement(kind == .binary ? max(lower, 0) : lower, count: count))
        columnUpper.append(contentsOf: repeatElement(kind == .binary ? min(upper, 1) : upper, count: count))
        columnKinds.append(contentsOf: repeatElement(kind, count: count))
        objectiveCoefficients.append(contentsOf: repeatElement(0, count: count))
        return (first..<first + count).map(Variable.init(index:))
    }

    /// The bounds of a variable.
    public func bounds(of variable: Variable) -> (lower: Double, upper: Double) {
        (columnLower[variable.index], columnUpper[variable.index])
    }

    /// The kind of a variable.
    public func kind(of variable: Variable) -> VariableKind { columnKinds[variable.index] }

    /// Changes a variable's bounds.
    public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) throws {
        try checkVariable(variable)
        try Model.checkBounds(lower, upper, name: name(of: variable))
        columnLower[variable.index] = lower
        columnUpper[variable.index] = upper
    }

    /// Changes a variable's kind (binary also clamps its bounds to [0, 1]).
    public mutating func setKind(of variable: Variable, to kind: VariableKind) throws {
        try checkVariable(variable)
        if kind == .binary {
            let lower = max(columnLower[variable.index], 0), upper = min(columnUpper[variable.index], 1)
            try Model.checkBounds(lower, upper, name: name(of: variable))
            columnLower[variable.index] = lower
            columnUpper[variable.index] = upper
        }
        columnKinds[variable.index] = kind
    }
}
