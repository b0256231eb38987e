import Foundation

/// Floating interval bars: one bar from low to high per category, coloured by group, with both ends
/// labelled (e.g. the net-benefit interval f± of each scenario, coloured by energy scenario). Unlike
/// ``BarChart`` the value axis fits the intervals rather than starting at zero, so differences between
/// categories stay visible; one category can be marked (outlined, with a note above it).
///
/// ```swift
/// var chart = IntervalChart(title: "", yLabel: "Net benefit (10¹² RMB)", categories: ["S0,R1", "S2,R1"])
/// chart.add(category: 0, low: 19.28, high: 24.29, group: "S0")
/// chart.add(category: 1, low: 20.04, high: 24.34, group: "S2")
/// chart.mark(category: 1, note: "highest")
/// ```
public struct IntervalChart: Sendable {
    struct Bar: Sendable { var category: Int; var low: Double; var high: Double; var group: Int }

    /// Chart title ("" for none).
    public var title: String
    /// Value-axis label, with units.
    public var yLabel: String
    /// Optional category-axis label.
    public var xLabel: String = ""
    /// Category names, left to right.
    public var categories: [String]
    /// Canvas width in px.
    public var width: Double = 640
    /// Canvas height in px.
    public var height: Double = 400
    /// Significant digits of the end labels.
    public var labelDigits = 4
    var bars: [Bar] = []
    var groups: [String] = []
    var marked: (category: Int, note: String)?

    /// An empty chart with the given categories.
    public init(title: String, yLabel: String, categories: [String]) {
        self.title = title
        self.yLabel = yLabel
        self.categories = categories
    }

    /// Adds the interval [low, high] of category `category` (an index into `categories`), coloured by
    /// `group` (groups take palette colours in the order they first appear and form the legend).
    /// Non-finite ends are not drawn.
    public mutating func add(category: Int, low: Double, high: Double, group: String) {
        if !groups.contains(group) { groups.append(group) }
        bars.append(Bar(category: category, low: min(low, high), high: max(low, high), group: groups.firstIndex(of: group)!))
    }

    /// Outlines category `category`'s bar and writes `note` above it.
    public mutating func mark(category: Int, note: String) { marked = (category, note) }

    /// The chart as an SVG document.
    public func svg() -> String {
        let shown = bars.filter { $0.low.isFinite && $0.high.isFinite && categories.indices.contains($0.category) }
        let lows = shown.map(\.low), highs = shown.map(\.high)
        let lo = lows.min() ?? 0, hi = highs.max() ?? 1
        // Room above the highest bar for its label and a mark's note.
        let span = max(hi - lo, abs(hi) * 1e-6, 1e-12)
        let yScale = NiceScale(minimum: lo - 0.08 * span, maximum: hi + (marked == nil ? 0.08 : 0.16) * span)
        let legend = groups.enumerated().map { k, name in LegendEntry(name: name, color: ChartStyle.color(k), symbol: .box) }
        let frame = CartesianFrame(width: width, height: height, hasTitle: !title.isEmpty, xScale: nil,
                                   yScale: yScale, legend: legend, pad: 0)
        var doc = SVGDocument(width: width, height: frame.height, title: title.isEmpty ? nil : title)
        frame.drawTitle(title, in: &doc)
        frame.drawYAxis(label: yLabel, in: &doc)
        let groupWidth = frame.plotWidth / Double(max(1, categories.count))
        let barWidth = min(36, groupWidth * 0.5)
        func centre(_ c: Int) -> Double { frame.left + groupWidth * (Double(c) + 0.5) }
        doc.group([("class", "intervals")]) { doc in
            for bar in shown {
                let x = centre(bar.category), top = frame.py(bar.high), bottom = frame.py(bar.low)
                let isMarked = marked?.category == bar.category
                doc.rect(x: x - barWidth / 2, y: top, width: barWidth, height: max(1.5, bottom - top),
                         fill: ChartStyle.color(bar.group), stroke: isMarked ? ChartStyle.ink : nil, strokeWidth: 2.5)
                doc.text(ReportNumber.format(bar.high, digits: labelDigits), x: x, y: top - 5, size: 11, anchor: .middle, halo: true)
                doc.text(ReportNumber.format(bar.low, digits: labelDigits), x: x, y: bottom + 14, size: 11, anchor: .middle, halo: true)
                if isMarked, let note = marked?.note {
                    doc.text(note, x: x, y: top - 21, size: 11, anchor: .middle, weight: "bold", halo: true)
                }
            }
        }
        doc.group([("class", "x-axis")]) { doc in
            doc.line(x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom, stroke: ChartStyle.ink, width: 1)
            for (c, name) in categories.enumerated() {
                doc.line(x1: centre(c), y1: frame.bottom, x2: centre(c), y2: frame.bottom + 5, stroke: ChartStyle.ink, width: 1)
                doc.text(name, x: centre(c), y: frame.bottom + 19, anchor: .middle)
            }
            if !xLabel.isEmpty {
                doc.text(xLabel, x: frame.left + frame.plotWidth / 2, y: frame.bottom + 44, size: ChartStyle.labelSize, anchor: .middle)
            }
        }
        frame.drawLegend(in: &doc)
        return doc.render()
    }
}
