/// Distance-based indicators between an approximation set A and a reference front R (minimization,
/// Euclidean distances, after `normalization` when given).
///
/// - Precondition: every point has the same number of objectives.
/// - Complexity: O(M |A| |R|).
public enum DistanceIndicators {
    /// Generational distance: the mean over a ∈ A of the distance to the nearest r ∈ R
    /// (the p = 1 form used by pymoo and jMetal).
    public static func generationalDistance(_ approximation: [[Double]], reference: [[Double]], normalization: ObjectiveNormalization? = nil) -> Double {
        let (a, r) = mapped(approximation, reference, normalization)
        return meanNearest(from: a, to: r, distance: euclidean)
    }

    /// Inverted generational distance: the mean over r ∈ R of the distance to the nearest a ∈ A.
    public static func invertedGenerationalDistance(_ approximation: [[Double]], reference: [[Double]], normalization: ObjectiveNormalization? = nil) -> Double {
        let (a, r) = mapped(approximation, reference, normalization)
        return meanNearest(from: r, to: a, distance: euclidean)
    }

    /// IGD+ (Ishibuchi et al. 2015): like IGD with the dominance-compliant distance
    /// d⁺(a, r) = √Σₖ max(aₖ − rₖ, 0)².
    public static func invertedGenerationalDistancePlus(_ approximation: [[Double]], reference: [[Double]], normalization: ObjectiveNormalization? = nil) -> Double {
        let (a, r) = mapped(approximation, reference, normalization)
        return meanNearest(from: r, to: a) { r, a in
            var sum = 0.0
            for k in r.indices { let d = max(a[k] - r[k], 0); sum += d * d }
            return sum.squareRoot()
        }
    }

    static func mapped(_ a: [[Double]], _ r: [[Double]], _ normalization: ObjectiveNormalization?) -> ([[Double]], [[Double]]) {
        guard let normalization else { return (a, r) }
        return (normalization.apply(a), normalization.apply(r))
    }

    static func euclidean(_ p: [Double], _ q: [Double]) -> Double {
        var sum = 0.0
        for k in p.indices { let d = p[k] - q[k]; sum += d * d }
        return sum.squareRoot()
    }

    /// Mean over `sources` of the smallest distance to `targets` (+∞ when `targets` is empty, NaN when `sources` is).
    static func meanNearest(from sources: [[Double]], to targets: [[Double]], distance: ([Double], [Double]) -> Double) -> Double {
        guard !sources.isEmpty else { return .nan }
        guard !targets.isEmpty else { return .infinity }
        var total = 0.0
        for s in sources {
            var least = Double.infinity
            for t in targets { least = min(least, distance(s, t)) }
            total += least
        }
        return total / Double(sources.count)
    }
}
