/// Fast nondominated sorting and crowding distance (Deb et al., NSGA-II, 2002) under Deb's
/// constrained dominance.
public enum NondominatedSorting {
    /// The fronts of `evaluations` (indices, front 1 first, each in increasing index order).
    /// - Complexity: O(M n²).
    public static func fronts(_ evaluations: [ProblemEvaluation]) -> [[Int]] {
        let n = evaluations.count
        guard n > 0 else { return [] }
        let m = evaluations[0].objectives.count
        let objectives = evaluations.flatMap(\.objectives)
        let violations = evaluations.map(\.violation)
        var dominatedBy = [Int](repeating: 0, count: n)
        var dominates = [[Int]](repeating: [], count: n)
        objectives.withUnsafeBufferPointer { f in
            violations.withUnsafeBufferPointer { v in
                for i in 0..<n {
                    for j in (i + 1)..<max(i + 1, n) {
                        let order = compare(i, j, objectives: f, violations: v, count: m)
                        if order < 0 {
                            dominates[i].append(j)
                            dominatedBy[j] += 1
                        } else if order > 0 {
                            dominates[j].append(i)
                            dominatedBy[i] += 1
                        }
                    }
                }
            }
        }
        var fronts: [[Int]] = []
        var current = (0..<n).filter { dominatedBy[$0] == 0 }
        while !current.isEmpty {
            fronts.append(current)
            var next: [Int] = []
            for i in current {
                for j in dominates[i] {
                    dominatedBy[j] -= 1
                    if dominatedBy[j] == 0 { next.append(j) }
                }
            }
            current = next.sorted()
        }
        return fronts
    }

    /// −1 if i constrained-dominates j, +1 if j dominates i, 0 otherwise (one pass over the objectives).
    @inline(__always)
    private static func compare(
        _ i: Int, _ j: Int, objectives f: UnsafeBufferPointer<Double>, violations v: UnsafeBufferPointer<Double>, count m: Int
    ) -> Int {
        let (vi, vj) = (v[i], v[j])
        if vi > 0 || vj > 0 { return vi < vj ? -1 : (vj < vi ? 1 : 0) }
        var iBetter = false, jBetter = false
        var (a, b) = (i * m, j * m)
        for _ in 0..<m {
            if f[a] < f[b] { iBetter = true } else if f[b] < f[a] { jBetter = true }
            if iBetter && jBetter { return 0 }
            a += 1
            b += 1
        }
        return iBetter ? -1 : (jBetter ? 1 : 0)
    }

    /// The front number (1 = nondominated) of every evaluation.
    public static func ranks(_ evaluations: [ProblemEvaluation]) -> [Int] {
        var ranks = [Int](repeating: 0, count: evaluations.count)
        for (f, front) in fronts(evaluations).enumerated() {
            for i in front { ranks[i] = f + 1 }
        }
        return ranks
    }

    /// Crowding distance of each member of `front` (indices into `evaluations`), in the order of `front`:
    /// boundary points get +∞, inner points the sum over objectives of the normalized gap between neighbours.
    /// - Complexity: O(M n log n).
    public static func crowdingDistances(_ front: [Int], in evaluations: [ProblemEvaluation]) -> [Double] {
        let n = front.count
        guard n > 2 else { return [Double](repeating: .infinity, count: n) }
        var distance = [Double](repeating: 0, count: n)
        let m = evaluations[front[0]].objectives.count
        for k in 0..<m {
            let order = (0..<n).sorted {
                let (a, b) = (evaluations[front[$0]].objectives[k], evaluations[front[$1]].objectives[k])
                return a != b ? a < b : $0 < $1
            }
            let low = evaluations[front[order[0]]].objectives[k]
            let high = evaluations[front[order[n - 1]]].objectives[k]
            distance[order[0]] = .infinity
            distance[order[n - 1]] = .infinity
            guard high > low else { continue }
            for p in 1..<(n - 1) {
                let gap = evaluations[front[order[p + 1]]].objectives[k] - evaluations[front[order[p - 1]]].objectives[k]
                distance[order[p]] += gap / (high - low)
            }
        }
        return distance
    }
}
