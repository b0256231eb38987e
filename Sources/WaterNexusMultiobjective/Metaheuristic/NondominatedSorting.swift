/// Nondominated sorting and crowding distance (Deb et al., NSGA-II, 2002) under Deb's constrained
/// dominance: feasible points first, sorted into Pareto fronts; then infeasible points, one front per
/// violation value, the smallest first.
public enum NondominatedSorting {
    /// The fronts of `evaluations` (indices, front 1 first, each in increasing index order).
    ///
    /// Feasible points are sorted as in efficient nondominated sorting (ENS, Zhang et al. 2015): in
    /// lexicographic order of the objectives, each point joins the first front none of whose members
    /// dominates it; the fronts are those of Deb's fast nondominated sort.
    /// - Complexity: O(n log n) for 2 objectives, O(n log n · log F) for 3 (F fronts), O(M n²) at worst
    ///   for more.
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

    /// The fronts of the feasible points `members` (each in increasing index order).
    ///
    /// Every method visits the points in lexicographic order of the objectives, so each point's
    /// dominators come before it, and puts it into the first front none of whose members dominates it
    /// (exact duplicates share the front of their first copy). Whether front k dominates a point is
    /// monotone in k (a dominator in front k + 1 is dominated by one in front k), so the front is found
    /// by binary search over the fronts:
    /// - 2 objectives: front k dominates p iff its least f₂ so far is ≤ p's, O(n log n) in all;
    /// - 3 objectives: each front keeps the staircase of its members' (f₂, f₃) in a balanced tree, and
    ///   front k dominates p iff that staircase weakly dominates p's (f₂, f₃): O(n log n · log F) for F fronts;
    /// - more: ENS-SS (Zhang et al. 2015), each front scanned from its latest member, O(M n²) at worst.
    private static func feasibleFronts(_ members: [Int], of evaluations: [ProblemEvaluation], objectiveCount m: Int) -> [[Int]] {
        guard !members.isEmpty else { return [] }
        var objectives = [Double](repeating: 0, count: members.count * m)
        for (p, i) in members.enumerated() {
            for k in 0..<m { objectives[p * m + k] = evaluations[i].objectives[k] }
        }
        var front = [Int](repeating: 0, count: members.count)
        let frontCount = objectives.withUnsafeBufferPointer { f -> Int in
            let order = members.indices.sorted { a, b in
                for k in 0..<m where f[a * m + k] != f[b * m + k] { return f[a * m + k] < f[b * m + k] }
                return a < b
            }
            switch m {
            case 2: return sweep(order, f, &front)
            case 3: return staircaseSearch(order, f, &front)
            default: return sequentialSearch(order, f, m, &front)
            }
        }
        var fronts = [[Int]](repeating: [], count: frontCount)
        for p in members.indices { fronts[front[p]].append(members[p]) }
        return fronts
    }

    /// Whether the point at `position` of `order` equals the one before it in every objective.
    @inline(__always)
    private static func repeatsPrevious(_ position: Int, _ order: [Int], _ f: UnsafeBufferPointer<Double>, _ m: Int) -> Bool {
        guard position > 0 else { return false }
        let (a, b) = (order[position] * m, order[position - 1] * m)
        for k in 0..<m where f[a + k] != f[b + k] { return false }
        return true
    }

    /// The first front index in 0..<count for which `isDominatedBy` is false (count if none).
    @inline(__always)
    private static func firstFront(below count: Int, where isDominatedBy: (Int) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if isDominatedBy(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Two objectives: the least f₂ of every front so far.
    private static func sweep(_ order: [Int], _ f: UnsafeBufferPointer<Double>, _ front: inout [Int]) -> Int {
        var least: [Double] = []
        for (position, p) in order.enumerated() {
            if repeatsPrevious(position, order, f, 2) { front[p] = front[order[position - 1]]; continue }
            let y = f[p * 2 + 1]
            let k = firstFront(below: least.count) { least[$0] <= y }
            if k == least.count { least.append(y) } else { least[k] = y }
            front[p] = k
        }
        return least.count
    }

    /// Three objectives: one (f₂, f₃) staircase per front.
    private static func staircaseSearch(_ order: [Int], _ f: UnsafeBufferPointer<Double>, _ front: inout [Int]) -> Int {
        var staircases = Staircases()
        for (position, p) in order.enumerated() {
            if repeatsPrevious(position, order, f, 3) { front[p] = front[order[position - 1]]; continue }
            let (y, z) = (f[p * 3 + 1], f[p * 3 + 2])
            let k = firstFront(below: staircases.count) { staircases.isWeaklyDominated(y, z, in: $0) }
            if k == staircases.count { _ = staircases.append() }
            staircases.insert(y, z, in: k)
            front[p] = k
        }
        return staircases.count
    }

    /// ENS-SS: fronts tried in order, each scanned from its latest member.
    private static func sequentialSearch(_ order: [Int], _ f: UnsafeBufferPointer<Double>, _ m: Int, _ front: inout [Int]) -> Int {
        var fronts: [[Int]] = []
        for p in order {
            var k = 0
            while k < fronts.count, isDominated(p, byAnyOf: fronts[k], f, m) { k += 1 }
            if k == fronts.count { fronts.append([p]) } else { fronts[k].append(p) }
            front[p] = k
        }
        return fronts.count
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
