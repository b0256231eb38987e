import Foundation
import WaterNexusReports

/// The output of `nexus compare --problem NAME`: MORIME against a test problem's true front, as text,
/// JSON, result files (comparison.json, summary.csv, one front CSV per seed, convergence and front
/// figures) and a report.
public struct TestProblemComparisonOutput: ResultOutput {
    /// The test problem.
    public var problem: TestProblem
    /// The measurements.
    public var comparison: FrontComparison.Report
    /// Title of the report and the manifest.
    public var title: String

    /// The output of a finished comparison.
    public init(problem: TestProblem, comparison: FrontComparison.Report) {
        self.problem = problem
        self.comparison = comparison
        title = "MORIME against the true front of \(problem.name)"
    }

    public func text() -> String { comparison.indicatorText(problem: problem.name) }

    public func json() throws -> String { try ReportJSON.encode(comparison) }

    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        try folder.write(try json(), to: "comparison.json", description: "the comparison for programs")
        var summary = CSVTable(header: ["indicator", "count", "minimum", "lower_quartile", "median", "upper_quartile", "maximum"])
        for row in comparison.summaries {
            let s = row.statistics
            summary.append([row.name, "\(s.count)"] + [s.minimum, s.lowerQuartile, s.median, s.upperQuartile, s.maximum].map { "\($0)" })
        }
        try folder.write(summary.render(), to: "summary.csv", description: "indicators over the seeds")
        for run in comparison.runs {
            var front = CSVTable(header: (1...max(1, run.front.first?.count ?? 1)).map { "f\($0)" })
            for point in run.front { front.append(point.map { "\($0)" }) }
            try folder.write(front.render(), to: "front_seed\(run.seed).csv", description: "MORIME's front of seed \(run.seed)")
        }
        try folder.write(comparison.convergenceChart().svg(), to: "convergence.svg", description: "hypervolume against evaluations per seed")
        if let svg = frontsFigure() { try folder.write(svg, to: "fronts.svg", description: "true front and MORIME's front of the first seed") }
    }

    /// The overlay of the true front and MORIME's front of the first seed: a 2-D scatter for two
    /// objectives, a 3-D scatter for three, nothing for more.
    public func frontsFigure() -> String? {
        let m = problem.objectiveCount
        guard let run = comparison.runs.first, (2...3).contains(m) else { return nil }
        let trueFront = problem.trueFront(points: m == 2 ? 200 : 400)
        let title = "\(problem.name): true front and MORIME (seed \(run.seed))"
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

    /// The median of a named indicator over the seeds.
    func median(_ name: String) -> Double? { comparison.summaries.first { $0.name == name }?.statistics.median }

    public func report(files: [String]) -> HTMLReport {
        var page = HTMLReport(title: title)
        let runs = comparison.runs.count, over = runs == 1 ? "" : " (median of \(runs) runs)"
        func f(_ x: Double) -> String { ReportNumber.format(x, digits: 4) }
        var answer = "MORIME ran \(ReportNumber.count(runs, "time")) with \(comparison.runs.first.map { "\($0.evaluations)" } ?? "0") evaluations each."
        var headline: [(label: String, value: String)] = []
        if let ratio = median("hypervolumeRatio") {
            answer += " Its front reaches \(f(ratio * 100)) % of the true front's hypervolume\(over)"
            headline.append(("Hypervolume / true front\(over)", f(ratio)))
        }
        if let igd = median("igdPlus") {
            answer += ", IGD+ \(f(igd))"
            headline.append(("IGD+\(over)", f(igd)))
        }
        answer += "; the target of \(f(comparison.targetShare * 100)) % is reached in \(comparison.runsReachingTarget) of \(runs) runs."
        headline.append(("Runs reaching \(f(comparison.targetShare * 100)) %", "\(comparison.runsReachingTarget) of \(runs)"))
        let figure = frontsFigure().map {
            ReportFigure(svg: $0, caption: "The true front of \(problem.name) and MORIME's front of the first seed; look for the parts of the true front MORIME has not reached.")
        }
        page.setSummary(ReportSummary(question: "How close does MORIME come to the true front of \(problem.name)?", answer: [answer],
                                      headline: headline, figure: figure))
        let last = comparison.runs.map { $0.checkpoints.last?.hypervolume ?? 0 }.max() ?? 0
        var table = ReportTable(title: "Indicators over the seeds", caption: "Objectives minimized, not normalized; reference point (1, …, 1).",
                                header: ["indicator", "median", "min", "q1", "q3", "max", "runs"], rows: [], csvFile: files.contains("summary.csv") ? "summary.csv" : nil)
        for summary in comparison.summaries {
            let s = summary.statistics
            table.rows.append([summary.name] + [s.median, s.minimum, s.lowerQuartile, s.upperQuartile, s.maximum].map { "\($0)" } + ["\(s.count)"])
        }
        page.addSection(ReportSection(
            id: "convergence", title: "Convergence",
            paragraphs: ["Reference hypervolume \(f(comparison.referenceHypervolume)) (analytic where known)."],
            figures: [ReportFigure(svg: comparison.convergenceChart().svg(),
                                   caption: "Hypervolume over the reference against evaluations, one line per seed, with the target line; the best run ends at \(f(last / comparison.referenceHypervolume)).")],
            tables: [table]))
        return page
    }
}
