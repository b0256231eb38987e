/// A linear expression with interval coefficients Σ a±ⱼ xⱼ + k±, over the variables of an ``IntervalLP``
/// (variables are referred to by their index in that problem).
public struct IntervalExpression: Sendable {
    /// Terms (variable index, coefficient), appended in order; repeated variables are summed on use.
    public private(set) var terms: [(variable: Int, coefficient: Interval)] = []
    /// The interval constant.
    public var constant: Interval = .zero

    /// An empty expression (optionally with a constant).
    public init(constant: Interval = .zero) { self.constant = constant }

    /// Appends `coefficient · x_variable`.
    /// - Complexity: O(1) amortized.
    public mutating func add(_ variable: Int, _ coefficient: Interval) {
        terms.append((variable, coefficient))
    }

    /// Appends `scale · other` (interval product per term).
    public mutating func add(_ other: IntervalExpression, scale: Interval = Interval(1)) {
        for term in other.terms { terms.append((term.variable, scale * term.coefficient)) }
        constant += scale * other.constant
    }

    /// One coefficient per variable (sums of repeated terms), sorted by variable index, zeros dropped.
    public func merged() -> [(variable: Int, coefficient: Interval)] {
        let order = terms.indices.sorted { terms[$0].variable < terms[$1].variable }
        var result: [(variable: Int, coefficient: Interval)] = []
        for k in order {
            let term = terms[k]
            if let last = result.last, last.variable == term.variable {
                result[result.count - 1].coefficient += term.coefficient
            } else {
                result.append(term)
            }
        }
        return result.filter { $0.coefficient != .zero }
    }
}
