/// A hypervolume value with everything needed to reproduce it: the reference point and normalization
/// used, and whether it is exact or a Monte Carlo estimate with its error bound.
public struct HypervolumeEstimate: Sendable, Equatable, Codable {
    /// How the value was obtained.
    public enum Method: String, Sendable, Codable {
        /// Exact (1 to 3 objectives).
        case exact
        /// Monte Carlo sampling of the box between the points' minimum and the reference point.
        case monteCarlo
    }

    /// The hypervolume (in normalized units when ``normalization`` is set).
    public var value: Double
    /// The reference point, in the same (normalized) space as ``value``.
    public var reference: [Double]
    /// The normalization applied to the points before measuring, if any.
    public var normalization: ObjectiveNormalization?
    /// Exact or Monte Carlo.
    public var method: Method
    /// Number of Monte Carlo samples (0 when exact).
    public var samples: Int
    /// Three standard errors of the Monte Carlo estimate (0 when exact): |value − truth| ≤ errorBound
    /// with probability about 99.7 %.
    public var errorBound: Double
}

extension Hypervolume {
    /// The hypervolume of `points` (minimized) with respect to `reference`, after `normalization` if
    /// given (the reference point is then read in normalized units): exact for 1 to 3 objectives, a
    /// Monte Carlo estimate with a 3σ error bound above 3.
    ///
    /// - Parameters:
    ///   - points: the points, minimized, one row each.
    ///   - reference: the reference point (minimized), dominated by every point that counts.
    ///   - normalization: applied to the points first (nil: none).
    ///   - samples: Monte Carlo sample count (more than 3 objectives only).
    ///   - seed: seed of the Monte Carlo generator, so the estimate is reproducible.
    /// - Precondition: `reference` is not empty and every point has `reference.count` coordinates.
    public static func measure(
        _ points: [[Double]], reference: [Double], normalization: ObjectiveNormalization? = nil,
        samples: Int = 1_000_000, seed: UInt64 = 1
    ) -> HypervolumeEstimate {
        let mapped = normalization.map { $0.apply(points) } ?? points
        if reference.count <= 3 {
            return HypervolumeEstimate(
                value: exact(mapped, reference: reference), reference: reference, normalization: normalization,
                method: .exact, samples: 0, errorBound: 0)
        }
        let (value, standardError) = monteCarlo(mapped, reference: reference, samples: samples, seed: seed)
        return HypervolumeEstimate(
            value: value, reference: reference, normalization: normalization,
            method: .monteCarlo, samples: max(1, samples), errorBound: 3 * standardError)
    }

    /// Monte Carlo hypervolume: uniform samples in the box [min of the points, reference]; the value is
    /// the box volume times the dominated fraction p̂, its standard error volume·√(p̂(1 − p̂)/n).
    public static func monteCarlo(
        _ points: [[Double]], reference: [Double], samples: Int, seed: UInt64
    ) -> (value: Double, standardError: Double) {
        let inside = points.filter { zip($0, reference).allSatisfy { $0 < $1 } }
        guard !inside.isEmpty else { return (0, 0) }
        let m = reference.count
        var lower = inside[0]
        for point in inside { for k in 0..<m { lower[k] = min(lower[k], point[k]) } }
        var volume = 1.0
        for k in 0..<m { volume *= reference[k] - lower[k] }
        let n = max(1, samples)
        var generator = SeededGenerator(seed: seed)
        var sample = [Double](repeating: 0, count: m)
        var hits = 0
        for _ in 0..<n {
            for k in 0..<m { sample[k] = lower[k] + generator.nextUnit() * (reference[k] - lower[k]) }
            if inside.contains(where: { ParetoDominance.weaklyDominates($0, sample) }) { hits += 1 }
        }
        let p = Double(hits) / Double(n)
        return (volume * p, volume * (p * (1 - p) / Double(n)).squareRoot())
    }
}
