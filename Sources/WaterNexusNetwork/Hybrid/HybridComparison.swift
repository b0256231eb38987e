/// What the fitted (hybrid) loads and removals change: the hybrid model's optimum against the optimum of the
/// same park with every fitted relation replaced by its fixed value, and that fixed-removal design re-evaluated
/// with the fitted relations (what it would really cost, and whether it would really meet its limits).
public struct HybridComparison: Codable, Sendable {
    /// One treatment slot or fitted unit in both designs.
    public struct Row: Codable, Sendable {
        public var node: String
        public var hybridTechnology: String?
        public var hybridThroughput: Double
        public var fixedTechnology: String?
        public var fixedThroughput: Double
    }

    /// The fixed-removal model's solve: status, optimum (its own objective), gap.
    public var fixedStatus: String
    public var fixedObjective: Double?
    public var fixedGap: Double?
    /// The hybrid model's optimum.
    public var hybridObjective: Double?
    /// The fixed-removal design's cost when re-evaluated with the fitted relations (nil without a design).
    public var fixedDesignHybridCost: Double?
    /// The limits the fixed-removal design breaks under the fitted relations (empty: it stays feasible).
    public var fixedDesignHybridViolations: [String]
    public var rows: [Row]

    /// Solves `network.withFixedRelations` with `options` and compares it with `hybrid`, the result of solving `network`.
    public static func compare(_ network: NetworkModel, hybrid: NetworkResult, options: NetworkSolveOptions) throws -> HybridComparison {
        let fixed = try NetworkSolver.solve(network.withFixedRelations, options: options)
        let graph = hybrid.graph
        let underHybrid = fixed.design.map { NetworkEvaluation(model: network, graph: graph, design: $0) }
        let rows: [Row] = graph.nodes.enumerated().compactMap { id, node in
            func technology(_ result: NetworkResult) -> String? {
                guard case let .treatment(t) = node.kind, let j = result.design?.technologies[t] else { return nil }
                return network.treatments[t].technologies[j].name
            }
            switch node.kind {
            case .treatment: break
            case let .unit(i) where network.units[i].operatingRange != nil: break
            default: return nil
            }
            return Row(node: node.name, hybridTechnology: technology(hybrid), hybridThroughput: hybrid.evaluation?.throughput[id] ?? 0,
                       fixedTechnology: technology(fixed), fixedThroughput: fixed.evaluation?.throughput[id] ?? 0)
        }
        return HybridComparison(fixedStatus: fixed.status.rawValue, fixedObjective: fixed.objective, fixedGap: fixed.gap,
                                hybridObjective: hybrid.objective, fixedDesignHybridCost: underHybrid?.cost.total,
                                fixedDesignHybridViolations: underHybrid?.violations ?? [], rows: rows)
    }
}
