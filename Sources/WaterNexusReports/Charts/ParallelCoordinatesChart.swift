/// A parallel-coordinates chart for solutions with many objectives: one vertical axis per objective
/// (each with its own nice scale) and one polyline per solution. Highlighted lines are drawn thick, in
/// the highlight colour, on top of the others.
///
/// ```swift
/// var chart = ParallelCoordinatesChart(title: "Trade-offs", axes: ["Cost (M$)", "CO₂ (kt)", "Water (Mm³)"])
/// chart.addLine([10, 40, 3.2])
/// chart.addLine([12, 35, 3.0], highlighted: true)
/// ```
public struct ParallelCoordinatesChart: Sendable {
    struct Line: Sendable { var values: [Double]; var highlighted: Bool }

    /// Chart title ("" for none).
    public var title: String
    /// Axis names with units, left to right.
    public var axes: [String]
    /// Canvas width in px.
    public var width: Double = 720
    /// Canvas height in px.
    public var height: Double = 420
    /// Legend name of ordinary lines.
    public var lineName = "solution"
    /// Legend name of highlighted lines.
    public var highlightName = "chosen"
    var lines: [Line] = []

    /// An empty chart with the given axes.
    public init(title: String, axes: [String]) {
        self.title = title
        self.axes = axes
    }

    /// Adds one solution: one value per axis (missing or non-finite values leave a gap).
    public mutating func addLine(_ values: [Double], highlighted: Bool = false) {
        lines.append(Line(values: values, highlighted: highlighted))
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        var doc = SVGDocument(width: width, height: height, title: title.isEmpty ? nil : title)
        if !title.isEmpty {
            doc.text(title, x: width / 2, y: 26, size: ChartStyle.titleSize, anchor: .middle, weight: "bold")
        }
        let scales: [NiceScale] = axes.indices.map { a in
            let column = lines.compactMap { a < $0.values.count && $0.values[a].isFinite ? $0.values[a] : nil }
            return NiceScale(minimum: column.min() ?? 0, maximum: column.max() ?? 1, targetTicks: 5)
        }
        var legend = [LegendEntry(name: lineName, color: ChartStyle.color(0), symbol: .line(dash: nil, marker: nil))]
        if lines.contains(where: \.highlighted) {
            legend.append(LegendEntry(name: highlightName, color: ChartStyle.highlight, symbol: .thickLine))
        }
        let legendHeight = 30.0
        let top = (title.isEmpty ? 16 : 44) + 40.0
        let bottom = height - 40 - legendHeight
        // Outer axes sit far enough in for their names (wrapped to the axis spacing) and tick labels.
        let roughSpacing = axes.count > 1 ? (width - 140) / Double(axes.count - 1) : width - 40
        func halfName(_ a: Int) -> Double {
            guard a >= 0, a < axes.count else { return 0 }
            let lines = AxisName.wrap(axes[a] + scales[a].exponentSuffix, width: roughSpacing - 8)
            return (lines.map { ChartStyle.textWidth($0, size: ChartStyle.labelSize) }.max() ?? 0) / 2
        }
        let firstTicks = scales.first.map { s in s.ticks.map { ChartStyle.textWidth(s.label($0)) }.max() ?? 0 } ?? 0
        let left = max(20 + halfName(0), 18 + firstTicks)
        let right = width - max(20, 14 + halfName(axes.count - 1))
        let spacing = axes.count > 1 ? (right - left) / Double(axes.count - 1) : 0
        func ax(_ a: Int) -> Double { axes.count > 1 ? left + spacing * Double(a) : (left + right) / 2 }
        func ay(_ a: Int, _ v: Double) -> Double { bottom - scales[a].fraction(v) * (bottom - top) }

        // Axes with their names on top (two lines when long) and ticks.
        let nameWidth = axes.count > 1 ? spacing - 8 : width - 40
        for (a, name) in axes.enumerated() {
            let x = ax(a)
            doc.group([("class", "axis")]) { doc in
                doc.line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartStyle.ink, width: 1.2)
                let nameLines = AxisName.wrap(name + scales[a].exponentSuffix, width: nameWidth)
                for (k, text) in nameLines.enumerated() {
                    doc.text(text, x: x, y: top - 14 - Double(nameLines.count - 1 - k) * 15,
                             size: ChartStyle.labelSize, anchor: .middle, weight: "bold")
                }
                for tick in scales[a].ticks {
                    let y = ay(a, tick)
                    doc.line(x1: x - 4, y1: y, x2: x, y2: y, stroke: ChartStyle.ink, width: 1)
                    doc.text(scales[a].label(tick), x: x - 7, y: y + 4, anchor: .end, halo: true)
                }
            }
        }
        let ordered = lines.filter { !$0.highlighted } + lines.filter(\.highlighted)
        doc.group([("class", "lines")]) { doc in
            for line in ordered {
                var run: [(Double, Double)] = []
                func flush() {
                    if run.count >= 2 {
                        doc.polyline(run, stroke: line.highlighted ? ChartStyle.highlight : ChartStyle.color(0),
                                     width: line.highlighted ? 3.2 : 1.2, opacity: line.highlighted ? nil : 0.5)
                    }
                    run = []
                }
                for a in axes.indices {
                    if a < line.values.count, line.values[a].isFinite {
                        run.append((ax(a), ay(a, line.values[a])))
                    } else {
                        flush()
                    }
                }
                flush()
            }
        }
        // Legend in one row under the plot.
        var x = left
        let y = height - legendHeight + 4
        for entry in legend {
            switch entry.symbol {
            case .thickLine: doc.line(x1: x, y1: y, x2: x + 26, y2: y, stroke: entry.color, width: 3.2)
            default: doc.line(x1: x, y1: y, x2: x + 26, y2: y, stroke: entry.color, width: 1.6)
            }
            doc.text(entry.name, x: x + 32, y: y + 4)
            x += 32 + ChartStyle.textWidth(entry.name) + 24
        }
        return doc.render()
    }
}
