import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// A relaxation (MILP or, with binaries relaxed by the solver options, LP) on `box`.
    struct BoxRelaxation {
        /// The formulation, with the row "objective ≤ cutoff" when a cutoff was given.
        var formulation: NetworkFormulation
        /// The same model without that row.
        var uncut: Model
    }

    /// Builds the relaxation on `box` with `partitions`, the binaries in `fixings` fixed (by name, stable
    /// across boxes), and, with a `cutoff`, the row objective ≤ cutoff + slack·max(|cutoff|, 1): only designs
    /// better than the incumbent matter.
    func boxRelaxation(_ box: NetworkBounds, relaxation: BilinearRelaxation, partitions: [[ConcentrationPartition]],
                       fixings: [String: Double] = [:], cutoff: Double?, slack: Double) throws -> BoxRelaxation {
        var formulation = try NetworkFormulation(network: network, graph: graph, bounds: box,
                                                 mode: .relaxation(relaxation, partitions: partitions),
                                                 carbonCap: network.economics.carbonCap, emissionsObjective: options.objective == .emissions,
                                                 capexBreakpoints: capexBreakpoints)
        for (name, value) in fixings.sorted(by: { $0.key < $1.key }) {
            if let variable = formulation.model.variable(named: name) { try formulation.model.setBounds(of: variable, lower: value, upper: value) }
        }
        let uncut = formulation.model
        if let cutoff {
            let objective = options.objective == .cost ? formulation.cost : formulation.emissions
            try formulation.model.addConstraint("incumbent", objective <= cutoff + slack * max(abs(cutoff), 1))
        }
        return BoxRelaxation(formulation: formulation, uncut: uncut)
    }

    /// The relaxation's concentrations, `[node][contaminant]` (the box's upper bounds for nodes without variables).
    func relaxedConcentrations(_ formulation: NetworkFormulation, _ solution: Solution, box: NetworkBounds) -> [[Double]] {
        box.concentrationUpper.indices.map { id in
            network.contaminants.indices.map { c in
                formulation.concentration[id][c].map { solution.value($0) } ?? box.concentrationUpper[id][c]
            }
        }
    }

    /// The second start of the primal heuristic: `relaxed`, with the concentrations that the relaxation's own
    /// flows and technologies (`design`) produce at every node water passes through.
    func simulatedStart(_ relaxed: [[Double]], design: NetworkDesign) -> [[Double]] {
        let simulated = NetworkEvaluation(model: network, graph: graph, design: design)
        var start = relaxed
        for id in graph.variableQualityNodes where simulated.throughput[id] > 1e-9 { start[id] = simulated.concentrations[id] }
        return start
    }

    /// Every concentration whose products w = f·c on the arcs leaving its node are wrong, at the relaxation's
    /// solution, by more than 1e-7 of their scale (upper concentration × upper throughput on `box`): its value
    /// and the summed mass error (g/h), in node and contaminant order.
    func inexactProducts(_ formulation: NetworkFormulation, _ solution: Solution,
                         box: NetworkBounds) -> [(node: Int, contaminant: Int, value: Double, error: Double)] {
        var products: [(node: Int, contaminant: Int, value: Double, error: Double)] = []
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                guard let conc = formulation.concentration[id][c] else { continue }
                let value = solution.value(conc)
                let scale = box.concentrationUpper[id][c] * max(box.throughputUpper[id], 1e-9)
                let error = graph.outgoing[id].reduce(0) { $0 + abs(solution.value(formulation.mass[$1][c]) - solution.value(formulation.flow[$1]) * value) }
                if error > 1e-7 * scale { products.append((id, c, value, error)) }
            }
        }
        return products
    }

    /// The objective value of an evaluated design (cost or emissions, as the solve minimizes).
    func objectiveValue(_ evaluation: NetworkEvaluation) -> Double {
        options.objective == .cost ? evaluation.cost.total : evaluation.emissions.total
    }
}
