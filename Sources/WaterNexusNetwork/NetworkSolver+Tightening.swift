import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// Optimality-based bound tightening: minimize and maximize every concentration, node throughput and arc
    /// flow over the LP relaxation of the current MILP relaxation with objective ≤ incumbent, then propagate.
    mutating func tightenBounds() throws {
        // The LP relaxation of the partitioned MILP is the plain McCormick one: only a better incumbent (or
        // new bounds, which only this step makes) can tighten it further.
        guard let incumbent = best?.value, incumbent != tightenedAt else { return }
        tightenedAt = incumbent
        let cap = incumbent + 1e-7 * max(abs(incumbent), 1)
        var formulation = try NetworkFormulation(network: network, graph: graph, bounds: bounds,
                                                 mode: .relaxation(options.relaxation, partitions: partitions),
                                                 carbonCap: network.economics.carbonCap, emissionsObjective: options.objective == .emissions,
                                                 capexBreakpoints: capexBreakpoints)
        let objective = options.objective == .cost ? formulation.cost : formulation.emissions
        try formulation.model.addConstraint("incumbent", objective <= cap)
        var lp = SolverOptions()
        lp.relaxIntegrality = true
        var model = formulation.model
        func extreme(_ expression: LinearExpression, _ sense: ObjectiveSense) throws -> Double? {
            guard elapsed < options.timeLimit * 0.7 else { return nil }
            try model.setObjective(sense, expression)
            options.modelSink?("bound_tightening_\(lps + 1)", model)
            lp.timeLimit = remaining
            let solution = try GLPKSolver.solve(model, options: lp)
            lps += 1
            return solution.status == .optimal ? solution.objective : nil
        }
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                guard let conc = formulation.concentration[id][c] else { continue }
                let margin = 1e-7 * (1 + bounds.concentrationUpper[id][c])
                if let lo = try extreme(conc.expression, .minimize) {
                    bounds.concentrationLower[id][c] = min(max(bounds.concentrationLower[id][c], lo - margin), bounds.concentrationUpper[id][c])
                }
                if let hi = try extreme(conc.expression, .maximize) {
                    bounds.concentrationUpper[id][c] = max(min(bounds.concentrationUpper[id][c], hi + margin), bounds.concentrationLower[id][c])
                }
            }
            let throughput = graph.outgoing[id].map { formulation.flow[$0] }.sum()
            let margin = 1e-7 * (1 + bounds.throughputUpper[id])
            if let hi = try extreme(throughput, .maximize) {
                bounds.throughputUpper[id] = max(min(bounds.throughputUpper[id], hi + margin), bounds.throughputLower[id])
            }
            if let lo = try extreme(throughput, .minimize) {
                bounds.throughputLower[id] = min(max(bounds.throughputLower[id], lo - margin), bounds.throughputUpper[id])
            }
        }
        for (a, f) in formulation.flow.enumerated() where bounds.arcUpper[a] > 0 {
            if let hi = try extreme(f.expression, .maximize) {
                bounds.arcUpper[a] = max(min(bounds.arcUpper[a], hi + 1e-7 * (1 + bounds.arcUpper[a])), 0)
            }
        }
        bounds.propagate(model: network, graph: graph, rounds: 50)
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                partitions[id][c].clip(lower: bounds.concentrationLower[id][c], upper: bounds.concentrationUpper[id][c])
            }
        }
    }
}
