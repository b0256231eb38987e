/// Nondominated sorting and crowding distance (Deb et al., NSGA-II, 2002) under Deb's constrained
/// dominance: feasible points first, sorted into Pareto fronts; then infeasible points, one front per
/// violation value, the smallest first.
public enum NondominatedSorting {
    /// The fronts of `evaluations` (indices, front 1 first, each in increasing index order).
    ///
    /// Feasible points are sorted by efficient nondominated sorting with sequential search (ENS-SS,
    /// Zhang et al. 2015): in lexicographic order of the objectives, each point joins the first front
    /// none of whose members dominates it; the fronts are those of Deb's fast nondominated sort.
    /// - Complexity: O(M n²) at worst, far less when there are few fronts.
    public static func fronts(_ evaluations: [ProblemEvaluation]) -> [[Int]] {
        guard let m = evaluations.first?.objectives.count else { return [] }
        var feasible: [Int] = [], infeasible: [Int] = []
        for (i, evaluation) in evaluations.enumerated() {
            if evaluation.violation > 0 { infeasible.append(i) } else { feasible.append(i) }
        }
        var fronts = feasibleFronts(feasible, of: evaluations, objectiveCount: m)
        infeasible.sort { (evaluations[$0].violation, $0) < (evaluations[$1].violation, $1) }
        var start = 0
        while start < infeasible.count {
            let violation = evaluations[infeasible[start]].violation
            var end = start + 1
            while end < infeasible.count, evaluations[infeasible[end]].violation == violation { end += 1 }
            fronts.append(infeasible[start..<end].sorted())
            start = end
        }
        return fronts
    }

    /// ENS-SS on the feasible points `members`.
    private static func feasibleFronts(_ members: [Int], of evaluations: [ProblemEvaluation], objectiveCount m: Int) -> [[Int]] {
        guard !members.isEmpty else { return [] }
        var objectives = [Double](repeating: 0, count: members.count * m)
        for (p, i) in members.enumerated() {
            for k in 0..<m { objectives[p * m + k] = evaluations[i].objectives[k] }
        }
        return objectives.withUnsafeBufferPointer { f -> [[Int]] in
            let order = members.indices.sorted { a, b in
                for k in 0..<m where f[a * m + k] != f[b * m + k] { return f[a * m + k] < f[b * m + k] }
                return a < b
            }
            var fronts: [[Int]] = []
            for p in order {
                var k = 0
                while k < fronts.count, isDominated(p, byAnyOf: fronts[k], f, m) { k += 1 }
                if k == fronts.count { fronts.append([p]) } else { fronts[k].append(p) }
            }
            return fronts.map { front in front.map { members[$0] }.sorted() }
        }
    }

    /// Whether a member of `front` (each preceding `p` in lexicographic order) dominates `p`; the latest
    /// members are tried first, as ENS-SS does.
    @inline(__always)
    private static func isDominated(_ p: Int, byAnyOf front: [Int], _ f: UnsafeBufferPointer<Double>, _ m: Int) -> Bool {
        front.withUnsafeBufferPointer { members in
            let pBase = p * m
            var q = members.count - 1
            while q >= 0 {
                let qBase = members[q] * m
                var dominates = true, equal = true
                for k in 0..<m {
                    let (a, b) = (f[qBase + k], f[pBase + k])
                    if a > b { dominates = false; break }
                    if a < b { equal = false }
                }
                if dominates && !equal { return true }
                q -= 1
            }
            return false
        }
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
        var values = [Double](repeating: 0, count: n)
        for k in 0..<m {
            for p in 0..<n { values[p] = evaluations[front[p]].objectives[k] }
            let order = (0..<n).sorted { values[$0] != values[$1] ? values[$0] < values[$1] : $0 < $1 }
            let (low, high) = (values[order[0]], values[order[n - 1]])
            distance[order[0]] = .infinity
            distance[order[n - 1]] = .infinity
            guard high > low else { continue }
            for p in 1..<(n - 1) {
                distance[order[p]] += (values[order[p + 1]] - values[order[p - 1]]) / (high - low)
            }
        }
        return distance
    }
}
