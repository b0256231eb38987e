import WaterNexusModel

/// Independent, brute-force references for tiny MOLPs (no solver involved): vertices of
/// `{x : A x ≤ b}` by trying every set of n tight rows, and the nondominated extreme points of the
/// image by a brute-force weight-space decomposition.
enum BruteForceMOLP {
    /// Every vertex of `{x ∈ ℝⁿ : rows[r]·x ≤ rhs[r]}` (n = 2 or 3), by solving each n×n system of tight
    /// rows with Cramer's rule and keeping the feasible, distinct solutions.
    static func vertices(rows: [[Double]], rhs: [Double]) -> [[Double]] {
        let n = rows[0].count
        var result: [[Double]] = []
        for subset in combinations(rows.count, n) {
            guard let x = solve(subset.map { rows[$0] }, subset.map { rhs[$0] }) else { continue }
            let feasible = rows.indices.allSatisfy { r in zip(rows[r], x).reduce(0) { $0 + $1.0 * $1.1 } <= rhs[r] + 1e-9 }
            if feasible, !result.contains(where: { close($0, x) }) { result.append(x) }
        }
        return result
    }

    /// The images (oriented for minimization, so a maximized objective is negated) that are extreme
    /// nondominated points of `conv(images) + ℝᵐ₊` (m = 2 or 3): those whose weight region
    /// `{w ∈ simplex : w·y ≤ w·y' for all y'}` has full dimension. Candidate region vertices are the
    /// simplex corners and every intersection of two lines `w·(y_a − y_b) = 0` or simplex edges.
    static func extremeNondominated(_ images: [[Double]]) -> [[Double]] {
        var distinct: [[Double]] = []
        for y in images where !distinct.contains(where: { close($0, y) }) { distinct.append(y) }
        let m = distinct[0].count
        // Lines in the reduced weight coordinates (w_1..w_{m-1}; w_m = 1 − Σ): a·u = c.
        var lines: [([Double], Double)] = []
        for k in 0..<(m - 1) { lines.append(((0..<(m - 1)).map { $0 == k ? 1 : 0 }, 0)) }
        lines.append(([Double](repeating: 1, count: m - 1), 1))
        for a in distinct.indices {
            for b in distinct.indices where a < b {
                let d = zip(distinct[a], distinct[b]).map { $0 - $1 }
                lines.append(((0..<(m - 1)).map { d[$0] - d[m - 1] }, -d[m - 1]))
            }
        }
        var candidates: [[Double]] = []
        for subset in combinations(lines.count, m - 1) {
            guard let u = solve(subset.map { lines[$0].0 }, subset.map { lines[$0].1 }) else { continue }
            let w = u + [1 - u.reduce(0, +)]
            if w.allSatisfy({ $0 >= -1e-9 }) { candidates.append(w) }
        }
        var regions = [[[Double]]](repeating: [], count: distinct.count)
        for w in candidates {
            let values = distinct.map { dot(w, $0) }
            let best = values.min()!
            for (k, value) in values.enumerated() where value <= best + 1e-9 { regions[k].append(w) }
        }
        return distinct.indices.filter { fullDimensional(regions[$0]) }.map { distinct[$0] }
    }

    /// Whether the points span a region of full dimension in the weight simplex (m − 1 = 1 or 2):
    /// a second point far from the first, and for 3 weights a third point off their line.
    static func fullDimensional(_ points: [[Double]]) -> Bool {
        guard let a = points.first else { return false }
        let far = points.max { distance(a, $0) < distance(a, $1) }!
        guard distance(a, far) > 1e-7 else { return false }
        if a.count == 2 { return true }
        let ab = zip(far, a).map { $0 - $1 }
        return points.contains { c in
            let ac = zip(c, a).map { $0 - $1 }
            let cross = [ab[1] * ac[2] - ab[2] * ac[1], ab[2] * ac[0] - ab[0] * ac[2], ab[0] * ac[1] - ab[1] * ac[0]]
            return cross.map(abs).max()! > 1e-7
        }
    }

    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-7) -> Bool {
        zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    /// All k-subsets of 0..<n in lexicographic order.
    static func combinations(_ n: Int, _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard n >= k else { return [] }
        return combinations(n - 1, k - 1).map { $0 + [n - 1] } + combinations(n - 1, k)
    }

    /// Solves the 1×1, 2×2 or 3×3 system `a x = b` by Cramer's rule; nil when singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        let det = determinant(a)
        guard abs(det) > 1e-12 else { return nil }
        return a.indices.map { column in
            var replaced = a
            for r in a.indices { replaced[r][column] = b[r] }
            return determinant(replaced) / det
        }
    }

    static func determinant(_ a: [[Double]]) -> Double {
        switch a.count {
        case 1: return a[0][0]
        case 2: return a[0][0] * a[1][1] - a[0][1] * a[1][0]
        default:
            return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
        }
    }

    /// The nondominated vectors of a finite set (all minimized), duplicates kept once.
    static func nondominated(_ vectors: [[Double]]) -> [[Double]] {
        var distinct: [[Double]] = []
        for v in vectors where !distinct.contains(where: { close($0, v) }) { distinct.append(v) }
        return distinct.filter { v in
            !distinct.contains { u in !close(u, v) && zip(u, v).allSatisfy { $0 <= $1 + 1e-9 } }
        }
    }
}
