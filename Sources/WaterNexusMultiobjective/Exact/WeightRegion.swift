/// Weight regions: where in the weight simplex a point is the best of a finite set.
enum WeightRegion {
    /// Points closer than this are merged while clipping.
    static let tolerance = 1e-12

    /// The vertices of `{w ≥ 0, Σ w = 1 : w·y_i ≤ w·y_j for all j}` for 2 or 3 objectives, in cyclic order
    /// (empty when the region is empty).
    static func vertices(of i: Int, among images: [[Double]]) -> [[Double]] {
        let m = images[i].count
        var polygon: [[Double]] = (0..<m).map { k in (0..<m).map { $0 == k ? 1.0 : 0.0 } }
        for j in images.indices where j != i && !polygon.isEmpty {
            let normal = zip(images[i], images[j]).map { $0 - $1 }
            polygon = clip(polygon, normal: normal)
        }
        return polygon
    }

    /// Sutherland–Hodgman clipping of a convex polygon (or segment) by the half-space `normal·w ≤ 0`.
    static func clip(_ polygon: [[Double]], normal: [Double]) -> [[Double]] {
        let side = polygon.map { w in zip(normal, w).reduce(0) { $0 + $1.0 * $1.1 } }
        var result: [[Double]] = []
        for k in polygon.indices {
            let next = (k + 1) % polygon.count
            let inside = side[k] <= tolerance, nextInside = side[next] <= tolerance
            if inside { append(polygon[k], to: &result) }
            if inside != nextInside {
                let t = side[k] / (side[k] - side[next])
                append(zip(polygon[k], polygon[next]).map { $0 + t * ($1 - $0) }, to: &result)
            }
        }
        if result.count > 1, close(result[0], result[result.count - 1]) { result.removeLast() }
        return result
    }

    static func append(_ w: [Double], to result: inout [[Double]]) {
        if let last = result.last, close(last, w) { return }
        result.append(w)
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * 1e3 }
    }
}
