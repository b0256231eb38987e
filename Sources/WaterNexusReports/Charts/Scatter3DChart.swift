import Foundation

/// A scatter chart of 3-objective points in a fixed axonometric view: a box with gridded floor and back
/// walls, ticks on three edges, and a thin drop line from each point to the floor so its height can be
/// read. Points are drawn back to front.
///
/// ```swift
/// var chart = Scatter3DChart(title: "3-objective front", labels: ("Cost (M$)", "CO₂ (kt)", "Water (Mm³)"))
/// chart.addSeries(name: "front", points: points)
/// ```
public struct Scatter3DChart: Sendable {
    struct Series: Sendable { var name: String; var points: [(Double, Double, Double)] }
    struct Highlight: Sendable { var point: (Double, Double, Double); var label: String }

    /// Chart title ("" for none).
    public var title: String
    /// Axis labels with units (x, y, z).
    public var labels: (String, String, String)
    /// Canvas width in px.
    public var width: Double = 640
    /// Canvas height in px.
    public var height: Double = 500
    var series: [Series] = []
    var highlights: [Highlight] = []
    /// Draw a dotted line from each point down to the floor when there are at most this many points
    /// (beyond that only the floor shadow is drawn, to avoid clutter).
    public var dropLineLimit = 40

    /// An empty chart.
    public init(title: String, labels: (String, String, String)) {
        self.title = title
        self.labels = labels
    }

    /// Adds a series; non-finite points are dropped.
    public mutating func addSeries(name: String, points: [(Double, Double, Double)]) {
        series.append(Series(name: name, points: points.filter { $0.0.isFinite && $0.1.isFinite && $0.2.isFinite }))
    }

    /// Marks the point with a ring and `label`.
    public mutating func highlight(x: Double, y: Double, z: Double, label: String) {
        guard x.isFinite, y.isFinite, z.isFinite else { return }
        highlights.append(Highlight(point: (x, y, z), label: label))
    }

    // Screen directions of the unit x, y and z axes: x runs right and towards the viewer, y right and
    // away, z up.
    static let ex = (0.9, 0.32), ey = (0.6, -0.36), ez = (0.0, -0.95)

