import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// Optimality-based bound tightening of the solver's bounds (see ``tightened(_:partitions:fixings:cutoff:label:work:)``),
    /// once per incumbent value, followed by propagation and clipping of the partitions.
    mutating func tightenBounds() throws {
        // The LP relaxation of the partitioned MILP is the plain McCormick one: only a better incumbent (or
        // new bounds, which only this step makes) can tighten it further.
        guard let incumbent = best?.value, incumbent != tightenedAt else { return }
        tightenedAt = incumbent
        var work = Work()
        let tightened = try tightened(bounds, partitions: partitions, fixings: [:], cutoff: incumbent, label: "bound_tightening", work: &work)
        lps += work.lps
        guard let tightened else { return } // nothing beats the incumbent; the relaxation rounds will show it
        bounds = tightened
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                partitions[id][c].clip(lower: bounds.concentrationLower[id][c], upper: bounds.concentrationUpper[id][c])
            }
        }
    }

    /// Minimizes and maximizes every concentration, node throughput and arc flow over the LP relaxation on
    /// `box` (binaries relaxed, those in `fixings` fixed) with objective ≤ `cutoff`, then propagates.
    ///
    /// Why it holds: every design in the box that is at least as good as the cutoff is feasible for that LP,
    /// so its values lie between the LP's extremes (a margin of 1e-7 absorbs the LP's tolerances). Returns
    /// nil when the LP is infeasible: no design in the box beats the cutoff. A subproblem GLPK cannot solve
    /// leaves its bound unchanged.
    func tightened(_ box: NetworkBounds, partitions: [[ConcentrationPartition]], fixings: [String: Double], cutoff: Double,
                   label: String, work: inout Work) throws -> NetworkBounds? {
        var box = box
        var formulation = try NetworkFormulation(network: network, graph: graph, bounds: box,
                                                 mode: .relaxation(options.relaxation, partitions: partitions),
                                                 carbonCap: network.economics.carbonCap, emissionsObjective: options.objective == .emissions,
                                                 capexBreakpoints: capexBreakpoints)
        for (name, value) in fixings.sorted(by: { $0.key < $1.key }) {
            if let variable = formulation.model.variable(named: name) { try formulation.model.setBounds(of: variable, lower: value, upper: value) }
        }
        let objective = options.objective == .cost ? formulation.cost : formulation.emissions
        try formulation.model.addConstraint("incumbent", objective <= cutoff + 1e-7 * max(abs(cutoff), 1))
        var lp = SolverOptions()
        lp.relaxIntegrality = true
        var model = formulation.model
        var infeasible = false
        func extreme(_ expression: LinearExpression, _ sense: ObjectiveSense) throws -> Double? {
            guard !infeasible, elapsed < options.timeLimit * 0.7 else { return nil }
            try model.setObjective(sense, expression)
            options.modelSink?("\(label)_\(work.lps + 1)", model)
            lp.timeLimit = remaining
            let solution = NetworkSolver.solveSubproblem(model, options: lp, log: options.log)
            work.lps += 1
            if solution?.status == .infeasible { infeasible = true }
            return solution?.status == .optimal ? solution?.objective : nil
        }
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                guard let conc = formulation.concentration[id][c] else { continue }
                let margin = 1e-7 * (1 + box.concentrationUpper[id][c])
                if let lo = try extreme(conc.expression, .minimize) {
                    box.concentrationLower[id][c] = min(max(box.concentrationLower[id][c], lo - margin), box.concentrationUpper[id][c])
                }
                if let hi = try extreme(conc.expression, .maximize) {
                    box.concentrationUpper[id][c] = max(min(box.concentrationUpper[id][c], hi + margin), box.concentrationLower[id][c])
                }
            }
            let throughput = graph.outgoing[id].map { formulation.flow[$0] }.sum()
            let margin = 1e-7 * (1 + box.throughputUpper[id])
            if let hi = try extreme(throughput, .maximize) {
                box.throughputUpper[id] = max(min(box.throughputUpper[id], hi + margin), box.throughputLower[id])
            }
            if let lo = try extreme(throughput, .minimize) {
                box.throughputLower[id] = min(max(box.throughputLower[id], lo - margin), box.throughputUpper[id])
            }
        }
        for (a, f) in formulation.flow.enumerated() where box.arcUpper[a] > 0 {
            if let hi = try extreme(f.expression, .maximize) {
                box.arcUpper[a] = max(min(box.arcUpper[a], hi + 1e-7 * (1 + box.arcUpper[a])), 0)
            }
        }
        if infeasible { return nil }
        box.propagate(model: network, graph: graph, rounds: 50)
        return box
    }
}
