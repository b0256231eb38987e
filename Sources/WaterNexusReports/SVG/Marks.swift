/// The ring-and-label mark of a highlighted point, shared by the 2-D and 3-D scatter charts.
enum HighlightMark {
    static func draw(label: String, at point: (Double, Double), frameRight: Double, in doc: inout SVGDocument) {
        let (x, y) = point
        doc.group([("class", "highlight")]) { doc in
            doc.circle(cx: x, cy: y, r: 8, fill: "none", stroke: ChartStyle.ink, strokeWidth: 2.5)
            guard !label.isEmpty else { return }
            let textWidth = ChartStyle.textWidth(label)
            let toLeft = x + 14 + textWidth > frameRight
            let lx = toLeft ? x - 12 : x + 12
            doc.line(x1: x + (toLeft ? -6 : 6), y1: y - 6, x2: lx, y2: y - 14, stroke: ChartStyle.ink, width: 1)
            doc.text(label, x: lx + (toLeft ? -2 : 2), y: y - 16, anchor: toLeft ? .end : .start, weight: "bold", halo: true)
        }
    }
}

/// A vertical interval bar with end caps.
enum IntervalMark {
    static func draw(x: Double, low: Double, high: Double, capWidth: Double, in doc: inout SVGDocument) {
        let half = max(4, capWidth / 2)
        doc.line(x1: x, y1: low, x2: x, y2: high, stroke: ChartStyle.ink, width: 1.6)
        doc.line(x1: x - half, y1: low, x2: x + half, y2: low, stroke: ChartStyle.ink, width: 1.6)
        doc.line(x1: x - half, y1: high, x2: x + half, y2: high, stroke: ChartStyle.ink, width: 1.6)
    }
}
