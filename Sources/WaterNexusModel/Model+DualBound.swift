extension Model {
    /// A bound on the objective over this model's LP relaxation (rows and variable bounds; integrality
    /// ignored) that holds whatever `duals` are: a lower bound when minimizing, an upper bound when
    /// maximizing. Safe against an LP solver that stopped early or drifted numerically.
    ///
    /// Weak Lagrangian duality: for any row multipliers y, min c·x over {L ≤ Ax ≤ U, l ≤ x ≤ u} is at least
    /// Σ_j min over [l_j, u_j] of (c_j − (Aᵀy)_j)·x_j + Σ_i min over [L_i, U_i] of y_i·r_i. Multipliers of the
    /// wrong sign for a one-sided row are set to 0 (still a valid choice of y); a reduced coefficient below
    /// 1e-9 on an infinite variable bound is taken as 0; a larger one makes the bound −∞ (+∞ when
    /// maximizing). A margin of 1e-10 of the summed magnitudes covers rounding.
    /// - Parameter duals: one multiplier per constraint, e.g. the LP solver's row duals (same convention as
    ///   GLPK: reduced cost d = c − Aᵀy).
    /// - Complexity: O(variables + nonzeros).
    public func objectiveBound(duals: [Double]) -> Double {
        guard duals.count == constraintCount else { return objectiveSense == .minimize ? -.infinity : .infinity }
        let flip: Double = objectiveSense == .minimize ? 1 : -1 // maximize c·x = −minimize (−c)·x with multipliers −y
        var reduced = [Double](repeating: 0, count: variableCount)
        for j in 0..<min(objectiveCoefficients.count, variableCount) { reduced[j] = flip * objectiveCoefficients[j] }
        var bound = flip * objectiveConstant, magnitude = abs(objectiveConstant)
        for r in 0..<constraintCount {
            var y = flip * duals[r]
            if y > 0 && !rowLower[r].isFinite { y = 0 }
            if y < 0 && !rowUpper[r].isFinite { y = 0 }
            guard y != 0 else { continue }
            let term = y > 0 ? y * rowLower[r] : y * rowUpper[r]
            bound += term
            magnitude += abs(term)
            for k in rowStart[r]..<rowStart[r + 1] { reduced[Int(rowColumns[k])] -= rowValues[k] * y }
        }
        for j in 0..<variableCount {
            let d = reduced[j]
            guard d != 0 else { continue }
            let side = d > 0 ? columnLower[j] : columnUpper[j]
            if !side.isFinite {
                if abs(d) <= 1e-9 { continue }
                return flip * -.infinity
            }
            bound += d * side
            magnitude += abs(d * side)
        }
        return flip * (bound - 1e-10 * magnitude)
    }
}
