import Foundation
import WaterNexusGLPK
import WaterNexusModel

/// Deterministic global optimization of a water network with GLPK only.
///
/// Lower bounds come from a MILP relaxation of the bilinear mass balances (piecewise McCormick or NMDT)
/// over bounds tightened by propagation (FBBT) and by LPs (OBBT). Upper bounds come from fixing the
/// concentrations (at the relaxation's values, then at the re-evaluated ones) and solving the problem in
/// flows, which is linear; every incumbent is re-evaluated from scratch before it is accepted. Partitions
/// are refined where the relaxation is inexact until (UB − LB)/|UB| ≤ gap, or a limit.
public struct NetworkSolver: Sendable {
    let network: NetworkModel
    let graph: NetworkGraph
    let options: NetworkSolveOptions
    var bounds: NetworkBounds
    var partitions: [[ConcentrationPartition]]
    /// Interior breakpoints of the concave-capex underestimators, `[slot][technology]`.
    var capexBreakpoints: [[[Double]]]
    var lowerBound = -Double.infinity
    var best: (value: Double, design: NetworkDesign, evaluation: NetworkEvaluation)?
    var milps = 0, lps = 0, iterations = 0
    /// Subproblems GLPK could not solve even on retry (their nodes or rounds gave no bound).
    var unresolved = 0
    var history: [NetworkResult.BoundRecord] = []
    /// The incumbent value at the last optimality-based tightening.
    var tightenedAt: Double?
    /// The incumbent value when the last local search started.
    var searchedFrom: Double?
    let start = Date()

    /// Prepares a solve; throws ``NetworkError/invalidModel(place:problem:fix:)`` for a bad model.
    public init(_ network: NetworkModel, options: NetworkSolveOptions = NetworkSolveOptions()) throws {
        try network.validate()
        var network = network
        if let cap = options.carbonCap { network.economics.carbonCap = cap }
        self.network = network
        self.options = options
        let graph = NetworkGraph(network)
        self.graph = graph
        let initial = NetworkBounds(model: network, graph: graph)
        if let a = graph.arcs.indices.first(where: { graph.arcs[$0].pipe.needsBinary && !initial.arcUpper[$0].isFinite }) {
            throw NetworkError.invalidModel(place: "connection \(graph.label(of: a))",
                                            problem: "a pipe with a fixed cost or a minimum flow needs a bound on its flow, and neither end has one",
                                            fix: "give source \(graph.nodes[graph.arcs[a].from].name) a capacity")
        }
        bounds = initial
        partitions = initial.concentrationLower.indices.map { id in
            network.contaminants.indices.map { ConcentrationPartition(lower: initial.concentrationLower[id][$0], upper: initial.concentrationUpper[id][$0]) }
        }
        capexBreakpoints = NetworkSolver.initialCapexBreakpoints(network, bounds: initial, graph: graph)
    }

    /// Solves `network` to global optimality within `options.gap` (or the limits).
    public static func solve(_ network: NetworkModel, options: NetworkSolveOptions = NetworkSolveOptions()) throws -> NetworkResult {
        var solver = try NetworkSolver(network, options: options)
        return try solver.run()
    }

    var elapsed: Double { Date().timeIntervalSince(start) }
    var remaining: Double { max(options.timeLimit - elapsed, 0.05) }
    var currentGap: Double? {
        guard let best else { return nil }
        let difference = best.value - lowerBound
        guard difference > 1e-9 else { return 0 }
        return difference / max(abs(best.value), 1e-9)
    }

    mutating func run() throws -> NetworkResult {
        if usesRefinement, network.hasHybridRemoval {
            throw NetworkError.invalidModel(place: "model \(network.name)", problem: "a throughput-dependent removal (hybridRemoval) is solved by branching on throughputs, which only --method bnb does",
                                            fix: "use --method bnb (and no capexConcave) with hybridRemoval")
        }
        try improveUpperBound(from: bounds.concentrationUpper)
        if options.optimalityBasedTightening, best != nil { try tightenBounds() }
        guard usesRefinement else {
            if options.localSearch, best != nil {
                searchedFrom = best?.value
                try localSearch(budget: min(0.03 * options.timeLimit, max(0.25 * elapsed, 0.2)))
                if options.optimalityBasedTightening { try tightenBounds() }
            }
            return try branchAndBound()
        }
        return try refineRelaxation()
    }

    /// Whether the solve refines one MILP relaxation: when asked to, or when a concave capital cost needs the
    /// refined underestimators that only that method builds.
    var usesRefinement: Bool {
        options.method == .refine || network.treatments.contains { $0.technologies.contains { $0.capexConcave != nil } }
    }

