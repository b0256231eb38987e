import WaterNexusMultiobjective
import WaterNexusReports

/// The overlay of a test problem's true front and MORIME's front of the first seed, as an SVG: a 2-D
/// scatter for two objectives, a 3-D scatter for three, nothing for more.
enum TestProblemFrontFigure {
    static func svg(problem: String, trueFront: [[Double]], report: FrontComparison.Report) -> String? {
        guard let run = report.runs.first, let m = trueFront.first?.count, (2...3).contains(m) else { return nil }
        let title = "\(problem): true front and MORIME (seed \(run.seed))"
        let trueName = "true front (\(trueFront.count) points)", morimeName = "MORIME (\(run.front.count) points)"
        if m == 2 {
            var chart = ScatterChart(title: title, xLabel: "f1", yLabel: "f2")
            chart.addSeries(name: trueName, points: trueFront.map { ($0[0], $0[1]) })
            chart.addSeries(name: morimeName, points: run.front.map { ($0[0], $0[1]) })
            return chart.svg()
        }
        var chart = Scatter3DChart(title: title, labels: ("f1", "f2", "f3"))
        chart.addSeries(name: trueName, points: trueFront.map { ($0[0], $0[1], $0[2]) })
        chart.addSeries(name: morimeName, points: run.front.map { ($0[0], $0[1], $0[2]) })
        return chart.svg()
    }
}
