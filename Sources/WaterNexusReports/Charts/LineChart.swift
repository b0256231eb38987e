/// A line chart of one or more (x, y) series, e.g. hypervolume against evaluations or lower/upper
/// bounds against iterations. Each series has its own colour, dash pattern and marker.
///
/// ```swift
/// var chart = LineChart(title: "Convergence", xLabel: "Evaluations", yLabel: "Hypervolume")
/// chart.addSeries(name: "NSGA-II", points: history)
/// ```
public struct LineChart: Sendable {
    struct Series: Sendable { var name: String; var points: [(x: Double, y: Double)] }

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
    /// Draw a marker at every point when a series has at most this many points.
    public var markerLimit = 40
    var series: [Series] = []

    /// An empty chart.
    public init(title: String, xLabel: String, yLabel: String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Adds a series drawn through the points in the given order; non-finite points break nothing and
    /// are dropped.
    public mutating func addSeries(name: String, points: [(Double, Double)]) {
        series.append(Series(name: name, points: DataRange.finite(points).map { (x: $0.0, y: $0.1) }))
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        let (x0, x1) = DataRange.bounds(series.flatMap { $0.points.map(\.x) }) ?? (0, 1)
        let (y0, y1) = DataRange.bounds(series.flatMap { $0.points.map(\.y) }) ?? (0, 1)
        let legend = series.enumerated().map { k, s in
            LegendEntry(name: s.name, color: ChartStyle.color(k),
                        symbol: .line(dash: ChartStyle.dash(k),
                                      marker: s.points.count <= markerLimit ? MarkerShape.forSeries(k) : nil))
        }
        var (frame, doc) = CartesianFrame.drawn(width: width, height: height, title: title, xLabel: xLabel, yLabel: yLabel,
                                                x: (x0, x1), y: (y0, y1), legend: legend)
        for (k, s) in series.enumerated() {
            doc.group([("class", "series")]) { doc in
                let pixels = s.points.map { (frame.px($0.x), frame.py($0.y)) }
                doc.polyline(pixels, stroke: ChartStyle.color(k), width: 2, dash: ChartStyle.dash(k))
                if s.points.count <= markerLimit {
                    for p in pixels {
                        doc.marker(MarkerShape.forSeries(k), x: p.0, y: p.1, r: 3.5, color: ChartStyle.color(k))
                    }
                }
            }
        }
        frame.drawLegend(in: &doc)
        return doc.render()
    }
}
