import Foundation

/// The DTLZ problems (Deb, Thiele, Laumanns and Zitzler 2002): M objectives, n = M + k − 1 variables in [0, 1].
extension TestProblem {
    /// DTLZ1: linear front Σ fᵢ = 0.5 (k = 5 by default); hypervolume with reference (1, …, 1) is
    /// 1 − 0.5ᴹ/M! (the unit box minus the simplex).
    public static func dtlz1(objectives m: Int = 3, k: Int = 5) -> TestProblem {
        let m = max(2, m)
        var factorial = 1.0
        for i in 1...m { factorial *= Double(i) }
        return TestProblem(
            name: "dtlz1", dimension: m + k - 1, objectiveCount: m,
            unitReferenceHypervolume: 1 - pow(0.5, Double(m)) / factorial,
            objectives: { x in
                var g = 0.0
                for j in (m - 1)..<x.count {
                    let y = x[j] - 0.5
                    g += y * y - cos(20 * Double.pi * y)
                }
                g = 100 * (Double(x.count - m + 1) + g)
                return (0..<m).map { i in
                    var f = 0.5 * (1 + g)
                    for j in 0..<(m - 1 - i) { f *= x[j] }
                    if i > 0 { f *= 1 - x[m - 1 - i] }
                    return f
                }
            },
            front: { count in simplexLattice(objectives: m, approximateCount: count).map { $0.map { 0.5 * $0 } } })
    }

    /// DTLZ2: spherical front Σ fᵢ² = 1 (k = 10 by default); with 3 objectives the hypervolume with
    /// reference (1, 1, 1) is 1 − π/6 (the unit cube minus the positive octant of the unit ball).
    public static func dtlz2(objectives m: Int = 3, k: Int = 10) -> TestProblem {
        let m = max(2, m)
        let hypervolume: Double? = switch m {
        case 2: 1 - Double.pi / 4
        case 3: 1 - Double.pi / 6
        default: nil
        }
        return TestProblem(
            name: "dtlz2", dimension: m + k - 1, objectiveCount: m, unitReferenceHypervolume: hypervolume,
            objectives: { x in
                var g = 0.0
                for j in (m - 1)..<x.count { g += (x[j] - 0.5) * (x[j] - 0.5) }
                return (0..<m).map { i in
                    var f = 1 + g
                    for j in 0..<(m - 1 - i) { f *= cos(x[j] * Double.pi / 2) }
                    if i > 0 { f *= sin(x[m - 1 - i] * Double.pi / 2) }
                    return f
                }
            },
            front: { count in
                simplexLattice(objectives: m, approximateCount: count).map { w in
                    let norm = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
                    return w.map { $0 / norm }
                }
            })
    }

    /// Das–Dennis points on the unit simplex with the smallest number of divisions giving at least
    /// `approximateCount` points.
    static func simplexLattice(objectives m: Int, approximateCount: Int) -> [[Double]] {
        var divisions = 1
        while binomial(divisions + m - 1, m - 1) < approximateCount { divisions += 1 }
        var points: [[Double]] = []
        var current = [Int](repeating: 0, count: m)
        func fill(_ position: Int, _ remaining: Int) {
            if position == m - 1 {
                current[position] = remaining
                points.append(current.map { Double($0) / Double(divisions) })
                return
            }
            for value in stride(from: remaining, through: 0, by: -1) {
                current[position] = value
                fill(position + 1, remaining - value)
            }
        }
        fill(0, divisions)
        return points
    }

    private static func binomial(_ n: Int, _ k: Int) -> Int {
        var result = 1.0
        for i in 0..<k { result = result * Double(n - i) / Double(i + 1) }
        return Int(result.rounded())
    }
}
