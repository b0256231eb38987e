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
    /// `box` (binaries relaxed, those in `fixings` fixed) with objective ≤ `cutoff` (none when nil: then the
    /// bounds hold for every feasible design in the box), then propagates.
    ///
    /// Why it holds: every design in the box that is at least as good as the cutoff is feasible for that LP,
    /// so its values lie between the LP's extremes (a margin of 1e-7 absorbs the LP's tolerances). Returns
    /// nil when the LP is infeasible: no design in the box beats the cutoff. A subproblem GLPK cannot solve
    /// leaves its bound unchanged.
    func tightened(_ box: NetworkBounds, partitions: [[ConcentrationPartition]], fixings: [String: Double], cutoff: Double?,
                   label: String, work: inout Work) throws -> NetworkBounds? {
        let relaxation = try boxRelaxation(box, relaxation: options.relaxation, partitions: partitions, fixings: fixings, cutoff: cutoff, slack: 1e-7)
        let formulation = relaxation.formulation, uncut = relaxation.uncut
        let model = formulation.model
        // One LP, many objectives: GLPK keeps it loaded and re-solves from the last basis. This incremental
        // LP is GLPK's own (GLPKLinearProgram), used only when the seam's solver is plain GLPK; any other
        // solver (or a recording one) solves each LP from scratch through the seam.
        let outcome: NetworkBounds?
        var primal = SolverOptions()
        primal.relaxIntegrality = true
        primal.method = .primal // a new objective leaves the basis primal feasible: the primal simplex goes on from it
        if options.solver is GLPKSolver {
            do {
                outcome = try GLPKSolver.withLinearProgram(model, options: primal) { program in
                    try tightenBox(box, formulation: formulation, uncut: uncut, cutoff: cutoff, program: program, label: label, work: &work)
                }
            } catch is GLPKError {
                outcome = try tightenBox(box, formulation: formulation, uncut: uncut, cutoff: cutoff, program: nil, label: label, work: &work)
            }
        } else {
            outcome = try tightenBox(box, formulation: formulation, uncut: uncut, cutoff: cutoff, program: nil, label: label, work: &work)
        }
        guard var tightenedBox = outcome else { return nil }
        tightenedBox.propagate(model: network, graph: graph, rounds: 50)
        return tightenedBox
    }

    /// The LPs of ``tightened(_:partitions:fixings:cutoff:label:work:)`` on `formulation` (objective row
    /// included), warm-started on `program` while it works, each solved from scratch otherwise.
    ///
    /// Every bound taken is the Lagrangian bound of the LP's duals (``Model/objectiveBound(duals:)``), which
    /// holds even when the simplex stopped short of the optimum. "Infeasible" is believed only for the first
    /// LP and only when the problem without the objective row (`uncut`) cannot reach `cutoff` either; a
    /// later "infeasible" (the region has not changed) is a numerical failure and gives no bound.
    private func tightenBox(_ box: NetworkBounds, formulation: NetworkFormulation, uncut: Model, cutoff: Double?,
                            program: GLPKLinearProgram?, label: String, work: inout Work) throws -> NetworkBounds? {
        var box = box
        var model = formulation.model
        var program = program
        var infeasible = false, abandoned = false, first = true
        let targets = boundTargets(formulation, box: box)
        var settled = [Bool](repeating: false, count: targets.count)
        func extreme(_ expression: LinearExpression, _ sense: ObjectiveSense) throws -> (solution: Solution, bound: Double)? {
            // The refine loop keeps the last 30 % of the time for its MILPs.
            guard !infeasible, !abandoned, elapsed < options.timeLimit * (usesRefinement ? 0.7 : 1) else { return nil }
            try model.setObjective(sense, expression)
            work.lps += 1
            let step = "\(label)_\(work.lps)"
            var solution: Solution?
            if let warm = program {
                do {
                    try warm.setObjective(sense, expression)
                    solution = try warm.solve(timeLimit: tighteningLPLimit)
                    if solution?.status == .numericalFailure || solution?.status == .undefined { solution = nil }
                } catch {
                    options.log?("  warm-started LP failed (\(error)); solving from scratch")
                    program = nil
                }
            }
            if solution == nil {
                solution = NetworkSolver.solveSubproblem(model, limits: SolveLimits(timeLimit: tighteningLPLimit, relaxIntegrality: true),
                                                         label: step, solver: options.solver, log: options.log)
            }
            defer { first = false }
            guard let solution else { return nil }
            switch solution.status {
            case .optimal:
                let bound = model.objectiveBound(duals: solution.duals)
                return bound.isFinite ? (solution, bound) : nil
            case .infeasible, .infeasibleOrUnbounded:
                if first {
                    if cutoffUnreachable(uncut, cutoff: cutoff, work: &work) { infeasible = true } else { abandoned = true }
                } else {
                    program = nil // the region is that of an LP already solved: this claim is numerical noise
                }
                return nil
            default:
                return nil
            }
        }
        for t in targets.indices where !settled[t] {
            guard let (solution, bound) = try extreme(targets[t].expression, targets[t].sense) else { continue }
            targets[t].apply(bound, &box)
            // A bound some optimal point already attains cannot be tightened: skip its LP (OBBT filtering).
            for u in targets.indices where !settled[u] && u != t {
                if targets[u].isAttained(solution.value(targets[u].expression), box) { settled[u] = true }
            }
        }
        return infeasible ? nil : box
    }

    /// The time one tightening LP may take: a bound it cannot settle quickly is left as it is (GLPK's simplex
    /// can stall on degenerate LPs; no certificate depends on these LPs finishing).
    var tighteningLPLimit: Double { min(remaining, max(0.5, 0.01 * options.timeLimit)) }

    /// Whether no design in `uncut`'s region (the relaxation without the row objective ≤ cutoff) costs less
    /// than `cutoff`: its LP is infeasible, or its Lagrangian bound reaches the cutoff. This is what a claim
    /// "infeasible with the objective row" must pass before a box is discarded (GLPK has reported such rows
    /// infeasible when they were not).
    func cutoffUnreachable(_ uncut: Model, cutoff: Double?, work: inout Work) -> Bool {
        guard let bound = uncutBound(uncut, work: &work)?.bound else { return false }
        guard let cutoff else { return bound == .infinity }
        return bound >= cutoff - 1e-9 * max(abs(cutoff), 1)
    }

    /// The LP relaxation of `uncut` (a box's relaxation without the row objective ≤ cutoff): its solution and a
    /// lower bound on every design in the box, the Lagrangian bound of its duals (+∞ when the LP is infeasible).
    /// Nil when GLPK settles neither.
    func uncutBound(_ uncut: Model, work: inout Work) -> (solution: Solution, bound: Double)? {
        work.lps += 1
        guard let solution = NetworkSolver.solveSubproblem(uncut, limits: SolveLimits(timeLimit: remaining, relaxIntegrality: true),
                                                           label: "uncut_\(work.lps)", solver: options.solver, log: options.log) else { return nil }
        switch solution.status {
        case .infeasible: return (solution, .infinity)
        case .optimal: return (solution, uncut.objectiveBound(duals: solution.duals))
        default: return nil
        }
    }

    /// One bound that optimality-based tightening tries to improve.
    struct BoundTarget {
        var expression: LinearExpression
        var sense: ObjectiveSense
        /// Writes the LP's extreme value into the box (with a margin for the LP's tolerances).
        var apply: (Double, inout NetworkBounds) -> Void
        /// Whether a value equals the box's present bound (so no LP can move it).
        var isAttained: (Double, NetworkBounds) -> Bool
    }

    /// The bounds worth tightening: every concentration variable (both sides), every variable-quality node's
    /// throughput (both sides), and the upper bound of every arc whose flow enters an envelope or a pipe's
    /// big-M (arcs leaving variable-quality nodes, arcs with a binary).
    func boundTargets(_ formulation: NetworkFormulation, box: NetworkBounds) -> [BoundTarget] {
        var targets: [BoundTarget] = []
        func attained(_ value: Double, _ bound: Double) -> Bool { abs(value - bound) <= 1e-9 * (1 + abs(bound)) }
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                guard let conc = formulation.concentration[id][c] else { continue }
                targets.append(BoundTarget(expression: conc.expression, sense: .minimize, apply: { lo, box in
                    let margin = 1e-7 * (1 + box.concentrationUpper[id][c])
                    box.concentrationLower[id][c] = min(max(box.concentrationLower[id][c], lo - margin), box.concentrationUpper[id][c])
                }, isAttained: { attained($0, $1.concentrationLower[id][c]) }))
                targets.append(BoundTarget(expression: conc.expression, sense: .maximize, apply: { hi, box in
                    let margin = 1e-7 * (1 + box.concentrationUpper[id][c])
                    box.concentrationUpper[id][c] = max(min(box.concentrationUpper[id][c], hi + margin), box.concentrationLower[id][c])
                }, isAttained: { attained($0, $1.concentrationUpper[id][c]) }))
            }
            let throughput = graph.outgoing[id].map { formulation.flow[$0] }.sum()
            targets.append(BoundTarget(expression: throughput, sense: .maximize, apply: { hi, box in
                let margin = 1e-7 * (1 + box.throughputUpper[id])
                box.throughputUpper[id] = max(min(box.throughputUpper[id], hi + margin), box.throughputLower[id])
            }, isAttained: { attained($0, $1.throughputUpper[id]) }))
            targets.append(BoundTarget(expression: throughput, sense: .minimize, apply: { lo, box in
                let margin = 1e-7 * (1 + box.throughputUpper[id])
                box.throughputLower[id] = min(max(box.throughputLower[id], lo - margin), box.throughputUpper[id])
            }, isAttained: { attained($0, $1.throughputLower[id]) }))
        }
        for (a, f) in formulation.flow.enumerated() where box.arcUpper[a] > 0 {
            guard graph.nodes[graph.arcs[a].from].hasVariableQuality || graph.arcs[a].pipe.needsBinary else { continue }
            targets.append(BoundTarget(expression: f.expression, sense: .maximize, apply: { hi, box in
                box.arcUpper[a] = max(min(box.arcUpper[a], hi + 1e-7 * (1 + box.arcUpper[a])), 0)
            }, isAttained: { attained($0, $1.arcUpper[a]) }))
        }
        return targets
    }
}
