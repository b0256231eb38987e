/// The magnitude ranges of a model's numbers: a quick check of its scaling.
public struct CoefficientRanges: Sendable, Equatable {
    /// Smallest and largest nonzero |a| in the constraint matrix (nil if it has none).
    public var matrix: ClosedRange<Double>?
    /// Smallest and largest nonzero |c| in the objective.
    public var objective: ClosedRange<Double>?
    /// Smallest and largest nonzero finite |bound| of the rows.
    public var rowBounds: ClosedRange<Double>?
    /// Smallest and largest nonzero finite |bound| of the variables.
    public var variableBounds: ClosedRange<Double>?

    /// Warnings when a range spans more orders of magnitude than `maximumRatio` (default 10⁸), which
    /// makes the simplex method's tolerances unreliable.
    public func warnings(maximumRatio: Double = 1e8) -> [String] {
        [("matrix", matrix), ("objective", objective), ("row bounds", rowBounds), ("variable bounds", variableBounds)]
            .compactMap { label, range in
                guard let range, range.upperBound / range.lowerBound > maximumRatio else { return nil }
                return "\(label) coefficients span [\(range.lowerBound), \(range.upperBound)] (ratio \(range.upperBound / range.lowerBound)): rescale the units of rows or variables"
            }
    }
}

extension Model {
    /// The magnitude ranges of the model's nonzero numbers.
    /// - Complexity: O(variables + constraints + nonzeros).
    public func coefficientRanges() -> CoefficientRanges {
        func range<S: Sequence>(_ values: S) -> ClosedRange<Double>? where S.Element == Double {
            var low = Double.infinity, high = 0.0
            for value in values where value != 0 && value.isFinite {
                low = min(low, abs(value))
                high = max(high, abs(value))
            }
            return high > 0 ? low...high : nil
        }
        return CoefficientRanges(
            matrix: range(rowValues), objective: range(objectiveCoefficients),
            rowBounds: range(rowLower + rowUpper), variableBounds: range(columnLower + columnUpper))
    }
}
