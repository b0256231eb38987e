extension Model {
    /// The activity (Σ a·x) of every row at the column values `x`.
    /// - Complexity: O(nonzeros).
    public func rowActivities(at x: [Double]) -> [Double] {
        precondition(x.count == variableCount, "x has \(x.count) values; the model has \(variableCount) variables")
        var activity = [Double](repeating: 0, count: constraintCount)
        for r in 0..<constraintCount {
            var sum = 0.0
            for k in rowStart[r]..<rowStart[r + 1] { sum += rowValues[k] * x[Int(rowColumns[k])] }
            activity[r] = sum
        }
        return activity
    }

    /// The objective's value at `x`, constant included.
    public func objectiveValue(at x: [Double]) -> Double {
        var sum = objectiveConstant
        for (j, c) in objectiveCoefficients.enumerated() where c != 0 { sum += c * x[j] }
        return sum
    }

    /// The total violation at `x`: Σ over rows and columns of the distance to their bounds, plus the
    /// distance of integer variables to the nearest integer.
    public func violation(at x: [Double]) -> Double {
        var total = 0.0
        for (r, activity) in rowActivities(at: x).enumerated() {
            total += max(0, rowLower[r] - activity) + max(0, activity - rowUpper[r])
        }
        for j in 0..<variableCount {
            total += max(0, columnLower[j] - x[j]) + max(0, x[j] - columnUpper[j])
            if columnKinds[j] != .continuous { total += abs(x[j] - x[j].rounded()) }
        }
        return total
    }

    /// The names of rows and columns violated at `x` by more than `tolerance` (scaled by 1 + |bound|).
    public func violatedNames(at x: [Double], tolerance: Double = 1e-6) -> [String] {
        var names: [String] = []
        for (r, activity) in rowActivities(at: x).enumerated() {
            if activity < rowLower[r] - tolerance * (1 + abs(rowLower[r]))
                || activity > rowUpper[r] + tolerance * (1 + abs(rowUpper[r])) {
                names.append(name(of: Constraint(index: r)))
            }
        }
        for j in 0..<variableCount {
            if x[j] < columnLower[j] - tolerance * (1 + abs(columnLower[j]))
                || x[j] > columnUpper[j] + tolerance * (1 + abs(columnUpper[j])) {
                names.append(name(of: Variable(index: j)))
            }
        }
        return names
    }
}
