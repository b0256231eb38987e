/// A linear expression Σ aᵢ·xᵢ + c.
///
/// Terms are appended, not merged, so building an expression term by term costs O(1) amortized per
/// term; ``merged()`` (and every model method that stores an expression) combines repeated variables.
/// In loops, accumulate with `+=` (or `sum()`): `e = e + x` copies `e` each time because `e` is still alive.
public struct LinearExpression: Sendable, Equatable {
    /// Variable column numbers, one per term (may repeat until merged).
    public private(set) var indices: [Int]
    /// Coefficients, parallel to ``indices``.
    public private(set) var coefficients: [Double]
    /// The constant term.
    public var constant: Double

    /// The expression `constant` with no terms.
    public init(constant: Double = 0) {
        indices = []
        coefficients = []
        self.constant = constant
    }

    /// The expression `coefficient · variable`.
    public init(_ variable: Variable, coefficient: Double = 1) {
        indices = [variable.index]
        coefficients = [coefficient]
        constant = 0
    }

    /// An expression from (variable, coefficient) terms and a constant.
    public init<S: Sequence>(terms: S, constant: Double = 0) where S.Element == (Variable, Double) {
        indices = []
        coefficients = []
        self.constant = constant
        for (variable, coefficient) in terms { add(variable, coefficient) }
    }

    /// The number of stored terms (before merging).
    public var termCount: Int { indices.count }

    /// The terms as (variable, coefficient) pairs, in stored order.
    public var terms: [(variable: Variable, coefficient: Double)] {
        zip(indices, coefficients).map { (Variable(index: $0), $1) }
    }

    /// Appends `coefficient · variable`.
    /// - Complexity: O(1) amortized.
    public mutating func add(_ variable: Variable, _ coefficient: Double = 1) {
        indices.append(variable.index)
        coefficients.append(coefficient)
    }

    /// Appends `scale · other`.
    /// - Complexity: O(other.termCount) amortized.
    public mutating func add(_ other: LinearExpression, scale: Double = 1) {
        indices.append(contentsOf: other.indices)
        if scale == 1 {
            coefficients.append(contentsOf: other.coefficients)
        } else {
            coefficients.append(contentsOf: other.coefficients.lazy.map { $0 * scale })
        }
        constant += scale * other.constant
    }

    /// Multiplies every coefficient and the constant by `factor`.
    public mutating func scale(by factor: Double) {
        for k in coefficients.indices { coefficients[k] *= factor }
        constant *= factor
    }

    /// Reserves storage for `count` terms.
    public mutating func reserveCapacity(_ count: Int) {
        indices.reserveCapacity(count)
        coefficients.reserveCapacity(count)
    }

    /// The same expression with one term per variable, sorted by column, zero coefficients dropped.
    /// - Complexity: O(n) when the terms are already in increasing column order, else O(n log n).
    public func merged() -> LinearExpression {
        var result = LinearExpression(constant: constant)
        guard !indices.isEmpty else { return result }
        if isStrictlyIncreasing && !coefficients.contains(0) { return self } // already merged: O(n)
        let order = indices.indices.sorted { indices[$0] < indices[$1] }
        result.reserveCapacity(order.count)
        var current = indices[order[0]]
        var sum = 0.0
        for k in order {
            if indices[k] != current {
                if sum != 0 { result.add(Variable(index: current), sum) }
                current = indices[k]
                sum = 0
            }
            sum += coefficients[k]
        }
        if sum != 0 { result.add(Variable(index: current), sum) }
        return result
    }

    /// Whether the stored columns are strictly increasing (then no two terms share a variable).
    var isStrictlyIncreasing: Bool {
        var previous = -1
        for index in indices {
            guard index > previous else { return false }
            previous = index
        }
        return true
    }

    /// The value of the expression at the column values `x` (indexed by column number).
    /// - Complexity: O(termCount).
    public func value(at x: [Double]) -> Double {
        var sum = constant
        for k in indices.indices { sum += coefficients[k] * x[indices[k]] }
        return sum
    }

    /// The sum of a sequence of expressions, accumulated in place.
    /// - Complexity: O(total number of terms).
    public static func sum<S: Sequence>(_ parts: S) -> LinearExpression where S.Element == LinearExpression {
        var result = LinearExpression()
        for part in parts { result.add(part) }
        return result
    }

    /// The sum of a sequence of variables, each with coefficient 1.
    public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
        var result = LinearExpression()
        for variable in variables { result.add(variable) }
        return result
    }
}

extension Sequence where Element == LinearExpression {
    /// The sum of the expressions, accumulated in place (linear in the number of terms).
    public func sum() -> LinearExpression { LinearExpression.sum(self) }
}

extension Sequence where Element == Variable {
    /// The sum of the variables, each with coefficient 1.
    public func sum() -> LinearExpression { LinearExpression.sum(self) }
}