    /// The ``NetworkSolveMethod/refine`` loop.
    mutating func refineRelaxation() throws -> NetworkResult {
        var tightMIP = false
        while iterations < options.maxIterations && elapsed < options.timeLimit && unresolved == 0 {
            iterations += 1
            let relaxation = try boxRelaxation(bounds, relaxation: options.relaxation, partitions: partitions, cutoff: best?.value, slack: 1e-7)
            var formulation = relaxation.formulation
            let uncut = relaxation.uncut
            // Early rounds need no tight MILP: ask for a gap that shrinks with the overall gap.
            let mipGap = tightMIP ? options.gap / 10 : max(options.gap / 10, min(0.25 * (currentGap ?? 0.2), 0.05))
            var limits = SolveLimits(timeLimit: remaining, mipGap: mipGap)
            var solved = NetworkSolver.solveSubproblem(formulation.model, limits: limits, label: "relaxation_\(iterations)",
                                                       solver: options.solver, log: options.log)
            if best != nil, let claim = solved?.status, claim == .infeasible || claim == .infeasibleOrUnbounded {
                // GLPK has called such a MILP infeasible when it was not: believe only the MILP without the row.
                milps += 1
                limits.timeLimit = remaining
                solved = NetworkSolver.solveSubproblem(uncut, limits: limits, label: "uncut_relaxation_\(iterations)",
                                                       solver: options.solver, log: options.log)
                formulation.model = uncut
                options.log?("  relaxation MILP with the incumbent row reported infeasible; re-solved without it: \(solved?.status.rawValue ?? "unresolved")")
            }
            guard let solution = solved else {
                // No bound can be taken from a relaxation GLPK could not solve: keep the best design and bound so far.
                unresolved += 1
                break
            }
            milps += 1
            options.log?(String(format: "  relaxation MILP: %@ at %.2fs", solution.status.rawValue, elapsed))
            switch solution.status {
            case .infeasible, .infeasibleOrUnbounded:
                if best == nil {
                    // The relaxation is valid, so this proves infeasibility; the interval checks may name a cause.
                    let cause = InfeasibilityDiagnosis.reason(network: network, graph: graph, bounds: bounds)
                    return result(.infeasible, message: "no flows satisfy the balances, capacities, quality limits and carbon cap together (the MILP relaxation is infeasible)" + (cause.map { "; likely cause: " + $0 } ?? ""))
                }
                lowerBound = max(lowerBound, best!.value) // the relaxation over the tightened box holds nothing better
            case .optimal, .feasible, .timeLimit:
                if let bound = solution.bestBound { lowerBound = max(lowerBound, bound) }
                if solution.status == .optimal, let objective = solution.objective {
                    // GLPK stops at (objective − bound)/(ε + |objective|) ≤ mipGap, so this bound holds.
                    lowerBound = max(lowerBound, objective - mipGap * (Double.ulpOfOne + abs(objective)))
                }
            default:
                options.log?("  relaxation MILP ended with status \(solution.status.rawValue): no bound taken from it")
                unresolved += 1
            }
            guard solution.hasSolution else { break }
            let relaxed = relaxedConcentrations(formulation, solution, box: bounds)
            let incumbentBefore = best?.value
            try improveUpperBound(from: relaxed)
            try improveUpperBound(from: simulatedStart(relaxed, design: NetworkSolver.design(from: formulation, solution: solution, graph: graph)))
            // When the relaxation-based candidates stop improving the incumbent, search around it once.
            if options.localSearch, let now = best?.value, now == incumbentBefore, searchedFrom.map({ now < $0 }) ?? true {
                searchedFrom = now
                try localSearch(budget: min(0.03 * options.timeLimit, max(0.25 * elapsed, 0.2)))
            }
            history.append(.init(iteration: iterations, lowerBound: lowerBound, upperBound: best?.value, seconds: elapsed))
            options.log?(String(format: "round %d: LB %.6g UB %@ gap %@ binaries %d time %.2fs", iterations, lowerBound,
                                best.map { String(format: "%.6g", $0.value) } ?? "-", currentGap.map { String(format: "%.3g", $0) } ?? "-",
                                formulation.model.variables.filter { formulation.model.kind(of: $0) == .binary }.count, elapsed))
            if let gap = currentGap, gap <= options.gap { break }
            let bilinearRefined = refine(formulation, solution), capexRefined = refineCapex(formulation, solution)
            if !bilinearRefined && !capexRefined {
                // The relaxation is exact at its solution: only the MILP gap can separate the bounds.
                if tightMIP { break }
                tightMIP = true
            }
            if options.optimalityBasedTightening { try tightenBounds() }
        }
        guard best != nil else { return result(.noSolution, message: nil) }
        return result((currentGap ?? 1) <= options.gap ? .optimal : .feasible, message: nil)
    }

    func result(_ status: NetworkResult.Status, message: String?) -> NetworkResult {
        NetworkResult(status: status, upperBound: best?.value, lowerBound: status == .infeasible ? .infinity : lowerBound,
                      gap: currentGap, method: usesRefinement ? .refine : .branchAndBound, iterations: iterations, milpsSolved: milps, lpsSolved: lps, seconds: elapsed,
                      design: best?.design, evaluation: best?.evaluation, graph: graph, message: message, history: history)
    }

    /// Refines the partition of every concentration whose products are inexact at the relaxation's solution.
    /// Returns false when nothing is inexact (the relaxation's solution satisfies the bilinear terms).
    mutating func refine(_ formulation: NetworkFormulation, _ solution: Solution) -> Bool {
        let errors = inexactProducts(formulation, solution, box: bounds)
        // Refine where the relaxation is most wrong (mass error in g/h), so binaries grow slowly.
        let largest = errors.map(\.error).max() ?? 0
        var refined = false
        for (id, c, value, error) in errors where error >= 0.2 * largest {
            switch options.relaxation {
            case .piecewiseMcCormick:
                if partitions[id][c].refine(at: value) { refined = true }
            case .nmdt:
                partitions[id][c].bits += 1
                refined = true
            }
        }
        return refined
    }
}
