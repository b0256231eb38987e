/// The hypervolume of the whole nondominated set of a multiobjective LP (not of a sample of points):
/// the volume of `(conv(V) + ℝᵐ₊) ∩ {y ≤ r}` for the nondominated extreme points V (minimized), which is
/// the upper image of the LP below the reference point r. No finite set of feasible points can exceed it.
///
/// Method (2 or 3 objectives, every extreme point inside the reference box): in 2-D the area under
/// r of the region above the lower-left convex chain of V. In 3-D the volume is ∫ A(t) dt over the third
/// objective, where A(t) is the 2-D area of the slice, i.e. of the projection of conv(V) ∩ {y₃ ≤ t}
/// (the points of V with y₃ ≤ t and the crossings of the plane y₃ = t by the segments between points
/// of V). Between consecutive values of y₃ over V the slice's vertices move linearly in t, so A is a
/// quadratic there and Simpson's rule on each such interval is exact; above the largest y₃, A is constant.
public enum ContinuousFrontHypervolume {
    /// The hypervolume, or nil for other than 2 or 3 objectives, an empty set, or a point outside the
    /// closed box below `reference`.
    /// - Complexity: O(k · n² log n) for n points with k distinct third coordinates.
    public static func value(extremePoints v: [[Double]], reference r: [Double]) -> Double? {
        guard (2...3).contains(r.count), !v.isEmpty,
              v.allSatisfy({ $0.count == r.count && zip($0, r).allSatisfy { $0.isFinite && $0 <= $1 } }) else { return nil }
        if r.count == 2 { return area(v.map { ($0[0], $0[1]) }, reference: (r[0], r[1])) }
        let heights = Array(Set(v.map { $0[2] })).sorted()
        var total = 0.0
        for (a, b) in zip(heights, heights.dropFirst()) {
            let mid = (a + b) / 2
            total += (b - a) / 6 * (sliceArea(v, at: a, r) + 4 * sliceArea(v, at: mid, r) + sliceArea(v, at: b, r))
        }
        return total + sliceArea(v, at: heights[heights.count - 1], r) * (r[2] - heights[heights.count - 1])
    }

    /// A(t): the area below (r₁, r₂) above the projection of conv(V) ∩ {y₃ ≤ t}.
    static func sliceArea(_ v: [[Double]], at t: Double, _ r: [Double]) -> Double {
        var points = v.filter { $0[2] <= t }.map { ($0[0], $0[1]) }
        for i in v.indices {
            for j in v.indices where v[i][2] < t && v[j][2] > t {
                let s = (t - v[i][2]) / (v[j][2] - v[i][2])
                points.append((v[i][0] + s * (v[j][0] - v[i][0]), v[i][1] + s * (v[j][1] - v[i][1])))
            }
        }
        return area(points, reference: (r[0], r[1]))
    }

    /// The area of `(conv(points) + ℝ²₊) ∩ {y ≤ reference}` for points inside the box: trapezoids under
    /// the lower-left convex chain, then the rectangle right of its lowest point.
    static func area(_ points: [(Double, Double)], reference r: (Double, Double)) -> Double {
        guard !points.isEmpty else { return 0 }
        let sorted = points.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        // Lower convex hull (Andrew's monotone chain), left to right.
        var hull: [(Double, Double)] = []
        for p in sorted {
            while hull.count >= 2 {
                let (o, a) = (hull[hull.count - 2], hull[hull.count - 1])
                let cross = (a.0 - o.0) * (p.1 - o.1) - (a.1 - o.1) * (p.0 - o.0)
                if cross <= 0 { hull.removeLast() } else { break }
            }
            hull.append(p)
        }
        // The chain runs from the leftmost (lowest) point while y falls.
        var chain = [hull[0]]
        for p in hull.dropFirst() where p.1 < chain[chain.count - 1].1 { chain.append(p) }
        var total = 0.0
        for (a, b) in zip(chain, chain.dropFirst()) { total += (b.0 - a.0) * (r.1 - (a.1 + b.1) / 2) }
        let last = chain[chain.count - 1]
        return total + (r.0 - last.0) * (r.1 - last.1)
    }
}
