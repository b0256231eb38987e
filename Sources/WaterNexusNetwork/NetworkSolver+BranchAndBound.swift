import Foundation
import WaterNexusMultiobjective

extension NetworkSolver {
    /// Nodes processed together; fixed, so that the search (and its result) does not depend on the number of
    /// cores, which only decides how many of them run at once.
    static let nodeBatch = 2

    /// Every how many nodes the primal heuristic runs (it always runs while there is no incumbent and near
    /// the root).
    static let heuristicPeriod = 4

    /// Spatial branch-and-bound from the current bounds and incumbent (see ``NetworkSolveMethod/branchAndBound``).
    ///
    /// The lower bound is the smallest bound over the open nodes and the fathomed leaves; a leaf is fathomed
    /// when its relaxation is infeasible, exact, or within the gap of the incumbent.
    mutating func branchAndBound() throws -> NetworkResult {
        var open = NodeQueue()
        open.push(SearchNode(id: 0, depth: 0, bounds: bounds, fixings: [:], bound: lowerBound))
        var nextID = 1, processed = 0
        var leafBound = Double.infinity
        var nodeWork = Work()
        let threads = ParallelEvaluation.threadCount(nil)
        var lastLog = elapsed
        func globalBound() -> Double { min(open.minimumBound, leafBound) }
        while !open.isEmpty && elapsed < options.timeLimit {
            lowerBound = max(lowerBound, min(globalBound(), best?.value ?? .infinity))
            if let gap = currentGap, gap <= options.gap { break }
            var batch: [SearchNode] = []
            while batch.count < NetworkSolver.nodeBatch, var node = open.pop() {
                if let incumbent = best?.value, node.bound >= incumbent - closingMargin(incumbent) {
                    leafBound = min(leafBound, node.bound)
                } else {
                    // Bounds tightened since the node was made hold for it too.
                    node.bounds.intersect(bounds)
                    node.bounds.propagate(model: network, graph: graph, rounds: 20)
                    batch.append(node)
                }
            }
            guard !batch.isEmpty else { break }
            let incumbent = best?.value, hasIncumbent = best != nil
            let solver = self, nodes = batch
            let outcomes = ParallelEvaluation.map(count: batch.count, threads: min(threads, batch.count)) { i in
                let node = nodes[i]
                let heuristic = !hasIncumbent || node.depth < 3 || node.id % NetworkSolver.heuristicPeriod == 0
                // Every node's box is tightened by LPs before its relaxation is solved (measured on the steel park:
                // every level closes the gap in 27 s, every second level leaves 1.02e-3 after 120 s).
                return Result { try solver.process(node, incumbent: incumbent, heuristic: heuristic, tighten: solver.options.optimalityBasedTightening) }
            }
            for (node, result) in zip(batch, outcomes) {
                let outcome = try result.get()
                processed += 1
                lps += outcome.work.lps
                milps += outcome.work.milps
                nodeWork.add(outcome.work)
                if let candidate = outcome.candidate, candidate.value < (best?.value ?? .infinity) - 1e-9 * max(abs(candidate.value), 1) {
                    best = candidate
                    options.log?(String(format: "  node %d: new incumbent %.8g", node.id, candidate.value))
                }
                if outcome.unresolved {
                    unresolved += 1
                    leafBound = min(leafBound, outcome.bound)
                    options.log?("  node \(node.id): relaxation unresolved; its bound stays \(outcome.bound)")
                } else if outcome.children.isEmpty {
                    leafBound = min(leafBound, outcome.bound)
                } else {
                    for var child in outcome.children {
                        child.id = nextID
                        child.depth = node.depth + 1
                        child.bound = outcome.bound
                        nextID += 1
                        open.push(child)
                    }
                }
            }
            iterations = processed
            if options.optimalityBasedTightening, best?.value != tightenedAt {
                try tightenBounds()
                options.log?(String(format: "  bounds tightened for the incumbent %.8g at %.2fs", best?.value ?? .nan, elapsed))
            }
            let bound = min(globalBound(), best?.value ?? .infinity)
            // The history keeps a point per new incumbent, at powers of two of the node count, and every second.
            if best?.value != history.last?.upperBound || processed & (processed - 1) == 0 || elapsed - lastLog >= 1 {
                history.append(.init(iteration: processed, lowerBound: bound, upperBound: best?.value, seconds: elapsed))
            }
            if elapsed - lastLog >= 1 || open.isEmpty {
                lastLog = elapsed
                options.log?(String(format: "nodes %d open %d: LB %.8g UB %@ gap %@ time %.2fs", processed, open.count, bound,
                                    best.map { String(format: "%.8g", $0.value) } ?? "-", currentGap.map { String(format: "%.3g", $0) } ?? "-", elapsed))
            }
        }
        let bound = globalBound()
        options.log?(String(format: "branch-and-bound: %d nodes processed, %d open; LB %.8g UB %@; seconds in node tightening %.2f, relaxations %.2f, heuristics %.2f (summed over threads)",
                            processed, open.count, min(bound, best?.value ?? .infinity), best.map { String(format: "%.8g", $0.value) } ?? "-",
                            nodeWork.tighteningSeconds, nodeWork.relaxationSeconds, nodeWork.heuristicSeconds))
        if best == nil && open.isEmpty && unresolved == 0 && bound == .infinity {
            let cause = InfeasibilityDiagnosis.reason(network: network, graph: graph, bounds: bounds)
            return result(.infeasible, message: "no flows satisfy the balances, capacities, quality limits and carbon cap together (every branch-and-bound node's relaxation is infeasible)" + (cause.map { "; likely cause: " + $0 } ?? ""))
        }
        lowerBound = max(lowerBound, min(bound, best?.value ?? .infinity))
        history.append(.init(iteration: processed, lowerBound: lowerBound, upperBound: best?.value, seconds: elapsed))
        guard best != nil else { return result(.noSolution, message: nil) }
        return result((currentGap ?? 1) <= options.gap ? .optimal : .feasible, message: nil)
    }
}
