import Testing
import WaterNexusMultiobjective

/// The O(n log n) nondominated sorting (2 and 3 objectives) and 3-D hypervolume against brute force
/// written here, on seeded random sets of up to 2000 points.
struct FastSortingAndHypervolumeTests {
    /// Random points: half uniform in the unit box, half near the unit sphere's positive orthant (many
    /// mutually nondominated); with `grid`, every coordinate is rounded to a multiple of 1/grid, so ties
    /// and exact duplicates occur.
    static func randomPoints(_ n: Int, objectives m: Int, seed: UInt64, grid: Double? = nil) -> [[Double]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<n).map { i in
            var point = (0..<m).map { _ in generator.nextUnit() }
            if i % 2 == 1 {
                let norm = point.reduce(0) { $0 + $1 * $1 }.squareRoot()
                let radius = 1 + 0.05 * generator.nextUnit()
                point = point.map { $0 / max(norm, 1e-12) * radius }
            }
            if let grid { point = point.map { ($0 * grid).rounded() / grid } }
            return point
        }
    }

    /// Deb's fast nondominated sort (2002) by its definition: count every point's dominators, peel the
    /// points with none, decrement the counts of those they dominate, repeat. Feasible points only.
    static func debFronts(_ points: [[Double]]) -> [[Int]] {
        let n = points.count
        var dominatedBy = [Int](repeating: 0, count: n), dominates = [[Int]](repeating: [], count: n)
        for p in 0..<n {
            for q in 0..<n where q != p && ParetoDominance.dominates(points[q], points[p]) {
                dominatedBy[p] += 1
                dominates[q].append(p)
            }
        }
        var fronts: [[Int]] = []
        var current = (0..<n).filter { dominatedBy[$0] == 0 }
        while !current.isEmpty {
            fronts.append(current)
            var next: [Int] = []
            for p in current {
                for q in dominates[p] {
                    dominatedBy[q] -= 1
                    if dominatedBy[q] == 0 { next.append(q) }
                }
            }
            current = next.sorted()
        }
        return fronts
    }

    @Test(arguments: [(2, 10), (2, 500), (2, 2000), (3, 10), (3, 500), (3, 2000)])
    func sortingEqualsDebsSort(objectives m: Int, size n: Int) {
        for (seed, grid) in [(UInt64(n), nil), (UInt64(n + 1), 20.0 as Double?)] {
            let points = Self.randomPoints(n, objectives: m, seed: seed, grid: grid)
            let fronts = NondominatedSorting.fronts(points.map { ProblemEvaluation(objectives: $0) })
            #expect(fronts == Self.debFronts(points), "\(m) objectives, \(n) points, grid \(String(describing: grid))")
        }
    }

    /// 2-D area by definition: the strip between consecutive distinct first coordinates has the height
    /// from the least second coordinate among the points left of it up to the reference.
    static func bruteArea(_ points: [(Double, Double)], reference r: (Double, Double)) -> Double {
        let xs = Array(Set(points.map(\.0))).sorted()
        var total = 0.0
        for (k, x) in xs.enumerated() {
            let right = k + 1 < xs.count ? xs[k + 1] : r.0
            let floor = points.filter { $0.0 <= x }.map(\.1).min()!
            total += (right - x) * (r.1 - floor)
        }
        return total
    }

    /// 3-D volume by slabs between consecutive third coordinates; each slab's area is that of every
    /// point at or below its floor, measured by the 2-D definition on a list kept sorted by insertion.
    static func bruteVolume(_ points: [[Double]], reference r: [Double]) -> Double {
        let sorted = points.sorted { $0[2] < $1[2] }
        var active: [(Double, Double)] = [], total = 0.0
        for (k, point) in sorted.enumerated() {
            let at = active.firstIndex { $0.0 > point[0] } ?? active.count
            active.insert((point[0], point[1]), at: at)
            let top = k + 1 < sorted.count ? sorted[k + 1][2] : r[2]
            guard top > point[2] else { continue }
            var area = 0.0, floor = r[1]
            for (i, p) in active.enumerated() {
                floor = min(floor, p.1)
                let right = i + 1 < active.count ? active[i + 1].0 : r[0]
                area += (right - p.0) * (r[1] - floor)
            }
            total += area * (top - point[2])
        }
        return total
    }

    @Test(arguments: [1, 2, 10, 200, 2000])
    func hypervolumeEqualsBruteForce(size n: Int) {
        for (seed, grid) in [(UInt64(n), nil), (UInt64(n + 7), 16.0 as Double?)] {
            let points3 = Self.randomPoints(n, objectives: 3, seed: seed, grid: grid)
            let reference3 = [1.1, 1.1, 1.1]
            let exact3 = Hypervolume.exact(points3, reference: reference3)
            let brute3 = Self.bruteVolume(points3.filter { zip($0, reference3).allSatisfy { $0 < $1 } }, reference: reference3)
            #expect(abs(exact3 - brute3) <= 1e-12 * max(1, brute3), "3-D, \(n) points: \(exact3) vs \(brute3)")
            let points2 = Self.randomPoints(n, objectives: 2, seed: seed, grid: grid)
            let exact2 = Hypervolume.exact(points2, reference: [1.1, 1.1])
            let brute2 = Self.bruteArea(points2.filter { $0[0] < 1.1 && $0[1] < 1.1 }.map { ($0[0], $0[1]) }, reference: (1.1, 1.1))
            #expect(abs(exact2 - brute2) <= 1e-12 * max(1, brute2), "2-D, \(n) points: \(exact2) vs \(brute2)")
        }
    }
}
