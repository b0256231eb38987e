extension AllocationProblem {
    /// Spreads source totals (e.g. the published original plan, which gives no per-user split) over users:
    /// each recycled source's total goes to its connected users in proportion to their caps s_ij·d_j
    /// (or demands when uncapped); the other sources' totals cover the users' remaining demand
    /// d_j − (recycled to j) in proportion, each source in proportion to its share of that supply.
    /// The split is an assumption; it does not change f2 (per-source factors), and changes f3 only
    /// through the recycled split.
    public func flows(fromSourceTotals totals: [Double]) -> [[Double]] {
        let inst = instance
        var x = Array(repeating: Array(repeating: 0.0, count: inst.users.count), count: inst.sources.count)
        var recycledTo = Array(repeating: 0.0, count: inst.users.count)
        for i in inst.sources.indices where inst.sources[i].isRecycled {
            let weights = inst.users.indices.map { j -> Double in
                guard inst.connections[i][j] else { return 0 }
                return (inst.shareCaps[i][j] ?? 1) * inst.demand[j]
            }
            let total = weights.reduce(0, +)
            guard total > 0 else { continue }
            for j in inst.users.indices {
                x[i][j] = totals[i] * weights[j] / total
                recycledTo[j] += x[i][j]
            }
        }
        let need = inst.users.indices.map { max(0, inst.demand[$0] - recycledTo[$0]) }
        for i in inst.sources.indices where !inst.sources[i].isRecycled {
            let weights = inst.users.indices.map { inst.connections[i][$0] ? need[$0] : 0 }
            let total = weights.reduce(0, +)
            guard total > 0 else { continue }
            for j in inst.users.indices { x[i][j] = totals[i] * weights[j] / total }
        }
        return x
    }
}

extension AllocationCase {
    /// The original plan's source totals at a rate label, if the case has one.
    public func originalTotals(rate: String) -> [Double]? {
        originalPlan?.supply.first { $0.rate == rate }.map { $0.totals.map(\.value) }
    }
}
