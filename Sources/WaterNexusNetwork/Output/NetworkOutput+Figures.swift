import WaterNexusReports

/// The figures of a solved network: the flowsheet, the cost and emission breakdowns, and the bounds as
/// the proof closed.
extension NetworkOutput {
    /// The flowsheet: every node that carries water (treatment slots with their chosen technology) and
    /// every arc carrying flow, arc width proportional to flow (t/h). Nodes without flow are left out
    /// (``idleNodes``).
    func diagram() -> NetworkDiagram {
        var diagram = NetworkDiagram(title: "\(summary.model): optimal network (\(summary.status))")
        diagram.valueUnit = "t/h"
        let drawn = summary.nodes.filter { node in summary.arcs.contains { $0.from == node.name || $0.to == node.name } }
        let layers = flowsheetLayers(drawn)
        let labels = drawn.map { node in node.technology.map { "\(node.name) (\($0))" } ?? node.name }
        for (node, label) in zip(drawn, labels) {
            diagram.addNode(id: node.name, label: label, layer: layers[node.name])
        }
        // Wide enough that neighbouring columns' labels never touch; no narrower than 600 px, so that
        // beside the summary text the labels stay legible.
        let columns = (layers.values.max() ?? 0) + 1
        let widths = (0..<columns).map { c in zip(drawn, labels).filter { layers[$0.0.name] == c }.map { ChartStyle.textWidth($0.1) + 18 }.max() ?? 0 }
        let step = zip(widths, widths.dropFirst()).map { ($0 + $1) / 2 + 48 }.max() ?? 0
        diagram.width = max(600, 40 + (widths.max() ?? 0) + Double(columns - 1) * step)
        for arc in summary.arcs {
            diagram.addArc(from: arc.from, to: arc.to, value: arc.flow)
        }
        return diagram
    }

    /// Columns of the flowsheet: sources first, discharges last, and between them units and treatments
    /// by the longest chain of arcs that reaches them (arcs that close a recycle loop, found by a
    /// depth-first search in model order, are left out of the count, so a loop does not pile every node
    /// into one column). When that takes more than three columns, units share one column and
    /// treatments the next (reuse between units then loops under the diagram).
    func flowsheetLayers(_ drawn: [NetworkReport.Node]) -> [String: Int] {
        let names = drawn.map(\.name)
        let kind = Dictionary(drawn.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let inner = names.filter { kind[$0] == "unit" || kind[$0] == "treatment" }
        let successors = Dictionary(grouping: summary.arcs.filter { inner.contains($0.from) && inner.contains($0.to) }, by: \.from)
            .mapValues { $0.map(\.to) }
        // Depth-first search: an arc to a node still on the stack closes a loop.
        var state: [String: Int] = [:], forward: [(String, String)] = [], order: [String] = []
        func visit(_ node: String) {
            state[node] = 1
            for next in successors[node] ?? [] where state[next] != 1 {
                forward.append((node, next))
                if state[next] == nil { visit(next) }
            }
            state[node] = 2
            order.append(node)
        }
        for node in inner where state[node] == nil { visit(node) }
        var depth = Dictionary(inner.map { ($0, 1) }, uniquingKeysWith: { a, _ in a })
        for node in order.reversed() {
            for (from, to) in forward where from == node { depth[to] = max(depth[to] ?? 1, depth[node]! + 1) }
        }
        if (depth.values.max() ?? 0) > 3 {
            for name in inner { depth[name] = kind[name] == "unit" ? 1 : 2 }
        }
        let last = (depth.values.max() ?? 0) + 1
        var layers = depth
        for name in names where kind[name] == "source" { layers[name] = 0 }
        for name in names where kind[name] == "discharge" { layers[name] = last }
        return layers
    }

    /// Nodes that carry no water in the design (not drawn in the flowsheet).
    var idleNodes: [String] {
        summary.nodes.filter { node in !summary.arcs.contains { $0.from == node.name || $0.to == node.name } }.map(\.name)
    }

    /// Annual cost by part (bars; parts at zero are left out).
    func costChart() -> BarChart {
        breakdownChart(costParts, title: "\(summary.model): annual cost by part", unit: "cost per year")
    }

    /// Annual emissions by part (bars; parts at zero are left out).
    func emissionChart() -> BarChart {
        breakdownChart(emissionParts, title: "\(summary.model): annual emissions by part", unit: "kgCO2 per year")
    }

    private func breakdownChart(_ parts: [(name: String, value: Double)], title: String, unit: String) -> BarChart {
        let drawn = parts.filter { $0.value != 0 }
        var chart = BarChart(title: title, yLabel: unit, categories: drawn.map(\.name))
        chart.addSeries(name: unit, values: drawn.map(\.value))
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
