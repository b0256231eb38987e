extension NetworkMORIMEProblem {
    /// Moves the flows toward the linear flow balances; concentrations, quality limits (technology inlet limits
    /// included) and technology minimum throughputs are left to the search (they enter through the violation).
    ///
    /// Each sweep visits the nodes in graph order: a fixed-flow unit gets its incoming arcs scaled to the
    /// required inflow and its outgoing arcs to the required outflow; a fixed-load unit or a treatment slot
    /// gets both sides scaled to the mean of inflow and outflow (capped at its capacity); a source above
    /// its capacity gets its outgoing arcs scaled down to it. Scaling keeps the split between arcs; a side
    /// with no flow that must carry some gets it spread in proportion to the arcs' bounds. Flows are clipped
    /// to their bounds after each scaling. Sweeps stop early once no balance is off by more than 1e-9
    /// relative.
    public func repair(_ x: inout [Double]) {
        guard repairSweeps > 0 else { return }
        for _ in 0..<repairSweeps {
            var moved = false
            for (id, node) in graph.nodes.enumerated() {
                let inFlow = graph.incoming[id].reduce(0) { $0 + x[$1] }, outFlow = graph.outgoing[id].reduce(0) { $0 + x[$1] }
                switch node.kind {
                case let .source(i):
                    if let cap = model.sources[i].capacity, outFlow > cap * (1 + 1e-9) { moved = setTotal(cap, on: graph.outgoing[id], &x) || moved }
                case let .unit(i):
                    switch model.units[i].kind {
                    case let .fixedFlow(inletFlow, _, outletFlow, _):
                        moved = setTotal(inletFlow, on: graph.incoming[id], &x) || moved
                        moved = setTotal(outletFlow, on: graph.outgoing[id], &x) || moved
                    case .fixedLoad:
                        moved = balance(id, inFlow, outFlow, capacity: model.units[i].maxFlow, &x) || moved
                    }
                case let .treatment(i):
                    moved = balance(id, inFlow, outFlow, capacity: model.treatments[i].capacity, &x) || moved
                case .discharge:
                    break
                }
            }
            if !moved { return }
        }
    }

    /// Scales both sides of a throughput node to the mean of its inflow and outflow (at most `capacity`).
    private func balance(_ id: Int, _ inFlow: Double, _ outFlow: Double, capacity: Double?, _ x: inout [Double]) -> Bool {
        let target = min((inFlow + outFlow) / 2, capacity ?? .infinity)
        let a = setTotal(target, on: graph.incoming[id], &x)
        let b = setTotal(target, on: graph.outgoing[id], &x)
        return a || b
    }

    /// Makes the flows on `arcs` sum to `target` (scaling, or spreading in proportion to the bounds when
    /// they carry nothing), clipped to their bounds; whether anything moved.
    private func setTotal(_ target: Double, on arcs: [Int], _ x: inout [Double]) -> Bool {
        guard !arcs.isEmpty else { return false }
        let current = arcs.reduce(0) { $0 + x[$1] }
        guard abs(current - target) > 1e-9 * (1 + target) else { return false }
        if current > 0 {
            let factor = target / current
            for a in arcs { x[a] = min(x[a] * factor, upperBounds[a]) }
        } else {
            let room = arcs.reduce(0) { $0 + upperBounds[$1] }
            guard room > 0 else { return false }
            for a in arcs { x[a] = min(target * upperBounds[a] / room, upperBounds[a]) }
        }
        return true
    }
}
