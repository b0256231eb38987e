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
        let columns = (layers.values.max() ?? 0) + 1
        let rows = flowsheetRows(drawn, layers: layers, columns: columns)
        for (node, label) in zip(drawn, labels) {
            let column = layers[node.name] ?? 0
            diagram.addNode(id: node.name, label: label, x: columns > 1 ? Double(column) / Double(columns - 1) : 0.5, y: rows[node.name] ?? 0.5)
        }
        // Wide enough that neighbouring columns' labels never touch; no narrower than 600 px, so that
        // beside the summary text the labels stay legible. Tall enough for the fullest column.
        let widths = (0..<columns).map { c in zip(drawn, labels).filter { layers[$0.0.name] == c }.map { ChartStyle.textWidth($0.1) + 18 }.max() ?? 0 }
        let step = zip(widths, widths.dropFirst()).map { ($0 + $1) / 2 + 48 }.max() ?? 0
        diagram.width = max(600, 40 + (widths.max() ?? 0) + Double(columns - 1) * step)
        let fullest = (0..<columns).map { c in drawn.filter { layers[$0.name] == c }.count }.max() ?? 1
        let loops = summary.arcs.contains { (layers[$0.to] ?? 0) <= (layers[$0.from] ?? 0) }
        diagram.height = max(260, Double(fullest) * 80 + 110 + (loops ? 46 : 0))
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

    /// Height of each node in its column, as a fraction of the drawing from the top: nodes ordered by the
    /// mean height of the nodes feeding them (fewer crossings; model order breaks ties). Columns are then
    /// nudged up or down, alternately, in whichever of a few patterns lets the fewest arcs that skip a
    /// column pass through one of its nodes.
    func flowsheetRows(_ drawn: [NetworkReport.Node], layers: [String: Int], columns: Int) -> [String: Double] {
        var order: [[String]] = [], base: [String: Double] = [:]
        for column in 0..<columns {
            let members = drawn.map(\.name).filter { layers[$0] == column }
            let n = Double(members.count)
            let keyed = members.enumerated().map { k, name -> (key: Double, k: Int, name: String) in
                let feeding = summary.arcs.filter { $0.to == name }.compactMap { base[$0.from] }
                return (feeding.isEmpty ? (Double(k) + 0.5) / n : feeding.reduce(0, +) / Double(feeding.count), k, name)
            }.sorted { ($0.key, $0.k) < ($1.key, $1.k) }
            for (row, member) in keyed.enumerated() { base[member.name] = (Double(row) + 0.5) / n }
            order.append(keyed.map(\.name))
        }
        // Nudges (as a share of half a row) for even and odd columns.
        let patterns: [(even: Double, odd: Double)] = [(0, 0), (-1, 1), (1, -1), (0, 1), (0, -1)]
        func rows(_ pattern: (even: Double, odd: Double)) -> [String: Double] {
            var rows: [String: Double] = [:]
            for (column, members) in order.enumerated() {
                let nudge = (column % 2 == 0 ? pattern.even : pattern.odd) * 0.5 / Double(members.count + 1)
                for name in members { rows[name] = base[name]! + nudge }
            }
            return rows
        }
        func collisions(_ rows: [String: Double]) -> Int {
            summary.arcs.reduce(0) { count, arc in
                guard let a = layers[arc.from], let b = layers[arc.to], b > a + 1, let y0 = rows[arc.from], let y1 = rows[arc.to] else { return count }
                return count + (a + 1..<b).reduce(0) { hits, column in
                    let u = Double(column - a) / Double(b - a), y = y0 + (y1 - y0) * u * u * (3 - 2 * u)
                    return hits + order[column].filter { abs(rows[$0]! - y) < 0.12 }.count
                }
            }
        }
        let candidates = patterns.map(rows)
        return candidates.min { collisions($0) < collisions($1) } ?? base
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
