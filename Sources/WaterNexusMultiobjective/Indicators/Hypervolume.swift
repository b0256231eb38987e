/// Exact hypervolume of a point set for minimization: the measure of the region dominated by the set
/// and bounded above by a reference point.
public enum Hypervolume {
    /// The exact hypervolume of `points` (all objectives minimized) with respect to `reference`.
    ///
    /// Points that do not strictly dominate the reference point contribute nothing. Exact in 1, 2 and
    /// 3 objectives; for more objectives use a Monte Carlo or WFG estimate.
    /// - Complexity: O(n log n) in 2-D and 3-D.
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

    /// Volume dominated by 3-D points (all inside the reference box), by a sweep over the third
    /// coordinate (Beume et al. 2009): the 2-D staircase of the points passed so far lives in a balanced
    /// tree, and its dominated area is updated by each insertion's exclusive rectangle minus those of
    /// the points it removes; each slab between consecutive third coordinates adds area × height.
    static func volume(_ points: [[Double]], reference: [Double]) -> Double {
        let sorted = points.sorted { $0[2] != $1[2] ? $0[2] < $1[2] : ($0[0], $0[1]) < ($1[0], $1[1]) }
        let (rx, ry) = (reference[0], reference[1])
        var staircase = Staircases()
        let s = staircase.append()
        var total = 0.0, area = 0.0, floor = sorted[0][2]
        var removed: [(Double, Double)] = []
        for point in sorted {
            total += area * (point[2] - floor)
            floor = point[2]
            let (px, py) = (point[0], point[1])
            guard !staircase.isWeaklyDominated(px, py, in: s) else { continue }
            removed.removeAll(keepingCapacity: true)
            let (previousY, nextX) = staircase.insert(px, py, in: s) { removed.append(($0, $1)) }
            let ceiling = previousY ?? ry
            for (k, gone) in removed.enumerated() {
                let right = k + 1 < removed.count ? removed[k + 1].0 : (nextX ?? rx)
                area -= (right - gone.0) * (ceiling - gone.1)
            }
            area += ((nextX ?? rx) - px) * (ceiling - py)
        }
        return total + area * (reference[2] - floor)
    }
}
