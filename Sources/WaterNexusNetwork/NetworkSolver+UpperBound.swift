import WaterNexusGLPK
import WaterNexusModel

extension NetworkSolver {
    /// A verified design: its objective value (re-evaluated from scratch), the design and the evaluation.
    typealias Candidate = (value: Double, design: NetworkDesign, evaluation: NetworkEvaluation)

    /// Subproblems solved by a step that cannot update the solver's counters itself.
    struct Work: Sendable {
        var milps = 0, lps = 0
        /// Seconds spent tightening boxes, solving node relaxations and in primal heuristics.
        var tighteningSeconds = 0.0, relaxationSeconds = 0.0, heuristicSeconds = 0.0

        mutating func add(_ other: Work) {
            milps += other.milps
            lps += other.lps
            tighteningSeconds += other.tighteningSeconds
            relaxationSeconds += other.relaxationSeconds
            heuristicSeconds += other.heuristicSeconds
        }
    }

    /// Fixes the concentrations at `start` (clipped to their bounds), solves the problem in flows, re-evaluates
    /// the design, and repeats from the re-evaluated concentrations while the cost improves.
    mutating func improveUpperBound(from start: [[Double]]) throws {
        var work = Work()
        let found = try fixedQualityDescent(from: start, incumbent: best?.value, label: "fixed_quality_\(milps + lps + 1)", work: &work)
        milps += work.milps
        lps += work.lps
        if let found { best = found }
    }

    /// ``improveUpperBound(from:)`` without side effects: the best verified design it finds that beats
    /// `incumbent` (any design when nil), or nil.
    /// `pass` guesses the pass fractions of throughput-dependent removals (nil: the largest); later steps take
    /// them, like the concentrations, from the re-evaluated design.
    func fixedQualityDescent(from start: [[Double]], pass: [[[Double]]]? = nil, incumbent: Double?, label: String, work: inout Work) throws -> Candidate? {
        var guess = clipped(start), passGuess = pass
        var found: Candidate?
        for step in 0..<6 {
            guard elapsed < options.timeLimit,
                  let candidate = try fixedQualityCandidate(guess, pass: passGuess, label: "\(label)_\(step + 1)", work: &work) else { break }
            let target = found?.value ?? incumbent
            let improved = target.map { candidate.value < $0 - 1e-9 * max(abs($0), 1) } ?? true
            if improved { found = candidate }
            var next = guess
            for id in graph.variableQualityNodes where candidate.evaluation.throughput[id] > 1e-9 {
                next[id] = candidate.evaluation.concentrations[id]
            }
            next = clipped(next)
            let nextPass = evaluatedPassFractions(candidate.design, candidate.evaluation)
            if !improved || (next == guess && nextPass == passGuess) { break }
            guess = next
            passGuess = nextPass
        }
        return found
    }

    func clipped(_ values: [[Double]]) -> [[Double]] {
        values.indices.map { id in
            values[id].indices.map { c in min(max(values[id][c], bounds.concentrationLower[id][c]), bounds.concentrationUpper[id][c]) }
        }
    }

    /// The best design with concentrations at most `concentrations`, verified; nil when none or unverifiable.
    mutating func solveFixed(_ concentrations: [[Double]]) throws -> Candidate? {
        var work = Work()
        let candidate = try fixedQualityCandidate(concentrations, label: "fixed_quality_\(milps + lps + 1)", work: &work)
        milps += work.milps
        lps += work.lps
        return candidate
    }

    /// ``solveFixed(_:)`` without side effects; `label` names the model for the solver (and recorded files).
    func fixedQualityCandidate(_ concentrations: [[Double]], pass: [[[Double]]]? = nil, label: String, work: inout Work) throws -> Candidate? {
        let formulation = try NetworkFormulation(network: network, graph: graph, bounds: bounds, mode: .fixed(concentrations),
                                                 carbonCap: network.economics.carbonCap, emissionsObjective: options.objective == .emissions,
                                                 capexBreakpoints: capexBreakpoints, passFractions: pass)
        // A heuristic step: never let one problem in flows take more than a small share of the budget.
        let limits = SolveLimits(timeLimit: min(remaining, max(1, 0.05 * options.timeLimit)))
        let solved = NetworkSolver.solveSubproblem(formulation.model, limits: limits, label: label, solver: options.solver, log: options.log)
        if formulation.model.isMIP { work.milps += 1 } else { work.lps += 1 }
        guard let solution = solved, solution.hasSolution, solution.status == .optimal || solution.status == .feasible else {
            options.log?("  fixed-quality problem: \(solved?.status.rawValue ?? "unresolved")")
            return nil
        }
        let design = NetworkSolver.design(from: formulation, solution: solution, graph: graph)
        let evaluation = NetworkEvaluation(model: network, graph: graph, design: design)
        guard evaluation.isFeasible else {
            options.log?("  fixed-quality design rejected: \(evaluation.violations.joined(separator: "; "))")
            return nil
        }
        return (objectiveValue(evaluation), design, evaluation)
    }

    static func design(from formulation: NetworkFormulation, solution: Solution, graph: NetworkGraph) -> NetworkDesign {
        let flows = formulation.flow.map { max(solution.value($0), 0) }
        let technologies = formulation.techOn.map { on in on.firstIndex { solution.value($0) > 0.5 } }
        let pipes = graph.arcs.indices.map { a in formulation.arcOn[a].map { solution.value($0) > 0.5 } ?? (flows[a] > 1e-9) }
        return NetworkDesign(flows: flows, technologies: technologies, pipes: pipes)
    }
}
