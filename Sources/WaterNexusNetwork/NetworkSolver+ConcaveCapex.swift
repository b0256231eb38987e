import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// Initial interior breakpoints of the concave-capex underestimators: F/16, F/4 and F/2 of each slot's
    /// initial capacity F (denser near 0, where α·F^β bends most); none for technologies without the term.
    static func initialCapexBreakpoints(_ network: NetworkModel, bounds: NetworkBounds, graph: NetworkGraph) -> [[[Double]]] {
        network.treatments.enumerated().map { t, slot in
            let capacity = graph.nodes.indices.first { if case .treatment(t) = graph.nodes[$0].kind { true } else { false } }
                .map { bounds.throughputUpper[$0] } ?? 0
            return slot.technologies.map { $0.capexConcave == nil ? [] : [capacity / 16, capacity / 4, capacity / 2] }
        }
    }

    /// Adds a breakpoint at the relaxation's flow through every built technology whose concave capex is
    /// underestimated there (so the next relaxation is exact at that flow). Returns whether one was added.
    mutating func refineCapex(_ formulation: NetworkFormulation, _ solution: Solution) -> Bool {
        var refined = false
        for (t, slot) in network.treatments.enumerated() {
            for (j, tech) in slot.technologies.enumerated() {
                guard let term = tech.capexConcave, solution.value(formulation.techOn[t][j]) > 0.5 else { continue }
                let flow = solution.value(formulation.techFlow[t][j])
                let exact = term.value(at: flow), estimate = solution.value(formulation.techConcaveCapex[t][j])
                let scale = max(term.alpha, 1e-12) * max(1, flow)
                guard exact - estimate > 1e-9 * scale else { continue }
                let near = capexBreakpoints[t][j].contains { abs($0 - flow) <= 1e-9 * max(1, flow) }
                guard !near else { continue }
                capexBreakpoints[t][j].append(flow)
                capexBreakpoints[t][j].sort()
                refined = true
            }
        }
        return refined
    }
}
