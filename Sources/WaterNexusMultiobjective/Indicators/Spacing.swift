/// Schott's spacing: the standard deviation of each point's L1 distance to its nearest neighbour,
/// √(Σᵢ (d̄ − dᵢ)²/(n − 1)); 0 for evenly spaced points, NaN for fewer than two points.
public enum Spacing {
    /// The spacing of `points`, after `normalization` when given.
    public static func value(_ points: [[Double]], normalization: ObjectiveNormalization? = nil) -> Double {
        let p = normalization.map { $0.apply(points) } ?? points
        guard p.count >= 2 else { return .nan }
        let nearest = p.indices.map { i in
            var least = Double.infinity
            for j in p.indices where j != i {
                var sum = 0.0
                for k in p[i].indices { sum += abs(p[i][k] - p[j][k]) }
                least = min(least, sum)
            }
            return least
        }
        let mean = nearest.reduce(0, +) / Double(nearest.count)
        let squares = nearest.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(p.count - 1)).squareRoot()
    }
}
