/// One legend entry: a name and the symbol that stands for it in the plot.
struct LegendEntry {
    enum Symbol {
        case marker(MarkerShape)
        case line(dash: String?, marker: MarkerShape?)
        case box
        case ring
        case thickLine
        case interval
    }
    var name: String
    var color: String
    var symbol: Symbol
}

/// A vertical legend drawn to the right of the plot area.
enum Legend {
    static let rowHeight: Double = 20
    static let symbolWidth: Double = 26
    static let maxNameLength = 30

    /// The name as shown (long names end in "…").
    static func shown(_ name: String) -> String {
        name.count <= maxNameLength ? name : String(name.prefix(maxNameLength - 1)) + "…"
    }

    /// Width the legend needs (0 when there are no entries).
    static func width(_ entries: [LegendEntry]) -> Double {
        guard !entries.isEmpty else { return 0 }
        let longest = entries.map { ChartStyle.textWidth(shown($0.name)) }.max() ?? 0
        return symbolWidth + 8 + longest + 12
    }

    /// Draws the entries from (x, y) downwards, inside a light frame.
    static func draw(_ entries: [LegendEntry], x: Double, y: Double, in doc: inout SVGDocument) {
        guard !entries.isEmpty else { return }
        let w = width(entries)
        doc.group([("class", "legend")]) { doc in
            doc.rect(x: x, y: y, width: w, height: Double(entries.count) * rowHeight + 8, fill: "#ffffff",
                     stroke: "#bbbbbb", strokeWidth: 0.8, cornerRadius: 3)
            for (k, entry) in entries.enumerated() {
                let cy = y + 4 + rowHeight * (Double(k) + 0.5)
                let sx = x + 6
                switch entry.symbol {
                case .marker(let shape):
                    doc.marker(shape, x: sx + symbolWidth / 2, y: cy, color: entry.color)
                case .line(let dash, let shape):
                    doc.line(x1: sx, y1: cy, x2: sx + symbolWidth, y2: cy, stroke: entry.color, width: 2, dash: dash)
                    if let shape { doc.marker(shape, x: sx + symbolWidth / 2, y: cy, r: 3.5, color: entry.color) }
                case .box:
                    doc.rect(x: sx + 5, y: cy - 6, width: symbolWidth - 10, height: 12, fill: entry.color)
                case .ring:
                    doc.circle(cx: sx + symbolWidth / 2, cy: cy, r: 7, fill: "none", stroke: entry.color, strokeWidth: 2.5)
                case .interval:
                    IntervalMark.draw(x: sx + symbolWidth / 2, low: cy + 7, high: cy - 7, capWidth: 10, in: &doc)
                case .thickLine:
                    doc.line(x1: sx, y1: cy, x2: sx + symbolWidth, y2: cy, stroke: entry.color, width: 3.5)
                }
                doc.text(shown(entry.name), x: sx + symbolWidth + 8, y: cy + 4)
            }
        }
    }
}
