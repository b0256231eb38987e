import WaterNexusReports

extension FrontComparison.Report {
    /// Hypervolume over the reference hypervolume against evaluations for every seed, with the target
    /// line (``targetShare``).
    public func convergenceChart() -> LineChart {
        var chart = LineChart(title: "MORIME convergence", xLabel: "evaluations", yLabel: "hypervolume / reference")
        for run in runs {
            chart.addSeries(name: "seed \(run.seed)", points: run.checkpoints.map {
                (Double($0.evaluations), $0.hypervolume / referenceHypervolume)
            })
        }
        let end = Double(runs.flatMap(\.checkpoints).map(\.evaluations).max() ?? 1)
        chart.addSeries(name: "target \(NumberFormat.fixed(targetShare * 100, 0)) %", points: [(0, targetShare), (end, targetShare)])
        return chart
    }
}
