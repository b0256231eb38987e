import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// Fixes the concentrations at `start` (clipped to their bounds), solves the problem in flows, re-evaluates
    /// the design, and repeats from the re-evaluated concentrations while the cost improves.
    mutating func improveUpperBound(from start: [[Double]]) throws {
        var guess = clipped(start)
        for _ in 0..<6 {
            guard elapsed < options.timeLimit, let (value, design, evaluation) = try solveFixed(guess) else { return }
            let improved = best.map { value < $0.value - 1e-9 * max(abs($0.value), 1) } ?? true
            if improved { best = (value, design, evaluation) }
            var next = guess
            for id in graph.variableQualityNodes where evaluation.throughput[id] > 1e-9 {
                next[id] = evaluation.concentrations[id]
            }
            next = clipped(next)
            if !improved || next == guess { return }
            guess = next
        }
    }

    func clipped(_ values: [[Double]]) -> [[Double]] {
        values.indices.map { id in
            values[id].indices.map { c in min(max(values[id][c], bounds.concentrationLower[id][c]), bounds.concentrationUpper[id][c]) }
        }
    }

    /// The best design with concentrations at most `concentrations`, verified; nil when none or unverifiable.
    mutating func solveFixed(_ concentrations: [[Double]]) throws -> (Double, NetworkDesign, NetworkEvaluation)? {
        let formulation = try NetworkFormulation(network: network, graph: graph, bounds: bounds, mode: .fixed(concentrations),
                                                 carbonCap: network.economics.carbonCap, emissionsObjective: options.objective == .emissions,
                                                 capexBreakpoints: capexBreakpoints)
        options.modelSink?("fixed_quality_\(milps + lps + 1)", formulation.model)
        var solverOptions = SolverOptions()
        // A heuristic step: never let one problem in flows take more than a small share of the budget.
        solverOptions.timeLimit = min(remaining, max(1, 0.05 * options.timeLimit))
        let solution = try GLPKSolver.solve(formulation.model, options: solverOptions)
        if formulation.model.isMIP { milps += 1 } else { lps += 1 }
        guard solution.hasSolution, solution.status == .optimal || solution.status == .feasible else {
            options.log?("  fixed-quality problem: \(solution.status.rawValue)")
            return nil
        }
        let design = NetworkSolver.design(from: formulation, solution: solution, graph: graph)
        let evaluation = NetworkEvaluation(model: network, graph: graph, design: design)
        guard evaluation.isFeasible else {
            options.log?("  fixed-quality design rejected: \(evaluation.violations.joined(separator: "; "))")
            return nil
        }
        options.log?("  fixed-quality design: objective \(solution.objective ?? .nan), re-evaluated \(evaluation.cost.total)")
        let value = options.objective == .cost ? evaluation.cost.total : evaluation.emissions.total
        return (value, design, evaluation)
    }

    static func design(from formulation: NetworkFormulation, solution: Solution, graph: NetworkGraph) -> NetworkDesign {
        let flows = formulation.flow.map { max(solution.value($0), 0) }
        let technologies = formulation.techOn.map { on in on.firstIndex { solution.value($0) > 0.5 } }
        let pipes = graph.arcs.indices.map { a in formulation.arcOn[a].map { solution.value($0) > 0.5 } ?? (flows[a] > 1e-9) }
        return NetworkDesign(flows: flows, technologies: technologies, pipes: pipes)
    }
}
