import Foundation
import WaterNexusMultiobjective

/// A network model as a box-bounded two-objective problem for MORIME (annual cost, annual emissions).
///
/// Decision vector: the flow on every arc of ``graph`` (t/h, in ``NetworkGraph/arcs`` order, between 0
/// and the arc's bound from ``NetworkBounds``), then one variable per treatment slot in [0, n] for its n
/// technologies: technology ⌊x⌋ (n itself counts as n − 1), built only when water passes through the slot.
/// A pipe counts as built when its flow is positive.
///
/// The design is evaluated by ``NetworkEvaluation``, the same re-evaluation that certifies the exact
/// solver's designs: concentrations follow from the flows through the mass balances, the objectives are
/// its `cost.total` and `emissions.total`, and the violation is its ``NetworkEvaluation/violationTotal``
/// (zero exactly when the design is feasible at the evaluation's tolerance).
public struct NetworkMORIMEProblem: MultiObjectiveFunctionProblem {
    /// The model (validated).
    public let model: NetworkModel
    /// Its superstructure.
    public let graph: NetworkGraph
    public let lowerBounds: [Double]
    public let upperBounds: [Double]
    /// Sweeps of the flow-balance repair (``repair(_:)``); 0 turns repair off.
    public let repairSweeps: Int
    /// The node id of every treatment slot.
    let treatmentNodes: [Int]

    /// The default number of repair sweeps. Recycle loops need many (measurements in
    /// docs/network-model-format.md, "MORIME against the certified front").
    public static let defaultRepairSweeps = 100

    /// Two objectives: cost (currency/yr) and emissions (kgCO2/yr), both minimized.
    public var objectiveCount: Int { 2 }

    /// The problem for `model`.
    /// - Parameter repairSweeps: sweeps of the flow-balance repair after every move (default ``defaultRepairSweeps``; 0: none).
    /// - Throws: ``NetworkError/invalidModel(place:problem:fix:)`` for a bad model.
    public init(model: NetworkModel, repairSweeps: Int = NetworkMORIMEProblem.defaultRepairSweeps) throws {
        try model.validate()
        self.model = model
        graph = NetworkGraph(model)
        let bounds = NetworkBounds(model: model, graph: graph)
        lowerBounds = Array(repeating: 0, count: graph.arcs.count + model.treatments.count)
        // The search box needs finite sides: an unbounded bypass (uncapacitated source straight to a discharge)
        // is searched up to economics.maxFlow, a heuristic limit that certifies nothing.
        upperBounds = bounds.arcUpper.map { $0.isFinite ? max($0, 0) : model.economics.maxFlow }
            + model.treatments.map { Double($0.technologies.count) }
        self.repairSweeps = max(0, repairSweeps)
        let graph = graph
        treatmentNodes = model.treatments.indices.map { i in graph.nodes.firstIndex { $0.kind == .treatment(i) }! }
    }

    /// The design a decision vector stands for.
    public func design(_ x: [Double]) -> NetworkDesign {
        let flows = Array(x[0..<graph.arcs.count])
        let technologies = model.treatments.indices.map { i -> Int? in
            let passes = graph.incoming[treatmentNodes[i]].contains { flows[$0] > 0 }
            let count = model.treatments[i].technologies.count
            return passes ? min(Int(x[graph.arcs.count + i].rounded(.down)), count - 1) : nil
        }
        return NetworkDesign(flows: flows, technologies: technologies, pipes: flows.map { $0 > 0 })
    }

    /// The design's full re-evaluation.
    public func evaluation(_ x: [Double]) -> NetworkEvaluation {
        NetworkEvaluation(model: model, graph: graph, design: design(x))
    }

    public func evaluate(_ x: [Double]) -> ProblemEvaluation {
        let result = evaluation(x)
        return ProblemEvaluation(objectives: [result.cost.total, result.emissions.total], violation: result.violationTotal)
    }
}
