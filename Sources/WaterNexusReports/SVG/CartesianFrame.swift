/// The plot area of a 2-D chart and its axes: maps data to pixels and draws title, grid, ticks, tick
/// labels and axis labels. Margins are sized from the tick labels and the legend.
struct CartesianFrame {
    let width: Double
    let height: Double
    let left: Double
    let top: Double
    let plotWidth: Double
    let plotHeight: Double
    let yScale: NiceScale
    /// nil for a category axis (bar charts).
    let xScale: NiceScale?
    /// Margin inside the axes, as a fraction of the tick range at each end, so that markers on the
    /// outermost ticks do not sit on the axis lines.
    let pad: Double
    /// Legend under the plot (true) or beside it.
    let legendBelow: Bool
    let legendEntries: [LegendEntry]

    var right: Double { left + plotWidth }
    var bottom: Double { top + plotHeight }

    /// Lays out a frame; `extraBottom` reserves room for rotated category labels.
    /// `height` is the canvas height with the legend beside the plot; a legend under the plot adds to it.
    init(width: Double, height: Double, hasTitle: Bool, xScale: NiceScale?, yScale: NiceScale,
         legend: [LegendEntry], extraBottom: Double = 0, pad: Double = 0.03) {
        self.width = width
        self.pad = pad
        self.legendEntries = legend
        legendBelow = Legend.goesBelow(legend, chartWidth: width)
        let legendWidth = legendBelow ? 0 : Legend.width(legend)
        // A legend under the plot makes the canvas taller rather than the plot smaller.
        let legendHeight = legendBelow ? Legend.rowsHeight(legend, maxWidth: width - 40) + 4 : 0
        self.height = height + legendHeight
        self.xScale = xScale
        self.yScale = yScale
        let tickWidth = yScale.ticks.map { ChartStyle.textWidth(yScale.label($0)) }.max() ?? 20
        left = 18 + ChartStyle.labelSize + 8 + tickWidth + 8
        top = hasTitle ? 44 : 16
        let rightMargin = legendWidth > 0 ? legendWidth + 28 : 22
        plotWidth = max(60, width - left - rightMargin)
        plotHeight = max(60, height - top - 58 - extraBottom)
    }

    func px(_ x: Double) -> Double { left + padded(xScale?.fraction(x) ?? 0) * plotWidth }
    func py(_ y: Double) -> Double { bottom - padded(yScale.fraction(y)) * plotHeight }
    private func padded(_ f: Double) -> Double { (f + pad) / (1 + 2 * pad) }

    /// Title centred over the whole canvas.
    func drawTitle(_ title: String, in doc: inout SVGDocument) {
        guard !title.isEmpty else { return }
        doc.text(title, x: width / 2, y: 26, size: ChartStyle.titleSize, anchor: .middle, weight: "bold")
    }

    /// Horizontal grid lines, y ticks and labels, and the rotated y-axis label.
    func drawYAxis(label: String, in doc: inout SVGDocument) {
        doc.group([("class", "y-axis")]) { doc in
            for tick in yScale.ticks {
                let y = py(tick)
                doc.line(x1: left, y1: y, x2: right, y2: y, stroke: ChartStyle.grid, width: 1)
                doc.line(x1: left - 5, y1: y, x2: left, y2: y, stroke: ChartStyle.ink, width: 1)
                doc.text(yScale.label(tick), x: left - 8, y: y + 4, anchor: .end)
            }
            doc.line(x1: left, y1: top, x2: left, y2: bottom, stroke: ChartStyle.ink, width: 1)
            let cy = top + plotHeight / 2
            doc.text(label + yScale.exponentSuffix, x: 18, y: cy, size: ChartStyle.labelSize, anchor: .middle, rotate: -90)
        }
    }

    /// Vertical grid lines, x ticks and labels, and the x-axis label (numeric axis only).
    func drawXAxis(label: String, in doc: inout SVGDocument) {
        guard let xScale else { return }
        doc.group([("class", "x-axis")]) { doc in
            for tick in xScale.ticks {
                let x = px(tick)
                doc.line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartStyle.grid, width: 1)
                doc.line(x1: x, y1: bottom, x2: x, y2: bottom + 5, stroke: ChartStyle.ink, width: 1)
                doc.text(xScale.label(tick), x: x, y: bottom + 19, anchor: .middle)
            }
            doc.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: ChartStyle.ink, width: 1)
            doc.text(label + xScale.exponentSuffix, x: left + plotWidth / 2, y: bottom + 44,
                     size: ChartStyle.labelSize, anchor: .middle)
        }
    }

    /// Draws the legend to the right of the plot, top-aligned, or in rows along the bottom edge.
    func drawLegend(in doc: inout SVGDocument) {
        if legendBelow {
            let h = Legend.rowsHeight(legendEntries, maxWidth: width - 40)
            Legend.drawRows(legendEntries, x: 20, y: height - h, maxWidth: width - 40, in: &doc)
        } else {
            Legend.draw(legendEntries, x: right + 16, y: top, in: &doc)
        }
    }
}

/// Keeps the finite points and reports the range they span.
enum DataRange {
    static func finite(_ points: [(Double, Double)]) -> [(Double, Double)] {
        points.filter { $0.0.isFinite && $0.1.isFinite }
    }

    /// (min, max) of `values`, or nil when empty.
    static func bounds(_ values: [Double]) -> (Double, Double)? {
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return (lo, hi)
    }
}

extension CartesianFrame {
    /// A frame fitted to the data ranges, with a document holding its title and both axes drawn.
    static func drawn(width: Double, height: Double, title: String, xLabel: String, yLabel: String,
                      x: (Double, Double), y: (Double, Double), legend: [LegendEntry]) -> (CartesianFrame, SVGDocument) {
        let frame = CartesianFrame(width: width, height: height, hasTitle: !title.isEmpty,
                                   xScale: NiceScale.fitting(minimum: x.0, maximum: x.1, length: width * 0.6),
                                   yScale: NiceScale(minimum: y.0, maximum: y.1),
                                   legend: legend)
        var doc = SVGDocument(width: width, height: frame.height, title: title.isEmpty ? nil : title)
        frame.drawTitle(title, in: &doc)
        frame.drawYAxis(label: yLabel, in: &doc)
        frame.drawXAxis(label: xLabel, in: &doc)
        return (frame, doc)
    }
}
