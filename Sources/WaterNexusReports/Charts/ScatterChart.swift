/// A 2-D scatter chart: several named series, each with its own colour and marker shape, optionally
/// joined by a line (e.g. a Pareto front), plus highlighted points with labels (e.g. the chosen
/// compromise).
///
/// ```swift
/// var chart = ScatterChart(title: "Pareto front", xLabel: "Cost (M$)", yLabel: "CO₂ (kt)")
/// chart.addSeries(name: "ε-constraint", points: front, connect: true)
/// chart.highlight(x: 12, y: 40, label: "chosen")
/// let svg = chart.svg()
/// ```
public struct ScatterChart: Sendable {
    struct Series: Sendable {
        var name: String
        var points: [Point]
        var connect: Bool
    }
    struct Point: Sendable { var x: Double; var y: Double }
    struct Highlight: Sendable { var x: Double; var y: Double; var label: String }

    /// Chart title ("" for none).
    public var title: String
    /// X-axis label, with units.
    public var xLabel: String
    /// Y-axis label, with units.
    public var yLabel: String
    /// Canvas width in px.
    public var width: Double = 640
    /// Canvas height in px.
    public var height: Double = 420
    var series: [Series] = []
    var highlights: [Highlight] = []

    /// An empty chart.
    public init(title: String, xLabel: String, yLabel: String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Adds a series; non-finite points are dropped. With `connect`, a line joins the points in
    /// ascending x order (the shape of a 2-D front).
    public mutating func addSeries(name: String, points: [(Double, Double)], connect: Bool = false) {
        let kept = DataRange.finite(points).map { Point(x: $0.0, y: $0.1) }
        series.append(Series(name: name, points: kept, connect: connect))
    }

    /// Marks the point (x, y) with a ring and `label` (non-finite points are ignored).
    public mutating func highlight(x: Double, y: Double, label: String) {
        guard x.isFinite, y.isFinite else { return }
        highlights.append(Highlight(x: x, y: y, label: label))
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        let xs = series.flatMap { $0.points.map(\.x) } + highlights.map(\.x)
        let ys = series.flatMap { $0.points.map(\.y) } + highlights.map(\.y)
        let (x0, x1) = DataRange.bounds(xs) ?? (0, 1)
        let (y0, y1) = DataRange.bounds(ys) ?? (0, 1)
        let legend = series.enumerated().map { k, s in
            LegendEntry(name: s.name, color: ChartStyle.color(k),
                        symbol: s.connect ? .line(dash: ChartStyle.dash(k), marker: MarkerShape.forSeries(k))
                                          : .marker(MarkerShape.forSeries(k)))
        }
        var (frame, doc) = CartesianFrame.drawn(width: width, height: height, title: title, xLabel: xLabel, yLabel: yLabel,
                                                x: (x0, x1), y: (y0, y1), legend: legend)
        for (k, s) in series.enumerated() {
            doc.group([("class", "series")]) { doc in
                if s.connect {
                    let ordered = s.points.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
                    doc.polyline(ordered.map { (frame.px($0.x), frame.py($0.y)) }, stroke: ChartStyle.color(k),
                                 width: 1.8, dash: ChartStyle.dash(k))
                }
                for p in s.points {
                    doc.marker(MarkerShape.forSeries(k), x: frame.px(p.x), y: frame.py(p.y), color: ChartStyle.color(k))
                }
            }
        }
        for h in highlights {
            HighlightMark.draw(label: h.label, at: (frame.px(h.x), frame.py(h.y)), frameRight: frame.right, in: &doc)
        }
        frame.drawLegend(in: &doc)
        return doc.render()
    }
}