    /// The chart as an SVG document.
    public func svg() -> String {
        let all = series.flatMap(\.points) + highlights.map(\.point)
        let sx = NiceScale(minimum: all.map(\.0).min() ?? 0, maximum: all.map(\.0).max() ?? 1, targetTicks: 5)
        let sy = NiceScale(minimum: all.map(\.1).min() ?? 0, maximum: all.map(\.1).max() ?? 1, targetTicks: 5)
        let sz = NiceScale(minimum: all.map(\.2).min() ?? 0, maximum: all.map(\.2).max() ?? 1, targetTicks: 5)
        let legend = series.enumerated().map { k, s in
            LegendEntry(name: s.name, color: ChartStyle.color(k), symbol: .marker(MarkerShape.forSeries(k)))
        }

        // Fit the projected unit box into the canvas, leaving room for the tick and axis labels: z labels
        // on the left, y labels on the right, x labels below. The legend sits in the empty top-left corner.
        let (ex, ey, ez) = (Scatter3DChart.ex, Scatter3DChart.ey, Scatter3DChart.ez)
        let boxWidth = ex.0 + ey.0, boxHeight = ex.1 - ey.1 - ez.1
        let zTickWidth = sz.ticks.map { ChartStyle.textWidth(sz.label($0)) }.max() ?? 20
        let yTickWidth = sy.ticks.map { ChartStyle.textWidth(sy.label($0)) }.max() ?? 20
        let areaLeft = 24 + ChartStyle.labelSize + zTickWidth + 16
        let areaTop = (title.isEmpty ? 16 : 44) + 10.0
        let areaWidth = width - areaLeft - max(30, yTickWidth + 40)
        let areaHeight = height - areaTop - 80
        let scale = min(areaWidth / boxWidth, areaHeight / boxHeight)
        let originX = areaLeft + (areaWidth - boxWidth * scale) / 2
        let originY = areaTop - (ey.1 + ez.1) * scale + (areaHeight - boxHeight * scale) / 2
        func project(_ u: Double, _ v: Double, _ w: Double) -> (Double, Double) {
            (originX + scale * (u * ex.0 + v * ey.0 + w * ez.0), originY + scale * (u * ex.1 + v * ey.1 + w * ez.1))
        }
        func unit(_ p: (Double, Double, Double)) -> (Double, Double, Double) {
            (sx.fraction(p.0), sy.fraction(p.1), sz.fraction(p.2))
        }

        var doc = SVGDocument(width: width, height: height, title: title.isEmpty ? nil : title)
        if !title.isEmpty {
            doc.text(title, x: width / 2, y: 26, size: ChartStyle.titleSize, anchor: .middle, weight: "bold")
        }
        doc.group([("class", "box")]) { doc in
            // Floor (w = 0), left wall (u = 0) and back wall (v = 1).
            doc.polygon([project(0, 0, 0), project(1, 0, 0), project(1, 1, 0), project(0, 1, 0)], fill: "#f4f4f4")
            doc.polygon([project(0, 0, 0), project(0, 1, 0), project(0, 1, 1), project(0, 0, 1)], fill: "#f8f8f8")
            doc.polygon([project(0, 1, 0), project(1, 1, 0), project(1, 1, 1), project(0, 1, 1)], fill: "#f8f8f8")
            for t in sx.ticks.map(sx.fraction) {
                doc.polyline([project(t, 0, 0), project(t, 1, 0), project(t, 1, 1)], stroke: ChartStyle.grid, width: 1)
            }
            for t in sy.ticks.map(sy.fraction) {
                doc.polyline([project(1, t, 0), project(0, t, 0), project(0, t, 1)], stroke: ChartStyle.grid, width: 1)
            }
            for t in sz.ticks.map(sz.fraction) {
                doc.polyline([project(0, 0, t), project(0, 1, t), project(1, 1, t)], stroke: ChartStyle.grid, width: 1)
            }
            for (a, b) in [((0.0, 0.0, 0.0), (1.0, 0.0, 0.0)), ((1, 0, 0), (1, 1, 0)), ((0, 0, 0), (0, 0, 1))] {
                let p = project(a.0, a.1, a.2), q = project(b.0, b.1, b.2)
                doc.line(x1: p.0, y1: p.1, x2: q.0, y2: q.1, stroke: ChartStyle.ink, width: 1.2)
            }
        }
        doc.group([("class", "ticks")]) { doc in
            for tick in sx.ticks {
                let p = project(sx.fraction(tick), 0, 0)
                doc.line(x1: p.0, y1: p.1, x2: p.0 - 3, y2: p.1 + 6, stroke: ChartStyle.ink, width: 1)
                doc.text(sx.label(tick), x: p.0 - 4, y: p.1 + 19, anchor: .middle)
            }
            for tick in sy.ticks {
                let p = project(1, sy.fraction(tick), 0)
                doc.line(x1: p.0, y1: p.1, x2: p.0 + 6, y2: p.1 + 2, stroke: ChartStyle.ink, width: 1)
                doc.text(sy.label(tick), x: p.0 + 9, y: p.1 + 7, anchor: .start)
            }
            for tick in sz.ticks {
                let p = project(0, 0, sz.fraction(tick))
                doc.line(x1: p.0 - 5, y1: p.1, x2: p.0, y2: p.1, stroke: ChartStyle.ink, width: 1)
                doc.text(sz.label(tick), x: p.0 - 8, y: p.1 + 4, anchor: .end)
            }
            // Axis labels run along their edges, outside the tick labels.
            let xa = project(0, 0, 0), xb = project(1, 0, 0)
            let xAngle = atan2(xb.1 - xa.1, xb.0 - xa.0)
            let xl = project(0.5, 0, 0)
            doc.text(labels.0 + sx.exponentSuffix, x: xl.0 - sin(xAngle) * 40, y: xl.1 + cos(xAngle) * 40,
                     size: ChartStyle.labelSize, anchor: .middle, rotate: xAngle * 180 / .pi)
            let ya = project(1, 0, 0), yb = project(1, 1, 0)
            let yAngle = atan2(yb.1 - ya.1, yb.0 - ya.0)
            let yl = project(1, 0.5, 0)
            let yOffset = 26 + yTickWidth * abs(sin(yAngle))
            doc.text(labels.1 + sy.exponentSuffix, x: yl.0 - sin(yAngle) * yOffset, y: yl.1 + cos(yAngle) * yOffset,
                     size: ChartStyle.labelSize, anchor: .middle, rotate: yAngle * 180 / .pi)
            let zl = project(0, 0, 0.5)
            doc.text(labels.2 + sz.exponentSuffix, x: zl.0 - zTickWidth - 22, y: zl.1, size: ChartStyle.labelSize,
                     anchor: .middle, rotate: -90)
        }

        // Back-to-front: depth grows with v (away) and shrinks with u (towards the viewer).
        var marks: [(depth: Double, order: Int, series: Int, point: (Double, Double, Double))] = []
        for (k, s) in series.enumerated() {
            for p in s.points {
                let u = unit(p)
                marks.append((u.1 - u.0 + u.2 * 0.01, marks.count, k, u))
            }
        }
        marks.sort { ($0.depth, -$0.order) > ($1.depth, -$1.order) }
        let dropLines = marks.count <= dropLineLimit
        doc.group([("class", "points")]) { doc in
            for m in marks {
                let (u, v, w) = m.point
                let top = project(u, v, w), floor = project(u, v, 0)
                if dropLines {
                    doc.line(x1: floor.0, y1: floor.1, x2: top.0, y2: top.1, stroke: "#999999", width: 0.8, dash: "2 2")
                }
                doc.circle(cx: floor.0, cy: floor.1, r: 1.5, fill: "#999999")
                doc.marker(MarkerShape.forSeries(m.series), x: top.0, y: top.1, color: ChartStyle.color(m.series))
            }
        }
        for h in highlights {
            let u = unit(h.point)
            HighlightMark.draw(label: h.label, at: project(u.0, u.1, u.2), frameRight: width - 10, in: &doc)
        }
        Legend.draw(legend, x: 12, y: areaTop - 6, in: &doc)
        return doc.render()
    }
}
