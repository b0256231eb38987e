import WaterNexusModel

extension SparseModel {
    /// The first way `values` fails this model (a bound, a row or integrality, beyond `tolerance` scaled
    /// by the bound's magnitude), or nil when `values` is feasible.
    /// - Complexity: O(variables + nonzeros).
    func violation(of values: [Double], tolerance: Double = 1e-6) -> String? {
        func outside(_ value: Double, _ lower: Double, _ upper: Double) -> Bool {
            value < lower - tolerance * (1 + abs(lower)) || value > upper + tolerance * (1 + abs(upper))
        }
        for j in values.indices {
            if outside(values[j], columnLower[j], columnUpper[j]) { return "column \(columnNames[safe: j] ?? "\(j + 1)") outside its bounds" }
            if columnKinds[j] != .continuous, abs(values[j] - values[j].rounded()) > tolerance {
                return "integer column \(columnNames[safe: j] ?? "\(j + 1)") at \(values[j])"
            }
        }
        for r in rowLower.indices {
            var activity = 0.0
            for k in rowStart[r]..<rowStart[r + 1] { activity += rowValues[k] * values[Int(rowColumns[k])] }
            if outside(activity, rowLower[r], rowUpper[r]) { return "row \(rowNames[safe: r] ?? "\(r + 1)") at \(activity)" }
        }
        return nil
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
