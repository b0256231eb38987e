import Foundation

/// A node–arc diagram of a flow network: nodes in columns (layers, left to right) and curved arcs whose
/// width is proportional to the flow they carry, labelled with their value.
///
/// Nodes without a layer get one automatically (longest path from the sources); nodes within a layer are
/// ordered to reduce crossings (barycentre heuristic, ties kept in insertion order).
///
/// ```swift
/// var net = NetworkDiagram(title: "Water allocation (Mm³/yr)")
/// net.addNode(id: "LR", label: "Reservoir", layer: 0)
/// net.addNode(id: "city", label: "City", layer: 1)
/// net.addArc(from: "LR", to: "city", value: 120.5)
/// ```
public struct NetworkDiagram: Sendable {
    struct Node: Sendable { var id: String; var label: String; var layer: Int?; var position: (x: Double, y: Double)? }
    struct Arc: Sendable { var from: String; var to: String; var value: Double; var label: String? }

    /// Diagram title ("" for none).
    public var title: String
    /// Unit of the arc values, shown in the width note (e.g. "Mm³/yr").
    public var valueUnit = ""
    /// Decimals of the arc value labels.
    public var valueDecimals = 1
    /// Canvas width in px.
    public var width: Double = 760
    /// Canvas height in px (nil: sized from the largest layer).
    public var height: Double?
    var nodes: [Node] = []
    var arcs: [Arc] = []

    /// An empty diagram.
    public init(title: String) { self.title = title }

    /// Adds a node in `layer` (column; nil = automatic). Adding an existing id updates its label and layer.
    public mutating func addNode(id: String, label: String, layer: Int? = nil) {
        if let k = nodes.firstIndex(where: { $0.id == id }) {
            nodes[k].label = label
            nodes[k].layer = layer
        } else {
            nodes.append(Node(id: id, label: label, layer: layer, position: nil))
        }
    }

    /// Adds a node at a fixed position, given as fractions (0...1) of the drawing area from the top left.
    public mutating func addNode(id: String, label: String, x: Double, y: Double) {
        addNode(id: id, label: label, layer: nil)
        let k = nodes.firstIndex { $0.id == id }!
        nodes[k].position = (min(1, max(0, x.isFinite ? x : 0)), min(1, max(0, y.isFinite ? y : 0)))
    }

    /// Adds an arc; unknown end nodes are created with their id as label. The label, when given, is
    /// shown before the value.
    public mutating func addArc(from: String, to: String, value: Double, label: String? = nil) {
        for id in [from, to] where !nodes.contains(where: { $0.id == id }) { addNode(id: id, label: id) }
        arcs.append(Arc(from: from, to: to, value: value, label: label))
    }

