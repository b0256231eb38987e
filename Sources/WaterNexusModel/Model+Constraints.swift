extension Model {
    func checkConstraint(_ constraint: Constraint) throws {
        guard constraint.index >= 0, constraint.index < constraintCount else {
            throw ModelError.unknownConstraint(index: constraint.index, count: constraintCount)
        }
    }

    /// Checks an expression's variables and numbers; `place` names it in errors.
    func checkExpression(_ expression: LinearExpression, place: @autoclosure () -> String) throws {
        guard expression.constant.isFinite else { throw ModelError.nonFiniteNumber("the constant of \(place())") }
        for (index, coefficient) in zip(expression.indices, expression.coefficients) {
            guard index >= 0, index < variableCount else {
                throw ModelError.unknownVariable(index: index, count: variableCount)
            }
            guard coefficient.isFinite else {
                throw ModelError.nonFiniteNumber("the coefficient of \(name(of: Variable(index: index))) in \(place())")
            }
        }
    }

    /// Adds the constraint `relation` (its expression's constant moves into the bounds).
    /// - Parameters:
    ///   - name: a unique name, or `nil` for the default `_r<n>`.
    ///   - relation: built with `<=`, `>=`, `==` or ``ranged(_:_:_:)``; both bounds infinite gives a free row.
    /// - Complexity: O(k log k) in the relation's k terms.
    @discardableResult
    public mutating func addConstraint(_ name: String?, _ relation: LinearRelation) throws -> Constraint {
        let index = constraintCount
        let label = name ?? "_r\(index + 1)"
        try checkExpression(relation.expression, place: "constraint \(label)")
        let shift = relation.expression.constant
        let lower = relation.lower - shift, upper = relation.upper - shift
        try Model.checkBounds(lower, upper, name: label)
        if let name {
            try Model.validateName(name)
            guard rowByName[name] == nil else { throw ModelError.duplicateName(name, kind: "constraint") }
            rowByName[name] = index
        }
        rowNames.append(name)
        rowLower.append(lower)
        rowUpper.append(upper)
        appendMergedRow(relation.expression)
        return Constraint(index: index)
    }

    /// Appends an expression's terms as the next row: sorted by column, repeated columns summed,
    /// zero coefficients dropped. Terms already in increasing column order are copied as they are.
    mutating func appendMergedRow(_ expression: LinearExpression) {
        if expression.isStrictlyIncreasing {
            for (index, coefficient) in zip(expression.indices, expression.coefficients) where coefficient != 0 {
                rowColumns.append(Int32(index))
                rowValues.append(coefficient)
            }
        } else {
            var terms = zip(expression.indices, expression.coefficients).map { (column: Int32($0), value: $1) }
            terms.sort { $0.column < $1.column }
            var k = 0
            while k < terms.count {
                let column = terms[k].column
                var sum = 0.0
                while k < terms.count && terms[k].column == column {
                    sum += terms[k].value
                    k += 1
                }
                if sum != 0 {
                    rowColumns.append(column)
                    rowValues.append(sum)
                }
            }
        }
        rowStart.append(rowValues.count)
    }

    /// Adds an unnamed constraint.
    @discardableResult
    public mutating func addConstraint(_ relation: LinearRelation) throws -> Constraint {
        try addConstraint(nil, relation)
    }

    /// The bounds of a constraint (`-.infinity` / `.infinity` when absent).
    public func bounds(of constraint: Constraint) -> (lower: Double, upper: Double) {
        (rowLower[constraint.index], rowUpper[constraint.index])
    }

    /// Changes a constraint's bounds (a ranged row has two finite bounds; a free row none).
    public mutating func setBounds(of constraint: Constraint, lower: Double, upper: Double) throws {
        try checkConstraint(constraint)
        try Model.checkBounds(lower, upper, name: name(of: constraint))
        rowLower[constraint.index] = lower
        rowUpper[constraint.index] = upper
    }

    /// The row's terms, sorted by column, one per variable.
    public func expression(of constraint: Constraint) -> LinearExpression {
        let range = rowStart[constraint.index]..<rowStart[constraint.index + 1]
        return LinearExpression(terms: range.lazy.map { (Variable(index: Int(self.rowColumns[$0])), self.rowValues[$0]) })
    }

    /// The coefficient of `variable` in `constraint` (0 when absent).
    /// - Complexity: O(log k) in the row's k terms.
    public func coefficient(of variable: Variable, in constraint: Constraint) -> Double {
        position(of: variable, in: constraint).found.map { rowValues[$0] } ?? 0
    }

    private func position(of variable: Variable, in constraint: Constraint) -> (found: Int?, insertAt: Int) {
        var low = rowStart[constraint.index], high = rowStart[constraint.index + 1]
        let target = Int32(variable.index)
        while low < high {
            let middle = (low + high) / 2
            if rowColumns[middle] < target { low = middle + 1 } else { high = middle }
        }
        let found = low < rowStart[constraint.index + 1] && rowColumns[low] == target
        return (found ? low : nil, low)
    }

    /// Sets the coefficient of `variable` in `constraint`; 0 removes the term.
    /// - Complexity: O(log k) to change an existing term; O(nonzeros) to insert or remove one.
    public mutating func setCoefficient(of variable: Variable, in constraint: Constraint, to value: Double) throws {
        try checkVariable(variable)
        try checkConstraint(constraint)
        guard value.isFinite else { throw ModelError.nonFiniteNumber("the coefficient of \(name(of: variable)) in \(name(of: constraint))") }
        let (found, insertAt) = position(of: variable, in: constraint)
        if let found {
            if value != 0 {
                rowValues[found] = value
                return
            }
            rowColumns.remove(at: found)
            rowValues.remove(at: found)
            for r in (constraint.index + 1)..<rowStart.count { rowStart[r] -= 1 }
        } else if value != 0 {
            rowColumns.insert(Int32(variable.index), at: insertAt)
            rowValues.insert(value, at: insertAt)
            for r in (constraint.index + 1)..<rowStart.count { rowStart[r] += 1 }
        }
    }

    /// Removes a constraint; later constraints move up by one row (their handles shift).
    /// - Complexity: O(nonzeros + rows).
    public mutating func removeConstraint(_ constraint: Constraint) throws {
        try checkConstraint(constraint)
        let i = constraint.index
        let begin = rowStart[i], end = rowStart[i + 1], width = end - begin
        rowColumns.removeSubrange(begin..<end)
        rowValues.removeSubrange(begin..<end)
        rowStart.remove(at: i + 1)
        for r in (i + 1)..<rowStart.count { rowStart[r] -= width }
        if let name = rowNames[i] { rowByName[name] = nil }
        rowNames.remove(at: i)
        rowLower.remove(at: i)
        rowUpper.remove(at: i)
        for (name, index) in rowByName where index > i { rowByName[name] = index - 1 }
    }
}
