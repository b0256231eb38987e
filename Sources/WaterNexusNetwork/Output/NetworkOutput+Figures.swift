import WaterNexusReports

/// The figures of a solved network: the flowsheet, the cost and emission breakdowns, and the bounds as
/// the proof closed.
extension NetworkOutput {
    /// The flowsheet: every node (treatment slots with their chosen technology) and every arc carrying
    /// flow, arc width proportional to flow (t/h).
    func diagram() -> NetworkDiagram {
        var diagram = NetworkDiagram(title: "\(summary.model): optimal network (\(summary.status))")
        diagram.valueUnit = "t/h"
        for node in summary.nodes {
            diagram.addNode(id: node.name, label: node.technology.map { "\(node.name) (\($0))" } ?? node.name)
        }
        for arc in summary.arcs {
            diagram.addArc(from: arc.from, to: arc.to, value: arc.flow)
        }
        return diagram
    }

    /// Annual cost by part (bars).
    func costChart() -> BarChart {
        breakdownChart(costParts, title: "\(summary.model): annual cost by part", unit: "cost per year")
    }

    /// Annual emissions by part (bars).
    func emissionChart() -> BarChart {
        breakdownChart(emissionParts, title: "\(summary.model): annual emissions by part", unit: "kgCO2 per year")
    }

    private func breakdownChart(_ parts: [(name: String, value: Double)], title: String, unit: String) -> BarChart {
        var chart = BarChart(title: title, yLabel: unit, categories: parts.map(\.name))
        chart.addSeries(name: unit, values: parts.map(\.value))
        return chart
    }

    /// Lower and upper bounds as the proof closes: against seconds for the branch-and-bound, against the
    /// relaxation–refinement rounds for the refine method.
    func convergence() -> LineChart {
        let byTime = summary.method == NetworkSolveMethod.branchAndBound.rawValue
        var chart = LineChart(title: "\(summary.model): bounds " + (byTime ? "over the search" : "per round"),
                              xLabel: byTime ? "seconds" : "round", yLabel: "annual cost")
        func x(_ record: NetworkResult.BoundRecord) -> Double { byTime ? record.seconds : Double(record.iteration) }
        chart.addSeries(name: "lower bound (relaxation)", points: history.filter { $0.lowerBound.isFinite }.map { (x($0), $0.lowerBound) })
        chart.addSeries(name: "upper bound (verified design)", points: history.compactMap { record in
            record.upperBound.map { (x(record), $0) }
        })
        return chart
    }
}
