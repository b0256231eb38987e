extension Model {
    /// Sets the objective: its sense, and `expression` (whose constant becomes the objective constant).
    /// - Complexity: O(variables + terms).
    public mutating func setObjective(_ sense: ObjectiveSense, _ expression: LinearExpression) throws {
        try checkExpression(expression, place: "the objective")
        objectiveSense = sense
        for k in objectiveCoefficients.indices { objectiveCoefficients[k] = 0 }
        for (index, coefficient) in zip(expression.indices, expression.coefficients) {
            objectiveCoefficients[index] += coefficient
        }
        objectiveConstant = expression.constant
    }

    /// Changes one objective coefficient.
    public mutating func setObjectiveCoefficient(of variable: Variable, to value: Double) throws {
        try checkVariable(variable)
        guard value.isFinite else { throw ModelError.nonFiniteNumber("the objective coefficient of \(name(of: variable))") }
        objectiveCoefficients[variable.index] = value
    }

    /// Changes the objective's sense, keeping its coefficients.
    public mutating func setObjectiveSense(_ sense: ObjectiveSense) { objectiveSense = sense }

    /// Changes the objective's constant.
    public mutating func setObjectiveConstant(_ value: Double) throws {
        guard value.isFinite else { throw ModelError.nonFiniteNumber("the objective constant") }
        objectiveConstant = value
    }

    /// The objective coefficient of a variable.
    public func objectiveCoefficient(of variable: Variable) -> Double { objectiveCoefficients[variable.index] }

    /// The objective as an expression (nonzero terms in column order, plus the constant).
    public var objective: LinearExpression {
        var expression = LinearExpression(constant: objectiveConstant)
        for (index, coefficient) in objectiveCoefficients.enumerated() where coefficient != 0 {
            expression.add(Variable(index: index), coefficient)
        }
        return expression
    }
}
