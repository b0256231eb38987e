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
    ///
    /// Every bound holds for every feasible design, including water that circulates through loops (a unit
    /// or slot in a loop can carry more than the plant takes in, so no throughput is capped by the supply):
    /// - a source supplies at most its `capacity` (data) and at most what its connections can take;
    /// - a fixed-load unit carries at most its `maxFlow`, else `economics.maxFlow` (the model's rule);
    /// - a slot carries at most its `capacity`, else `economics.maxFlow` (the model's rule);
    /// - a fixed-flow unit carries exactly its flows (data);
    /// - an arc carries at most what its two ends can carry, and a discharge at most what its arcs can;
    /// - concentrations are convex combinations of their inlets, so no outlet exceeds the largest data
    ///   ceiling (sources, C_out,max, fixed outlets), and treatment never raises a concentration.
    /// A bound that stays infinite (an uncapacitated source's bypass straight to a discharge) stays so.
    public init(model: NetworkModel, graph: NetworkGraph, rounds: Int = 50) {
        self.init(dataOf: model, graph: graph)
        propagate(model: model, graph: graph, rounds: rounds)
        // What the connections can carry bounds the uncapacitated ends: sources and discharges.
        for (id, node) in graph.nodes.enumerated() {
            switch node.kind {
            case .source: throughputUpper[id] = min(throughputUpper[id], graph.outgoing[id].reduce(0) { $0 + arcUpper[$1] })
            case .discharge: throughputUpper[id] = min(throughputUpper[id], graph.incoming[id].reduce(0) { $0 + arcUpper[$1] })
            default: break
            }
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
                        guard case let .fixedLoad(_, maxInlet, maxOutlet) = model.units[i].kind else { continue }
                        inHi = min(inHi, maxInlet[c])
                        // A fitted load varies with the throughput: its least value gives the lower bounds, its
                        // largest the upper one (the unit runs inside the curve's range, see HybridRelations.swift).
                        if let range = model.units[i].operatingRange {
                            throughputLower[id] = min(max(throughputLower[id], range.lowerBound), throughputUpper[id])
                            throughputUpper[id] = max(min(throughputUpper[id], range.upperBound), throughputLower[id])
                        }
                        let loads = model.units[i].loadRange(c, from: throughputLower[id], to: throughputUpper[id])
                        let grams = 1000 * loads.lowerBound
                        if grams > 0 {
                            let room = min(maxOutlet[c], hi) - inLo
                            if room > 0 { throughputLower[id] = max(throughputLower[id], min(grams / room, throughputUpper[id])) }
                        }
                        let perFlow = model.units[i].loadPerFlowRange(c, from: throughputLower[id], to: throughputUpper[id])
                        lo = max(lo, inLo + 1000 * perFlow.min)
                        hi = min(hi, inHi + 1000 * perFlow.max)
                        hi = min(hi, maxOutlet[c])
                    case let .treatment(i):
                        let removal = model.treatments[i].technologies.map { $0.removalRange(c, from: throughputLower[id], to: throughputUpper[id]) }
                        lo = max(lo, (1 - (removal.map(\.upperBound).max() ?? 0)) * inLo)
                        hi = min(hi, (1 - (removal.map(\.lowerBound).min() ?? 0)) * inHi)
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

extension NetworkBounds {
    /// Keeps, for every bound, the tighter of this box's and `other`'s (both valid, so their intersection is).
    mutating func intersect(_ other: NetworkBounds) {
        for id in concentrationLower.indices {
            for c in concentrationLower[id].indices {
                concentrationLower[id][c] = max(concentrationLower[id][c], other.concentrationLower[id][c])
                concentrationUpper[id][c] = max(min(concentrationUpper[id][c], other.concentrationUpper[id][c]), concentrationLower[id][c])
            }
            throughputLower[id] = max(throughputLower[id], other.throughputLower[id])
            throughputUpper[id] = max(min(throughputUpper[id], other.throughputUpper[id]), throughputLower[id])
        }
        for a in arcUpper.indices { arcUpper[a] = min(arcUpper[a], other.arcUpper[a]) }
    }
}
