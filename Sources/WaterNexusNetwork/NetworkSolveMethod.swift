/// How ``NetworkSolver`` closes the gap between its bounds.
public enum NetworkSolveMethod: String, Sendable, CaseIterable, Codable {
    /// Spatial branch-and-bound over LP relaxations: McCormick envelopes of f·c on each node's box, binaries
    /// relaxed and branched in the same tree, bound propagation at every node, best-bound node selection,
    /// primal heuristics at nodes, nodes processed on all cores. Models with a concave capital cost use
    /// ``refine``.
    case branchAndBound = "bnb"
    /// Refines one growing MILP relaxation (piecewise McCormick or NMDT partitions) solved by GLPK's
    /// branch-and-cut, round after round.
    case refine
}
