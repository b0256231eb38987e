import Foundation

/// A grouped bar chart: one group per category, one bar per series, with optional [low, high] interval
/// bars (e.g. the net-benefit interval of each scenario). Bars start at zero, so negative values hang
/// below the zero line.
///
/// ```swift
/// var chart = BarChart(title: "Net benefit", yLabel: "Net benefit (10⁶ $)", categories: ["low", "mid", "high"])
/// chart.addSeries(name: "ITSP", values: [5, 7, 9], intervals: [(4, 6), (6, 8), (8, 10)])
/// ```
public struct BarChart: Sendable {
    struct Series: Sendable {
        var name: String
        var values: [Double]
        var intervals: [(low: Double, high: Double)]?
    }

    /// Chart title ("" for none).
    public var title: String
    /// Y-axis label, with units.
    public var yLabel: String
    /// Optional x-axis label (what the categories are).
    public var xLabel: String = ""
    /// Category names, left to right.
    public var categories: [String]
    /// Canvas width in px.
    public var width: Double = 640
    /// Canvas height in px.
    public var height: Double = 420
    var series: [Series] = []

    /// An empty chart with the given categories.
    public init(title: String, yLabel: String, categories: [String]) {
        self.title = title
        self.yLabel = yLabel
        self.categories = categories
    }

    /// Adds a series with one value per category (missing values are not drawn, extra ones ignored;
    /// non-finite values are not drawn). `intervals` gives a [low, high] bar per category.
    public mutating func addSeries(name: String, values: [Double], intervals: [(Double, Double)]? = nil) {
        series.append(Series(name: name, values: values, intervals: intervals?.map { (low: min($0.0, $0.1), high: max($0.0, $0.1)) }))
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        var ys: [Double] = [0]
        for s in series {
            ys += s.values.prefix(categories.count).filter(\.isFinite)
            for i in (s.intervals ?? []).prefix(categories.count) where i.low.isFinite && i.high.isFinite {
                ys += [i.low, i.high]
            }
        }
        let yScale = NiceScale(minimum: ys.min() ?? 0, maximum: ys.max() ?? 1)
        let hasIntervals = series.contains { $0.intervals != nil }
        var legend = series.enumerated().map { k, s in LegendEntry(name: s.name, color: ChartStyle.color(k), symbol: .box) }
        if hasIntervals { legend.append(LegendEntry(name: "interval [low, high]", color: ChartStyle.ink, symbol: .interval)) }
        // Category labels wrap onto up to three lines under their group, or stand vertically when a word
        // is wider than the group.
        let provisional = CartesianFrame(width: width, height: height, hasTitle: !title.isEmpty, xScale: nil,
                                         yScale: yScale, legend: legend, pad: 0)
        let groupWidth = provisional.plotWidth / Double(max(1, categories.count))
        let wrapped = categories.map { CategoryLabel.wrap($0, width: groupWidth - 6) }
        let vertical = wrapped.contains { $0 == nil }
        let longest = categories.map { ChartStyle.textWidth($0) }.max() ?? 0
        let lineCount = wrapped.compactMap { $0?.count }.max() ?? 1
        let extraBottom = vertical ? min(160, longest) - 8 : Double(lineCount - 1) * 14
        let frame = CartesianFrame(width: width, height: height, hasTitle: !title.isEmpty, xScale: nil,
                                   yScale: yScale, legend: legend, extraBottom: extraBottom, pad: 0)
        var doc = SVGDocument(width: width, height: frame.height, title: title.isEmpty ? nil : title)
        frame.drawTitle(title, in: &doc)
        frame.drawYAxis(label: yLabel, in: &doc)

        let barWidth = groupWidth * 0.75 / Double(max(1, series.count))
        let zeroY = frame.py(0)
        for (k, s) in series.enumerated() {
            doc.group([("class", "series")]) { doc in
                for (c, value) in s.values.prefix(categories.count).enumerated() where value.isFinite {
                    let x = frame.left + groupWidth * (Double(c) + 0.125) + barWidth * Double(k)
                    let y = frame.py(value)
                    doc.rect(x: x, y: min(y, zeroY), width: barWidth, height: abs(zeroY - y), fill: ChartStyle.color(k))
                }
                for (c, interval) in (s.intervals ?? []).prefix(categories.count).enumerated()
                where interval.low.isFinite && interval.high.isFinite {
                    let cx = frame.left + groupWidth * (Double(c) + 0.125) + barWidth * (Double(k) + 0.5)
                    IntervalMark.draw(x: cx, low: frame.py(interval.low), high: frame.py(interval.high),
                                      capWidth: min(14, barWidth * 0.6), in: &doc)
                }
            }
        }
        // Zero line and category axis.
        doc.group([("class", "x-axis")]) { doc in
            doc.line(x1: frame.left, y1: zeroY, x2: frame.right, y2: zeroY, stroke: ChartStyle.ink, width: 1)
            if yScale.lower < 0 {
                doc.line(x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom, stroke: ChartStyle.ink, width: 1)
            }
            for (c, name) in categories.enumerated() {
                let cx = frame.left + groupWidth * (Double(c) + 0.5)
                doc.line(x1: cx, y1: frame.bottom, x2: cx, y2: frame.bottom + 5, stroke: ChartStyle.ink, width: 1)
                if vertical {
                    doc.text(Legend.shown(name, limit: 26), x: cx + 4, y: frame.bottom + 10, anchor: .end, rotate: -90)
                } else {
                    for (k, text) in (wrapped[c] ?? [name]).enumerated() {
                        doc.text(text, x: cx, y: frame.bottom + 19 + Double(k) * 14, anchor: .middle)
                    }
                }
            }
            if !xLabel.isEmpty {
                doc.text(xLabel, x: frame.left + frame.plotWidth / 2, y: frame.bottom + 44 + extraBottom,
                         size: ChartStyle.labelSize, anchor: .middle)
            }
        }
        frame.drawLegend(in: &doc)
        return doc.render()
    }
}
