import Foundation
import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// Solves the LP relaxation of `node` (McCormick envelopes on its box, binaries relaxed, objective at most
    /// the incumbent), runs the primal heuristic when `heuristic`, and fathoms or branches the node.
    /// Free of side effects, so nodes can be processed in parallel.
    func process(_ node: SearchNode, incumbent: Double?, heuristic: Bool, tighten: Bool) throws -> NodeOutcome {
        var node = node
        var outcome = NodeOutcome(bound: node.bound)
        var clock = Date()
        func lap() -> Double { defer { clock = Date() }; return Date().timeIntervalSince(clock) }
        if tighten {
            // Without an incumbent the LPs have no cost row: their bounds then hold for every design in the box.
            guard let box = try tightened(node.bounds, partitions: NetworkSolver.singleIntervals(node.bounds), fixings: node.fixings,
                                          cutoff: incumbent, label: "node_\(node.id)_tightening", work: &outcome.work) else {
                outcome.bound = incumbent ?? .infinity
                return outcome
            }
            node.bounds = box
            outcome.work.tighteningSeconds += lap()
        }
        let relaxation = try boxRelaxation(node.bounds, relaxation: .piecewiseMcCormick, partitions: NetworkSolver.singleIntervals(node.bounds),
                                           fixings: node.fixings, cutoff: incumbent, slack: 1e-9)
        var formulation = relaxation.formulation
        let uncut = relaxation.uncut
        outcome.work.lps += 1
        var solved = NetworkSolver.solveSubproblem(formulation.model, limits: SolveLimits(timeLimit: remaining, relaxIntegrality: true),
                                                   label: "node_\(node.id)", solver: options.solver, log: options.log)
        if let incumbent, let claim = solved?.status, claim == .infeasible || claim == .infeasibleOrUnbounded {
            // Believe "nothing beats the incumbent" only from the problem without the objective row, and take
            // the node's bound from that problem: its Lagrangian bound (+∞ when infeasible), capped at the incumbent.
            let verified = uncutBound(uncut, work: &outcome.work)
            solved = verified?.solution
            formulation.model = uncut
            if let bound = verified?.bound, bound >= incumbent - closingMargin(incumbent) {
                outcome.bound = max(node.bound, min(bound, incumbent))
                return outcome
            }
        }
        outcome.work.relaxationSeconds += lap()
        guard let solution = solved else {
            outcome.unresolved = true
            return outcome
        }
        switch solution.status {
        case .optimal: break
        case .infeasible:
            // Nothing in the box satisfies the relaxation. (With an incumbent, an infeasible claim was settled
            // above from the problem without the objective row.)
            outcome.bound = incumbent ?? .infinity
            return outcome
        default:
            outcome.unresolved = true
            return outcome
        }
        // The Lagrangian bound of the duals holds even if the simplex stopped short of the optimum.
        let value = max(node.bound, formulation.model.objectiveBound(duals: solution.duals))
        outcome.bound = value
        if let incumbent, value >= incumbent - closingMargin(incumbent) { return outcome }
        let relaxed = relaxedConcentrations(formulation, solution, box: node.bounds)
        let lpDesign = NetworkSolver.design(from: formulation, solution: solution, graph: graph)
        if heuristic {
            var target = incumbent
            outcome.candidate = try fixedQualityDescent(from: relaxed, pass: relaxedPassFractions(formulation, solution), incumbent: target,
                                                        label: "node_\(node.id)_fixed_quality", work: &outcome.work)
            target = outcome.candidate?.value ?? target
            let start = simulatedStart(relaxed, design: lpDesign)
            if start != relaxed, let found = try fixedQualityDescent(from: start, incumbent: target, label: "node_\(node.id)_simulated", work: &outcome.work) {
                outcome.candidate = found
            }
            outcome.work.heuristicSeconds += lap()
        }
        if let best = outcome.candidate?.value ?? incumbent, value >= best - closingMargin(best) { return outcome }
        if let binary = mostFractionalBinary(formulation.model, solution) {
            outcome.children = [0.0, 1.0].map { fixed in
                var child = node
                child.fixings[binary] = fixed
                return child
            }
            return outcome
        }
        let concentrationSplit = branchingPoint(formulation, solution, box: node.bounds)
        if let split = throughputBranchingPoint(formulation, solution, box: node.bounds), split.error > (concentrationSplit?.error ?? 0) {
            outcome.children = [true, false].map { below in
                var child = node
                if below { child.bounds.throughputUpper[split.node] = split.point } else { child.bounds.throughputLower[split.node] = split.point }
                child.bounds.propagate(model: network, graph: graph, rounds: 20)
                return child
            }
            return outcome
        }
        guard let (id, c, point, _) = concentrationSplit else {
            // The relaxation is exact at its solution: the design it describes is as good as the node gets.
            let evaluation = NetworkEvaluation(model: network, graph: graph, design: lpDesign)
            if evaluation.isFeasible {
                let exact = objectiveValue(evaluation)
                if exact < (outcome.candidate?.value ?? .infinity) { outcome.candidate = (exact, lpDesign, evaluation) }
            }
            return outcome
        }
        outcome.children = [true, false].map { below in
            var child = node
            if below { child.bounds.concentrationUpper[id][c] = point } else { child.bounds.concentrationLower[id][c] = point }
            child.bounds.propagate(model: network, graph: graph, rounds: 20)
            return child
        }
        return outcome
    }

    /// How far below a design's value a bound may stay and still count as closing the gap.
    func closingMargin(_ value: Double) -> Double { options.gap * max(abs(value), 1e-9) }

    /// One McCormick interval per concentration: the node's box.
    static func singleIntervals(_ bounds: NetworkBounds) -> [[ConcentrationPartition]] {
        bounds.concentrationLower.indices.map { id in
            bounds.concentrationLower[id].indices.map {
                ConcentrationPartition(lower: bounds.concentrationLower[id][$0], upper: bounds.concentrationUpper[id][$0])
            }
        }
    }

    /// The name of the binary farthest from integrality in the relaxation's solution, nil when all are integral.
    func mostFractionalBinary(_ model: Model, _ solution: Solution) -> String? {
        var chosen: (variable: Variable, distance: Double)?
        for variable in model.variables where model.kind(of: variable) == .binary {
            let x = solution.value(variable), distance = min(x, 1 - x)
            if distance > 1e-6 && distance > (chosen?.distance ?? 0) { chosen = (variable, distance) }
        }
        return chosen.map { model.name(of: $0.variable) }
    }

    /// The concentration whose envelopes are most violated at the relaxation's solution (mass error in g/h),
    /// and where to split its interval: at the relaxation's value when it lies well inside, else at the middle; with the error.
    /// Nil when every product is exact to 1e-7 of its scale.
    func branchingPoint(_ formulation: NetworkFormulation, _ solution: Solution, box: NetworkBounds) -> (node: Int, contaminant: Int, point: Double, error: Double)? {
        guard let (id, c, value, error) = inexactProducts(formulation, solution, box: box).max(by: { $0.error < $1.error }) else { return nil }
        let lo = box.concentrationLower[id][c], hi = box.concentrationUpper[id][c], width = hi - lo
        let point = value > lo + 0.1 * width && value < hi - 0.1 * width ? value : lo + width / 2
        return (id, c, point, error)
    }
}
