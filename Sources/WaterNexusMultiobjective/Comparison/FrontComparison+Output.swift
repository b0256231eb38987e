import WaterNexusReports

/// The parts of a ``FrontComparison/Report`` every `nexus compare` output shows: the indicator table
/// and the convergence chart.
extension FrontComparison.Report {
    /// The indicators' median and spread over the runs, headed by the reference hypervolume and the
    /// runs that reached the target.
    public func indicatorText(problem: String) -> String {
        var table = TextTable(headers: ["indicator", "median", "min", "q1", "q3", "max", "runs"],
                              alignments: [.left, .right, .right, .right, .right, .right, .right])
        for summary in summaries {
            let s = summary.statistics
            table.append([summary.name] + [s.median, s.minimum, s.lowerQuartile, s.upperQuartile, s.maximum].map { String(format: "%.6g", $0) } + ["\(s.count)"])
        }
        return """
            MORIME on \(problem): reference hypervolume \(String(format: "%.6f", referenceHypervolume)), \
            reference point \(referencePoint), target \(Int(targetShare * 100)) % reached in \
            \(runsReachingTarget) of \(runs.count) runs
            \(table.render())
            """
    }

    /// Hypervolume against evaluations for every seed, with the target line (share of the reference).
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
