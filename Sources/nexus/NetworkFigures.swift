import Foundation
import WaterNexusNetwork
import WaterNexusReports

/// The files `nexus network --out DIR` writes for a person: the network as a node–arc diagram, and
/// the flows and nodes as CSV tables.
enum NetworkFigures {
    /// A node–arc diagram of the optimal network (arc width proportional to flow).
    static func diagram(_ report: NetworkReport) -> NetworkDiagram {
        var diagram = NetworkDiagram(title: "\(report.model): optimal network (\(report.status))")
        diagram.valueUnit = "t/h"
        for node in report.nodes {
            diagram.addNode(id: node.name, label: node.technology.map { "\(node.name) (\($0))" } ?? node.name)
        }
        for arc in report.arcs {
            diagram.addArc(from: arc.from, to: arc.to, value: arc.flow)
        }
        return diagram
    }

    /// One row per arc: from, to, flow and the concentration of each contaminant.
    static func flows(_ report: NetworkReport) -> CSVTable {
        var table = CSVTable(header: ["from", "to", "flow"] + report.contaminants.map { "concentration \($0)" })
        for arc in report.arcs {
            table.append([arc.from, arc.to, NumberFormat.exact(arc.flow)] + arc.concentrations.map(NumberFormat.exact))
        }
        return table
    }

    /// Lower and upper bounds as the proof closes: against seconds for the branch-and-bound, against the
    /// relaxation–refinement rounds for the refine method.
    static func convergence(_ result: NetworkResult, model: String) -> LineChart {
        let byTime = result.method == .branchAndBound
        var chart = LineChart(title: "\(model): bounds " + (byTime ? "over the search" : "per round"),
                              xLabel: byTime ? "seconds" : "round", yLabel: "annual cost")
        func x(_ record: NetworkResult.BoundRecord) -> Double { byTime ? record.seconds : Double(record.iteration) }
        chart.addSeries(name: "lower bound (relaxation)", points: result.history.filter { $0.lowerBound.isFinite }
            .map { (x($0), $0.lowerBound) })
        chart.addSeries(name: "upper bound (verified design)", points: result.history.compactMap { record in
            record.upperBound.map { (x(record), $0) }
        })
        return chart
    }

    /// Writes network.svg, bounds.svg, flows.csv, provenance.csv and, for fitted unit models, their tables
    /// into `directory`.
    static func write(_ report: NetworkReport, result: NetworkResult, to directory: String) throws {
        let folder = URL(fileURLWithPath: directory)
        if !result.history.isEmpty {
            try convergence(result, model: report.model).svg()
                .write(to: folder.appendingPathComponent("bounds.svg"), atomically: true, encoding: .utf8)
        }
        try diagram(report).svg().write(to: folder.appendingPathComponent("network.svg"), atomically: true, encoding: .utf8)
        try flows(report).render().write(to: folder.appendingPathComponent("flows.csv"), atomically: true, encoding: .utf8)
        var provenance = CSVTable(header: ["name", "value", "tag", "source"])
        for entry in report.provenance { provenance.append([entry.entry, "", entry.tag.rawValue, entry.source]) }
        try provenance.render().write(to: folder.appendingPathComponent("provenance.csv"), atomically: true, encoding: .utf8)
        try NetworkHybridTables.write(report, to: folder)
    }
}
