/// The additive ε-indicator (Zitzler et al. 2003): the smallest ε such that every point of the
/// reference set is weakly dominated by some point of the approximation shifted by −ε,
/// I_ε+(A, R) = max_{r∈R} min_{a∈A} max_k (aₖ − rₖ).
public enum AdditiveEpsilon {
    /// I_ε+(approximation, reference), after `normalization` when given (+∞ for an empty approximation).
    public static func value(_ approximation: [[Double]], reference: [[Double]], normalization: ObjectiveNormalization? = nil) -> Double {
        let (a, r) = DistanceIndicators.mapped(approximation, reference, normalization)
        guard !a.isEmpty else { return .infinity }
        var worst = -Double.infinity
        for target in r {
            var best = Double.infinity
            for point in a {
                var shift = -Double.infinity
                for k in target.indices { shift = max(shift, point[k] - target[k]) }
                best = min(best, shift)
            }
            worst = max(worst, best)
        }
        return worst
    }
}
