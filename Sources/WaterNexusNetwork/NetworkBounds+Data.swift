extension NetworkBounds {
    /// The bounds the model data state, with nothing derived: source capacities (none: unbounded), unit
    /// `maxFlow` and slot `capacity` (else ``Economics/maxFlow``, the model's stated assumption), fixed flows,
    /// discharges unbounded; concentrations fixed for sources and fixed-flow outlets, else in [0, ceiling]
    /// with the ceiling `maxOutlet` for fixed-load units and, for treatment slots, the largest concentration
    /// any node can release (treatment only removes, so no slot outlet exceeds it). Arc flows are bounded by
    /// the smaller of their ends' throughput bounds.
    ///
    /// These are the bounds of the exact model written for independent solvers (``NetworkQCP``), which must
    /// not inherit a bound our own propagation derived: the file exists to catch a wrong one.
    init(dataOf model: NetworkModel, graph: NetworkGraph) {
        let n = graph.nodes.count, k = model.contaminants.count, assumed = model.economics.maxFlow
        concentrationLower = Array(repeating: Array(repeating: 0, count: k), count: n)
        concentrationUpper = Array(repeating: Array(repeating: 0, count: k), count: n)
        throughputLower = Array(repeating: 0, count: n)
        throughputUpper = Array(repeating: .infinity, count: n)
        arcUpper = []
        for (id, node) in graph.nodes.enumerated() {
            switch node.kind {
            case let .source(i):
                concentrationLower[id] = model.sources[i].concentrations
                concentrationUpper[id] = model.sources[i].concentrations
                throughputUpper[id] = model.sources[i].capacity ?? .infinity
            case let .unit(i):
                switch model.units[i].kind {
                case let .fixedLoad(_, _, maxOutlet):
                    concentrationUpper[id] = maxOutlet
                    throughputUpper[id] = model.units[i].maxFlow ?? assumed
                case let .fixedFlow(inletFlow, _, outletFlow, outletConcentrations):
                    concentrationLower[id] = outletConcentrations
                    concentrationUpper[id] = outletConcentrations
                    throughputLower[id] = max(inletFlow, outletFlow)
                    throughputUpper[id] = max(inletFlow, outletFlow)
                }
            case let .treatment(i):
                throughputUpper[id] = model.treatments[i].capacity ?? assumed
            case .discharge:
                break
            }
        }
        // Slots and discharges still hold 0 here, so this is the largest concentration a source or unit releases.
        let ceiling = (0..<k).map { c in concentrationUpper.map { $0[c] }.max() ?? 0 }
        for (id, node) in graph.nodes.enumerated() {
            if case .treatment = node.kind { concentrationUpper[id] = ceiling }
        }
        let throughput = throughputUpper
        arcUpper = graph.arcs.map { arc in
            var upper = min(throughput[arc.from], throughput[arc.to])
            if case let .unit(i) = graph.nodes[arc.from].kind, case let .fixedFlow(_, _, out, _) = model.units[i].kind { upper = min(upper, out) }
            if case let .unit(i) = graph.nodes[arc.to].kind, case let .fixedFlow(inFlow, _, _, _) = model.units[i].kind { upper = min(upper, inFlow) }
            return upper
        }
    }
}
