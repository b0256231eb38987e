import Foundation

/// Interval checks that name a likely cause once infeasibility is proven (they are explanations, not proofs:
/// water may also leave through fixed-flow units or be cleaned in closed loops).
enum InfeasibilityDiagnosis {
    /// A sentence naming a blocked discharge or unit inlet, or nil when these checks find nothing.
    static func reason(network: NetworkModel, graph: NetworkGraph, bounds: NetworkBounds) -> String? {
        let k = network.contaminants
        let mustDischarge = graph.nodes.indices.contains { id in
            if case .unit = graph.nodes[id].kind { return graph.nodes[id].hasOutlet && bounds.throughputLower[id] > 0 }
            return false
        }
        if mustDischarge {
            var reasons: [String] = []
            var anyOpen = false
            for (id, node) in graph.nodes.enumerated() {
                guard case let .discharge(i) = node.kind else { continue }
                var blocked: String? = graph.incoming[id].isEmpty ? "no allowed connection reaches discharge \(node.name)" : nil
                for c in k.indices where blocked == nil && network.discharges[i].limits[c].isFinite {
                    let cleanest = graph.incoming[id].map { bounds.concentrationLower[graph.arcs[$0].from][c] }.min() ?? .infinity
                    if cleanest > network.discharges[i].limits[c] * (1 + 1e-9) + 1e-12 {
                        blocked = "discharge \(node.name) allows \(String(format: "%.6g", network.discharges[i].limits[c])) ppm of \(k[c]) but every stream that can reach it carries at least \(String(format: "%.6g", cleanest)) ppm, even after the best available treatment"
                        break
                    }
                }
                if let blocked { reasons.append(blocked) } else { anyOpen = true }
            }
            if !anyOpen { return reasons.joined(separator: "; ") + "; add a technology with higher removal, relax the limit, or allow more connections" }
        }
        for (id, node) in graph.nodes.enumerated() {
            guard case let .unit(i) = node.kind, case let .fixedLoad(loads, maxInlet, _) = network.units[i].kind else { continue }
            if graph.incoming[id].isEmpty || graph.outgoing[id].isEmpty {
                return "unit \(node.name) picks up contaminants but has no allowed \(graph.incoming[id].isEmpty ? "inlet" : "outlet") connection"
            }
            for c in k.indices where loads[c] > 0 {
                let cleanest = graph.incoming[id].map { bounds.concentrationLower[graph.arcs[$0].from][c] }.min() ?? .infinity
                if cleanest > maxInlet[c] * (1 + 1e-9) + 1e-12 {
                    return "unit \(node.name) accepts at most \(maxInlet[c]) ppm of \(k[c]) at its inlet but every stream that can reach it carries at least \(String(format: "%.6g", cleanest)) ppm; connect a cleaner source"
                }
            }
        }
        return nil
    }
}
