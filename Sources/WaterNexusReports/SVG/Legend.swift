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
    static func shown(_ name: String, limit: Int = maxNameLength) -> String {
        name.count <= limit ? name : String(name.prefix(limit - 1)) + "…"
    }

    /// Whether the legend of a chart `width` px wide goes under the plot rather than beside it.
    static func goesBelow(_ entries: [LegendEntry], chartWidth: Double) -> Bool {
        width(entries) > 0.3 * chartWidth
    }

    /// Positions of the entries in equal-width columns, as many columns as fit in `maxWidth`.
    static func rowLayout(_ entries: [LegendEntry], maxWidth: Double) -> [(entry: LegendEntry, x: Double, row: Int)] {
        let column = (entries.map { symbolWidth + 8 + ChartStyle.textWidth(shown($0.name, limit: 60)) + 18 }.max() ?? 0)
        let columns = max(1, min(entries.count, Int(maxWidth / max(1, column))))
        return entries.enumerated().map { k, entry in (entry: entry, x: Double(k % columns) * column, row: k / columns) }
    }

    /// Height of the legend under the plot.
    static func rowsHeight(_ entries: [LegendEntry], maxWidth: Double) -> Double {
        guard let last = rowLayout(entries, maxWidth: maxWidth).last else { return 0 }
        return Double(last.row + 1) * rowHeight + 6
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
                drawEntry(entry, x: x + 6, cy: cy, in: &doc)
            }
        }
    }

    /// Draws the entries in rows under the plot, starting at (x, y).
    static func drawRows(_ entries: [LegendEntry], x: Double, y: Double, maxWidth: Double, in doc: inout SVGDocument) {
        guard !entries.isEmpty else { return }
        doc.group([("class", "legend")]) { doc in
            for item in rowLayout(entries, maxWidth: maxWidth) {
                drawEntry(item.entry, x: x + item.x, cy: y + rowHeight * (Double(item.row) + 0.5), nameLimit: 60, in: &doc)
            }
        }
    }

    private static func drawEntry(_ entry: LegendEntry, x sx: Double, cy: Double, nameLimit: Int = maxNameLength,
                                  in doc: inout SVGDocument) {
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
                doc.text(shown(entry.name, limit: nameLimit), x: sx + symbolWidth + 8, y: cy + 4)
    }
}
