// Operators on variables and linear expressions. `+` and `-` consume their left operand, so a chain
// `a + b + c + …` appends in place and stays linear in the number of terms.

extension Variable {
    /// This variable as an expression with coefficient 1.
    public var expression: LinearExpression { LinearExpression(self) }
}

public func += (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs) }
public func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(rhs) }
public func += (lhs: inout LinearExpression, rhs: Double) { lhs.constant += rhs }
public func -= (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs, scale: -1) }
public func -= (lhs: inout LinearExpression, rhs: Variable) { lhs.add(rhs, -1) }
public func -= (lhs: inout LinearExpression, rhs: Double) { lhs.constant -= rhs }

public func + (lhs: consuming LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var result = lhs
    result.add(rhs)
    return result
}
public func + (lhs: consuming LinearExpression, rhs: Variable) -> LinearExpression {
    var result = lhs
    result.add(rhs)
    return result
}
public func + (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
    var result = lhs
    result.constant += rhs
    return result
}
public func + (lhs: Variable, rhs: Variable) -> LinearExpression {
    var result = LinearExpression(lhs)
    result.add(rhs)
    return result
}
public func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
    var result = LinearExpression(lhs)
    result.add(rhs)
    return result
}
public func + (lhs: Variable, rhs: Double) -> LinearExpression { LinearExpression(lhs) + rhs }
public func + (lhs: Double, rhs: LinearExpression) -> LinearExpression { rhs + lhs }
public func + (lhs: Double, rhs: Variable) -> LinearExpression { LinearExpression(rhs) + lhs }

public func - (lhs: consuming LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var result = lhs
    result.add(rhs, scale: -1)
    return result
}
public func - (lhs: consuming LinearExpression, rhs: Variable) -> LinearExpression {
    var result = lhs
    result.add(rhs, -1)
    return result
}
public func - (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
    var result = lhs
    result.constant -= rhs
    return result
}
public func - (lhs: Variable, rhs: Variable) -> LinearExpression {
    var result = LinearExpression(lhs)
    result.add(rhs, -1)
    return result
}
public func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
    var result = LinearExpression(lhs)
    result.add(rhs, scale: -1)
    return result
}
public func - (lhs: Variable, rhs: Double) -> LinearExpression { LinearExpression(lhs) - rhs }
public func - (lhs: Double, rhs: LinearExpression) -> LinearExpression {
    var result = LinearExpression(constant: lhs)
    result.add(rhs, scale: -1)
    return result
}
public func - (lhs: Double, rhs: Variable) -> LinearExpression { LinearExpression(rhs, coefficient: -1) + lhs }
public prefix func - (operand: LinearExpression) -> LinearExpression {
    var result = operand
    result.scale(by: -1)
    return result
}
public prefix func - (operand: Variable) -> LinearExpression { LinearExpression(operand, coefficient: -1) }

public func * (lhs: Double, rhs: Variable) -> LinearExpression { LinearExpression(rhs, coefficient: lhs) }
public func * (lhs: Variable, rhs: Double) -> LinearExpression { LinearExpression(lhs, coefficient: rhs) }
public func * (lhs: Double, rhs: consuming LinearExpression) -> LinearExpression {
    var result = rhs
    result.scale(by: lhs)
    return result
}
public func * (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
    var result = lhs
    result.scale(by: rhs)
    return result
}

// `Int` data (counts, capacities, unit costs) works wherever a `Double` does.
public func += (lhs: inout LinearExpression, rhs: Int) { lhs.constant += Double(rhs) }
public func -= (lhs: inout LinearExpression, rhs: Int) { lhs.constant -= Double(rhs) }
public func + (lhs: consuming LinearExpression, rhs: Int) -> LinearExpression { lhs + Double(rhs) }
public func + (lhs: Variable, rhs: Int) -> LinearExpression { LinearExpression(lhs) + Double(rhs) }
public func + (lhs: Int, rhs: LinearExpression) -> LinearExpression { rhs + Double(lhs) }
public func + (lhs: Int, rhs: Variable) -> LinearExpression { LinearExpression(rhs) + Double(lhs) }
public func - (lhs: consuming LinearExpression, rhs: Int) -> LinearExpression { lhs - Double(rhs) }
public func - (lhs: Variable, rhs: Int) -> LinearExpression { LinearExpression(lhs) - Double(rhs) }
public func - (lhs: Int, rhs: LinearExpression) -> LinearExpression { Double(lhs) - rhs }
public func - (lhs: Int, rhs: Variable) -> LinearExpression { Double(lhs) - rhs }
public func * (lhs: Int, rhs: Variable) -> LinearExpression { LinearExpression(rhs, coefficient: Double(lhs)) }
public func * (lhs: Variable, rhs: Int) -> LinearExpression { LinearExpression(lhs, coefficient: Double(rhs)) }
public func * (lhs: Int, rhs: consuming LinearExpression) -> LinearExpression { Double(lhs) * rhs }
public func * (lhs: consuming LinearExpression, rhs: Int) -> LinearExpression { lhs * Double(rhs) }
