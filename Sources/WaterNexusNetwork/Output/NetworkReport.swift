import Foundation
import WaterNexusReports

/// A JSON-ready summary of a ``NetworkResult``: status, bounds, gap, effort, flows and concentrations per
/// arc and node, technologies, cost and carbon breakdowns. Infinite bounds are written as null.
public struct NetworkReport: Codable, Sendable {
    public struct Arc: Codable, Sendable {
        public var from: String
        public var to: String
        public var flow: Double
        /// Concentration per contaminant (ppm), parallel to ``NetworkReport/contaminants``.
        public var concentrations: [Double]
    }

    public struct Node: Codable, Sendable {
        public var name: String
        public var kind: String
        public var throughput: Double
        public var inletConcentrations: [Double]
        public var outletConcentrations: [Double]
        public var technology: String?
    }

    /// A hybrid model's fit, per technology that has one.
    public struct HybridFit: Codable, Sendable {
        public var slot: String
        public var technology: String
        public var errors: FitErrors
    }

    /// A fitted load or removal: what it relates, its model class, data and errors.
    public struct FittedRelation: Codable, Sendable {
        public var relation: String
        public var modelClass: String
        public var dataFile: String
        /// The throughputs the data cover (t/h), where the curve holds.
        public var range: [Double]
        public var segments: Int
        public var errors: FitErrors
    }

    public var model: String
    /// Provenance tags of the model's data entries.
    public var provenance: [DataProvenance]
    public var hybridFits: [HybridFit]
    /// The fitted loads and removals: the certificate (``gap``) holds for these curves; their validation errors
    /// say how far the curves are from held-out data.
    public var fittedRelations: [FittedRelation]
    /// The design against the fixed-removal model's (set by the caller that solved both).
    public var fixedRelationComparison: HybridComparison?
    public var status: String
    public var objective: Double?
    public var lowerBound: Double?
    public var upperBound: Double?
    public var gap: Double?
    /// The global method: `bnb` or `refine`.
    public var method: String
    /// Branch-and-bound nodes processed (`bnb`) or relaxation rounds (`refine`).
    public var iterations: Int
    public var milpsSolved: Int
    public var lpsSolved: Int
    public var seconds: Double
    public var contaminants: [String]
    public var arcs: [Arc]
    public var nodes: [Node]
    public var cost: CostBreakdown?
    public var costTotal: Double?
    public var emissions: EmissionBreakdown?
    public var emissionsTotal: Double?
    public var violations: [String]
    public var message: String?

    /// Summarizes `result` of solving `model`; arcs with flow below `threshold` are left out.
    public init(model: NetworkModel, result: NetworkResult, threshold: Double = 1e-7) {
        self.model = model.name
        provenance = model.provenance
        hybridFits = model.treatments.flatMap { slot in
            slot.technologies.compactMap { tech in tech.electricityFit.map { HybridFit(slot: slot.name, technology: tech.name, errors: $0) } }
        }
        fittedRelations = model.fittedRelations.map {
            FittedRelation(relation: $0.relation, modelClass: $0.fit.modelClass.rawValue, dataFile: $0.fit.dataFile,
                           range: [$0.fit.range.lowerBound, $0.fit.range.upperBound], segments: $0.fit.curve.x.count - 1, errors: $0.fit.errors)
        }
        status = result.status.rawValue
        objective = result.objective
        lowerBound = result.lowerBound.isFinite ? result.lowerBound : nil
        upperBound = result.upperBound
        gap = result.gap.flatMap { $0.isFinite ? $0 : nil }
        method = result.method.rawValue
        iterations = result.iterations
        milpsSolved = result.milpsSolved
        lpsSolved = result.lpsSolved
        seconds = result.seconds
        contaminants = model.contaminants
        message = result.message
        let graph = result.graph
        guard let design = result.design, let evaluation = result.evaluation else {
            arcs = []
            nodes = []
            violations = []
            return
        }
        arcs = graph.arcs.indices.filter { design.flows[$0] > threshold }.map { a in
            Arc(from: graph.nodes[graph.arcs[a].from].name, to: graph.nodes[graph.arcs[a].to].name, flow: design.flows[a],
                concentrations: evaluation.concentrations[graph.arcs[a].from])
        }
        nodes = graph.nodes.enumerated().map { id, node in
            let kind: String, technology: String?
            switch node.kind {
            case .source: (kind, technology) = ("source", nil)
            case .unit: (kind, technology) = ("unit", nil)
            case let .treatment(i): (kind, technology) = ("treatment", design.technologies[i].map { model.treatments[i].technologies[$0].name })
            case .discharge: (kind, technology) = ("discharge", nil)
            }
            return Node(name: node.name, kind: kind, throughput: evaluation.throughput[id],
                        inletConcentrations: evaluation.inletConcentrations[id], outletConcentrations: evaluation.concentrations[id],
                        technology: technology)
        }
        cost = evaluation.cost
        costTotal = evaluation.cost.total
        emissions = evaluation.emissions
        emissionsTotal = evaluation.emissions.total
        violations = evaluation.violations
    }

    /// Pretty, key-sorted JSON (``ReportJSON``).
    public func json() throws -> String { try ReportJSON.encode(self) }
}
