import WaterNexusNetwork

/// SCIP's solution of an exported QCP read back as a network design (arc flows `f_<arc>`, technology
/// binaries `x_<node>_<j>`, pipe binaries `y_<arc>`), so a disagreement can be explained: is SCIP's design
/// feasible when re-evaluated from scratch, and which bound derived by nexus does it cross?
struct SCIPDesign {
    var network: NetworkModel
    var graph: NetworkGraph
    var design: NetworkDesign

    init(network: NetworkModel, values: [String: Double]) {
        let graph = NetworkGraph(network)
        self.network = network
        self.graph = graph
        let flows = graph.arcs.indices.map { max(values["f_\($0)"] ?? 0, 0) }
        let technologies = network.treatments.indices.map { i -> Int? in
            guard let node = graph.nodes.firstIndex(where: { $0.kind == .treatment(i) }) else { return nil }
            return network.treatments[i].technologies.indices.first { (values["x_\(node)_\($0)"] ?? 0) > 0.5 }
        }
        let pipes = graph.arcs.indices.map { (values["y_\($0)"] ?? 0) > 0.5 || flows[$0] > 1e-9 }
        design = NetworkDesign(flows: flows, technologies: technologies, pipes: pipes)
    }

    /// What the re-evaluation says of SCIP's design, then every initial bound of nexus
    /// (``NetworkBounds``) that the design crosses.
    var diagnosis: [String] {
        let evaluation = NetworkEvaluation(model: network, graph: graph, design: design, tolerance: 1e-5)
        var lines = [evaluation.isFeasible
            ? "SCIP's design re-evaluated from the data: feasible, cost \(evaluation.cost.total)"
            : "SCIP's design re-evaluated from the data: infeasible (\(evaluation.violations.prefix(3).joined(separator: "; ")))"]
        let bounds = NetworkBounds(model: network, graph: graph)
        func above(_ value: Double, _ bound: Double) -> Bool { value > bound + 1e-6 * max(1, abs(bound)) }
        for (id, node) in graph.nodes.enumerated() {
            if above(evaluation.throughput[id], bounds.throughputUpper[id]) {
                lines.append("throughput of \(node.name) is \(evaluation.throughput[id]) t/h, above nexus's bound \(bounds.throughputUpper[id])")
            }
            guard node.hasVariableQuality, evaluation.throughput[id] > 1e-9 else { continue }
            for (c, name) in network.contaminants.enumerated() {
                let value = evaluation.concentrations[id][c], lo = bounds.concentrationLower[id][c], hi = bounds.concentrationUpper[id][c]
                if above(value, hi) || above(lo, value) {
                    lines.append("\(name) at \(node.name) is \(value) ppm, outside nexus's bounds [\(lo), \(hi)]")
                }
            }
        }
        for a in graph.arcs.indices where above(design.flows[a], bounds.arcUpper[a]) {
            lines.append("flow on \(graph.label(of: a)) is \(design.flows[a]) t/h, above nexus's bound \(bounds.arcUpper[a])")
        }
        if evaluation.isFeasible && lines.count == 1 {
            lines.append("the design crosses none of nexus's initial bounds: a later step excluded it (optimality-based "
                         + "tightening, or a relaxation MILP reported infeasible)")
        }
        return lines
    }
}