    /// The diagram as an SVG document.
    public func svg() -> String {
        let layout = NetworkLayout(nodes: nodes, arcs: arcs)
        let maxValue = arcs.map { abs($0.value) }.filter(\.isFinite).max() ?? 0
        func strokeWidth(_ v: Double) -> Double { maxValue > 0 && v.isFinite ? 1.5 + 12.5 * abs(v) / maxValue : 1.5 }
        let arcWidths = arcs.map { strokeWidth($0.value) }
        let nodeIndex = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        func column(_ k: Int) -> Double {
            if let p = nodes[k].position { return p.x }
            return layout.layerCount > 1 ? Double(layout.layer[k]) / Double(layout.layerCount - 1) : 0.5
        }
        // Arcs that run left to right leave a node's right side and enter the next node's left side;
        // the others (back to an earlier column, or within one) loop under the diagram.
        let forward = arcs.map { column(nodeIndex[$0.to]!) > column(nodeIndex[$0.from]!) }
        let loopRoom = forward.contains(false) ? 46.0 : 0
        // A node is tall enough to stack the ends of its incoming (and of its outgoing) arcs.
        let gap = 3.0
        let nodeHeights = nodes.map { node -> Double in
            let incoming = arcs.indices.filter { forward[$0] && arcs[$0].to == node.id }.map { arcWidths[$0] + gap }.reduce(0, +)
            let outgoing = arcs.indices.filter { forward[$0] && arcs[$0].from == node.id }.map { arcWidths[$0] + gap }.reduce(0, +)
            return max(28, incoming + 6, outgoing + 6)
        }
        let maxRows = layout.rowsPerLayer.max() ?? 1
        let rowHeight = max(74, (nodeHeights.max() ?? 28) + 46)
        let height = self.height ?? max(260, Double(maxRows) * rowHeight + 110 + loopRoom).rounded(.up)
        let top = (title.isEmpty ? 16.0 : 48.0) + 14, bottom = height - 44 - loopRoom
        let nodeWidths = nodes.map { ChartStyle.textWidth($0.label) + 18 }
        let left = 20 + (nodeWidths.max() ?? 60) / 2, right = width - 20 - (nodeWidths.max() ?? 60) / 2
        var centers: [(Double, Double)] = []
        for (k, node) in nodes.enumerated() {
            let fx: Double, fy: Double
            if let p = node.position {
                (fx, fy) = (p.x, p.y)
            } else {
                let layer = layout.layer[k], row = layout.row[k], rows = layout.rowsPerLayer[layer]
                fx = layout.layerCount > 1 ? Double(layer) / Double(layout.layerCount - 1) : 0.5
                fy = (Double(row) + 0.5) / Double(rows)
            }
            centers.append((left + fx * (right - left), top + fy * (bottom - top)))
        }
        let index = nodeIndex
        // Loops pass this far down at their lowest point (t = 0.5), clear of every node.
        let loopBottom = (centers.indices.map { centers[$0].1 + nodeHeights[$0] / 2 }.max() ?? bottom) + loopRoom * 0.6
        // Arc ends stacked along the node side, ordered by the position of the other end.
        var startY = Array(repeating: 0.0, count: arcs.count), endY = startY
        for k in nodes.indices {
            let outgoing = arcs.indices.filter { forward[$0] && index[arcs[$0].from] == k }
                .sorted { (centers[index[arcs[$0].to]!].1, $0) < (centers[index[arcs[$1].to]!].1, $1) }
            let incoming = arcs.indices.filter { forward[$0] && index[arcs[$0].to] == k }
                .sorted { (centers[index[arcs[$0].from]!].1, $0) < (centers[index[arcs[$1].from]!].1, $1) }
            for (list, isStart) in [(outgoing, true), (incoming, false)] {
                var y = centers[k].1 - list.map { arcWidths[$0] + gap }.reduce(0, +) / 2 + gap / 2
                for a in list {
                    if isStart { startY[a] = y + arcWidths[a] / 2 } else { endY[a] = y + arcWidths[a] / 2 }
                    y += arcWidths[a] + gap
                }
            }
        }

        var doc = SVGDocument(width: width, height: height, title: title.isEmpty ? nil : title)
        if !title.isEmpty {
            doc.text(title, x: width / 2, y: 26, size: ChartStyle.titleSize, anchor: .middle, weight: "bold")
        }
        var labels: [(String, Double, Double)] = []
        doc.group([("class", "arcs")]) { doc in
            for (k, arc) in arcs.enumerated() {
                let f = index[arc.from]!, t = index[arc.to]!
                let a = centers[f], b = centers[t]
                let w = arcWidths[k]
                let start: (Double, Double), end: (Double, Double), c1: (Double, Double), c2: (Double, Double)
                if forward[k] {
                    start = (a.0 + nodeWidths[f] / 2, startY[k])
                    end = (b.0 - nodeWidths[t] / 2, endY[k])
                    let bend = max(50, abs(end.0 - start.0) / 2)
                    (c1, c2) = ((start.0 + bend, start.1), (end.0 - bend, end.1))
                } else {
                    start = (a.0 + 6, a.1 + nodeHeights[f] / 2)
                    end = (b.0 - 6, b.1 + nodeHeights[t] / 2)
                    let depth = (loopBottom - 0.125 * (start.1 + end.1)) / 0.75
                    (c1, c2) = ((start.0, depth), (end.0, depth))
                }
                let arrow = 9.0
                // The stroke stops where the arrowhead begins.
                let dirX = end.0 - c2.0, dirY = end.1 - c2.1
                let length = max(1e-9, (dirX * dirX + dirY * dirY).squareRoot())
                let (ux, uy) = (dirX / length, dirY / length)
                let base = (end.0 - ux * arrow, end.1 - uy * arrow)
                let n = SVGDocument.number
                let zero = arc.value == 0 || !arc.value.isFinite
                let color = zero ? "#888888" : ChartStyle.color(0)
                doc.path("M\(n(start.0)),\(n(start.1))C\(n(c1.0)),\(n(c1.1)) \(n(c2.0 - ux * arrow)),\(n(c2.1 - uy * arrow)) \(n(base.0)),\(n(base.1))",
                         stroke: color, width: w, dash: zero ? "4 3" : nil, opacity: 0.65)
                let head = w / 2 + 3
                doc.polygon([end, (base.0 - uy * head, base.1 + ux * head), (base.0 + uy * head, base.1 - ux * head)],
                            fill: color)
                // Label just above the curve's midpoint (t = 0.5 of the cubic Bézier).
                let mx = 0.125 * start.0 + 0.375 * c1.0 + 0.375 * c2.0 + 0.125 * end.0
                let my = 0.125 * start.1 + 0.375 * c1.1 + 0.375 * c2.1 + 0.125 * end.1
                let value = Self.valueText(arc.value, decimals: valueDecimals)
                labels.append(((arc.label.map { "\($0): " } ?? "") + value, mx, my + 4))
            }
        }
        doc.group([("class", "nodes")]) { doc in
            for (k, node) in nodes.enumerated() {
                let c = centers[k]
                doc.rect(x: c.0 - nodeWidths[k] / 2, y: c.1 - nodeHeights[k] / 2, width: nodeWidths[k], height: nodeHeights[k],
                         fill: "#f0f0f0", stroke: ChartStyle.ink, strokeWidth: 1.2, cornerRadius: 5)
                doc.text(node.label, x: c.0, y: c.1 + 4, anchor: .middle, weight: "bold")
            }
        }
        doc.group([("class", "arc-labels")]) { doc in
            for (text, x, y) in labels { doc.text(text, x: x, y: y, anchor: .middle, halo: true) }
        }
        let unit = valueUnit.isEmpty ? "" : " " + valueUnit
        doc.text("Arc width proportional to value (widest: \(NumberFormat.fixed(maxValue, valueDecimals))\(unit)); dashed arcs carry zero.",
                 x: 20, y: height - 14, fill: ChartStyle.mutedInk, italic: true)
        return doc.render()
    }
}
