/// Bounds on every node's outlet concentration and every arc's flow, tightened by interval
/// propagation through the balances (feasibility-based bound tightening).
public struct NetworkBounds: Sendable {
    /// Outlet concentration bounds `[node][contaminant]` (fixed nodes have lower = upper).
    public var concentrationLower: [[Double]]
    public var concentrationUpper: [[Double]]
    /// Throughput bounds per node (t/h); inlet = outlet for units and slots.
    public var throughputLower: [Double]
    public var throughputUpper: [Double]
    /// Flow upper bound per arc (t/h).
    public var arcUpper: [Double]

    /// Initial bounds from the data, then propagated until they stop changing (at most `rounds` sweeps).
    public init(model: NetworkModel, graph: NetworkGraph, rounds: Int = 50) {
        let n = graph.nodes.count, k = model.contaminants.count
        concentrationLower = Array(repeating: Array(repeating: 0, count: k), count: n)
        concentrationUpper = Array(repeating: Array(repeating: 0, count: k), count: n)
        throughputLower = Array(repeating: 0, count: n)
        throughputUpper = Array(repeating: 0, count: n)
        arcUpper = []
        let supply = model.sources.reduce(0) { $0 + ($1.capacity ?? model.economics.maxFlow) }
            + model.units.reduce(0) { total, u in
                if case let .fixedFlow(_, _, out, _) = u.kind { return total + out }
                return total
            }
        for (id, node) in graph.nodes.enumerated() {
            switch node.kind {
            case let .source(i):
                let s = model.sources[i]
                concentrationLower[id] = s.concentrations
                concentrationUpper[id] = s.concentrations
                throughputUpper[id] = s.capacity ?? model.economics.maxFlow
            case let .unit(i):
                let u = model.units[i]
                switch u.kind {
                case let .fixedLoad(_, _, maxOutlet):
                    concentrationUpper[id] = maxOutlet
                    throughputUpper[id] = min(u.maxFlow ?? model.economics.maxFlow, supply)
                case let .fixedFlow(inletFlow, _, outletFlow, outletConcentrations):
                    concentrationLower[id] = outletConcentrations
                    concentrationUpper[id] = outletConcentrations
                    throughputLower[id] = max(inletFlow, outletFlow)
                    throughputUpper[id] = max(inletFlow, outletFlow)
                }
            case let .treatment(i):
                throughputUpper[id] = min(model.treatments[i].capacity ?? model.economics.maxFlow, supply)
                let sourceMax = (0..<k).map { c in graph.nodes.indices.map { concentrationCeiling(model, graph, $0, c) }.max() ?? 0 }
                concentrationUpper[id] = sourceMax
            case .discharge:
                throughputUpper[id] = supply
            }
        }
        propagate(model: model, graph: graph, rounds: rounds)
    }

    /// Largest concentration a node's outlet can ever have, from data alone.
    private func concentrationCeiling(_ model: NetworkModel, _ graph: NetworkGraph, _ id: Int, _ c: Int) -> Double {
        switch graph.nodes[id].kind {
        case let .source(i): model.sources[i].concentrations[c]
        case let .unit(i):
            switch model.units[i].kind {
            case let .fixedLoad(_, _, maxOutlet): maxOutlet[c]
            case let .fixedFlow(_, _, _, out): out[c]
            }
        default: 0
        }
    }

    /// Interval propagation through unit and slot balances; monotone, so every sweep keeps valid bounds.
    mutating func propagate(model: NetworkModel, graph: NetworkGraph, rounds: Int) {
        let k = model.contaminants.count
        for _ in 0..<rounds {
            var changed = false
            for (id, node) in graph.nodes.enumerated() where node.hasVariableQuality {
                let sources = graph.incoming[id].map { graph.arcs[$0].from }
                for c in 0..<k {
                    let inLo = sources.map { concentrationLower[$0][c] }.min() ?? 0
                    var inHi = sources.map { concentrationUpper[$0][c] }.max() ?? 0
                    var lo = concentrationLower[id][c], hi = concentrationUpper[id][c]
                    switch node.kind {
                    case let .unit(i):
                        guard case let .fixedLoad(loads, maxInlet, maxOutlet) = model.units[i].kind else { continue }
                        inHi = min(inHi, maxInlet[c])
                        let grams = 1000 * loads[c]
                        if grams > 0 {
                            let room = maxOutlet[c] - inLo
                            if room > 0 { throughputLower[id] = max(throughputLower[id], min(grams / room, throughputUpper[id])) }
                        }
                        lo = max(lo, inLo + (throughputUpper[id] > 0 ? grams / throughputUpper[id] : 0))
                        if throughputLower[id] > 0 { hi = min(hi, inHi + grams / throughputLower[id]) }
                        hi = min(hi, maxOutlet[c])
                    case let .treatment(i):
                        let removal = model.treatments[i].technologies.map { $0.removal[c] }
                        lo = max(lo, (1 - (removal.max() ?? 0)) * inLo)
                        hi = min(hi, (1 - (removal.min() ?? 0)) * inHi)
                    default: continue
                    }
                    hi = max(hi, lo) // an empty interval is reported as infeasible by the solver, not here
                    if lo > concentrationLower[id][c] + 1e-12 || hi < concentrationUpper[id][c] - 1e-12 { changed = true }
                    concentrationLower[id][c] = lo
                    concentrationUpper[id][c] = hi
                }
            }
            if !changed { break }
        }
        let previous = arcUpper
        arcUpper = graph.arcs.enumerated().map { a, arc in
            var upper = min(throughputUpper[arc.from], throughputUpper[arc.to])
            if case let .unit(i) = graph.nodes[arc.from].kind, case let .fixedFlow(_, _, out, _) = model.units[i].kind { upper = min(upper, out) }
            if case let .unit(i) = graph.nodes[arc.to].kind, case let .fixedFlow(inFlow, _, _, _) = model.units[i].kind { upper = min(upper, inFlow) }
            return previous.count == graph.arcs.count ? min(upper, previous[a]) : upper
        }
    }
}
