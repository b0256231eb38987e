import Foundation
import WaterNexusReports

/// Everything `nexus network MODEL` shows and writes for one solve: the terminal tables, the JSON for
/// programs (``NetworkReport``), the result folder (flows, nodes, cost and emission breakdowns as CSV at
/// full precision, the flowsheet and charts as SVG) and the HTML report that opens with the answer.
///
/// ```swift
/// let result = try NetworkSolver.solve(model, options: options)
/// let output = NetworkOutput(model: model, result: result, modelFile: path, options: options)
/// try ResultEmitter.emit(output, options: .init(folder: "out", html: true, command: "nexus network …"))
/// ```
public struct NetworkOutput: ResultOutput {
    /// The solved network, as written to `result.json`.
    public var summary: NetworkReport
    /// The bounds as the proof closed (empty when the solve kept no history).
    public var history: [NetworkResult.BoundRecord]
    /// The model file as given on the command line.
    public var modelFile: String
    /// The relative gap the solve was asked for.
    public var requestedGap: Double
    /// The time limit of the solve (s).
    public var timeLimit: Double
    /// The emissions cap in force (kgCO2/yr; the option's or the model's), nil for none.
    public var carbonCap: Double?

    /// The output of `result`, the solve of `model` (read from `modelFile`) with `options`;
    /// `fixedRelationComparison` is the hybrid design against the fixed-removal model's, when solved.
    public init(model: NetworkModel, result: NetworkResult, modelFile: String, options: NetworkSolveOptions,
                fixedRelationComparison: HybridComparison? = nil) {
        summary = NetworkReport(model: model, result: result)
        summary.fixedRelationComparison = fixedRelationComparison
        history = result.history
        self.modelFile = modelFile
        requestedGap = options.gap
        timeLimit = options.timeLimit
        carbonCap = options.carbonCap ?? model.economics.carbonCap
    }

    public var title: String { "Water network \(summary.model): least-cost design" }

    public func json() throws -> String { try summary.json() }

    public var provenance: [ProvenanceEntry] {
        summary.provenance.map { ProvenanceEntry(name: $0.entry, value: "", tag: $0.tag, source: $0.source) }
    }

    /// Writes result.json, network.svg, bounds.svg (when the solve kept its bounds), flows.csv, nodes.csv,
    /// costs.csv, emissions.csv with their charts, provenance.csv and, for fitted unit models, their tables.
    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        try folder.write(json(), to: "result.json", description: "the solved network for programs: status, bounds, gap, flows, breakdowns")
        try folder.write(diagram().svg(), to: "network.svg", description: "the flowsheet (arc width proportional to flow)")
        if !history.isEmpty {
            try folder.write(convergence().svg(), to: "bounds.svg", description: "lower and upper bounds as the proof closed")
        }
        try folder.write(flowTable().render(), to: "flows.csv", description: "flow and concentrations per arc, full precision")
        if summary.cost != nil {
            try folder.write(nodeTable().render(), to: "nodes.csv", description: "throughput, technology and concentrations per node, full precision")
            try folder.write(costTable().render(), to: "costs.csv", description: "annual cost by part, full precision")
            try folder.write(emissionTable().render(), to: "emissions.csv", description: "annual emissions by part, full precision")
            try folder.write(costChart().svg(), to: "costs.svg", description: "annual cost by part")
            try folder.write(emissionChart().svg(), to: "emissions.svg", description: "annual emissions by part")
        }
        var provenance = CSVTable(header: ["name", "value", "tag", "source"])
        for entry in summary.provenance { provenance.append([entry.entry, "", entry.tag.rawValue, entry.source]) }
        try folder.write(provenance.render(), to: ResultFolderReport.provenanceName, description: "how each data entry was obtained")
        try writeHybridTables(to: &folder)
    }
}
