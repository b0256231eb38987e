/// Exact hypervolume of a point set for minimization: the measure of the region dominated by the set
/// and bounded above by a reference point.
public enum Hypervolume {
    /// The exact hypervolume of `points` (all objectives minimized) with respect to `reference`.
    ///
    /// Points that do not strictly dominate the reference point contribute nothing. Exact in 1, 2 and
    /// 3 objectives; for more objectives use a Monte Carlo or WFG estimate.
    /// - Complexity: O(n log n) in 2-D, O(n² log n) in 3-D.
    /// - Precondition: every point has `reference.count` coordinates, and 1 ≤ that count ≤ 3.
    public static func exact(_ points: [[Double]], reference: [Double]) -> Double {
        precondition((1...3).contains(reference.count), "exact hypervolume is implemented for 1 to 3 objectives")
        precondition(points.allSatisfy { $0.count == reference.count }, "every point needs \(reference.count) objectives")
        let inside = points.filter { point in zip(point, reference).allSatisfy { $0 < $1 } }
        guard !inside.isEmpty else { return 0 }
        switch reference.count {
        case 1: return reference[0] - inside.map { $0[0] }.min()!
        case 2: return area(inside.map { ($0[0], $0[1]) }, reference: (reference[0], reference[1]))
        default: return volume(inside, reference: reference)
        }
    }

    /// Area dominated by 2-D points (all inside the reference box).
    static func area(_ points: [(Double, Double)], reference: (Double, Double)) -> Double {
        sweptArea(points.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }, reference: reference)
    }

    /// Area by a sweep over the first coordinate: each nondominated point adds the strip up to the
    /// previous best second coordinate.
    static func sweptArea(_ sorted: [(Double, Double)], reference: (Double, Double)) -> Double {
        var total = 0.0
        var ceiling = reference.1
        for point in sorted where point.1 < ceiling {
            total += (reference.0 - point.0) * (ceiling - point.1)
            ceiling = point.1
        }
        return total
    }

    /// Volume dominated by 3-D points: slabs between consecutive third coordinates, each the 2-D area
    /// of the points at or below the slab's floor.
    static func volume(_ points: [[Double]], reference: [Double]) -> Double {
        let sorted = points.sorted { $0[2] < $1[2] }
        var total = 0.0
        var active: [(Double, Double)] = []
        for (k, point) in sorted.enumerated() {
            active.append((point[0], point[1]))
            let top = k + 1 < sorted.count ? sorted[k + 1][2] : reference[2]
            guard top > point[2] else { continue }
            let sortedActive = active.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            total += sweptArea(sortedActive, reference: (reference[0], reference[1])) * (top - point[2])
        }
        return total
    }
}
