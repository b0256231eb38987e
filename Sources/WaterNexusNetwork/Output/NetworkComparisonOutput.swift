import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// Everything `nexus compare MODEL` shows and writes for a network model: MORIME's fronts against the
/// certified ε-constraint front (text, JSON, result folder and report).
public struct NetworkComparisonOutput: ResultOutput {
    public var report: NetworkFrontComparison.Report
    /// The model file as given on the command line.
    public var modelFile: String
    /// The gap and time limit every exact solve was given.
    public var gap: Double
    public var timeLimit: Double

    public init(report: NetworkFrontComparison.Report, modelFile: String, gap: Double, timeLimit: Double) {
        self.report = report
        self.modelFile = modelFile
        self.gap = gap
        self.timeLimit = timeLimit
    }

    var runs: [FrontComparison.Run] { report.comparison.runs }
    func g(_ value: Double) -> String { String(format: "%.6g", value) }
    private func percent(_ value: Double?) -> String { value.map { String(format: "%.4f", 100 * $0) } ?? "-" }

    public var title: String { "Water network \(report.model): MORIME against the certified ε-constraint front" }

    /// Settings, the single-objective minima against MORIME's best, the exact points against MORIME's best cost
    /// within each cap, the indicators and the certificate check.
    public func text() -> String {
        let c = report.comparison
        let pair = { (v: [Double]) in "(" + v.map(g).joined(separator: ", ") + ")" }
        var lines = [
            "MORIME against the certified ε-constraint front, network \(report.model) (\(modelFile))",
            "exact front: \(ReportNumber.count(report.exactPoints.count, "point")), each a GLPK global solve asked for gap \(g(gap)) within \(g(timeLimit)) s "
                + "(status, lower bound and gap reached per point below; \(NumberFormat.fixed(report.exactSeconds, 2)) s in all); "
                + "MORIME population \(report.population), archive \(report.archive), \(report.iterations) iterations, repair \(report.repairSweeps) sweeps, "
                + "seeds \(runs.map { "\($0.seed)" }.joined(separator: ", "))",
            "objectives cost (currency/yr) and emissions (kgCO2/yr), normalized by the exact designs' ideal \(pair(c.normalization.ideal)) "
                + "and nadir \(pair(c.normalization.nadir)); hypervolume reference point \(pair(c.referencePoint)); reference hypervolume "
                + "\(String(format: "%.6f", c.referenceHypervolume)) (of the \(report.exactFront.count) nondominated exact designs)",
            "",
            "Single-objective minima (GLPK's best design and certified lower bound) and MORIME's best over \(runs.count) runs "
                + "(relative gap = (MORIME best − GLPK best)/max(|GLPK best|, 1); it may not fall below −(certified gap)):",
            optimaTable().render(),
            "",
            "Exact points and MORIME's cheapest point within each cap (difference relative to the exact cost, median over runs):",
            pointsTable().render(),
            "",
            c.indicatorText(problem: "network \(report.model)"),
            "",
        ]
        if report.certificateBreaches.isEmpty {
            lines.append("Certificate check: no MORIME point beats a certified lower bound (tolerance \(g(NetworkFrontComparison.certificateTolerance)) relative).")
        } else {
            lines.append("Certificate check FAILED: \(ReportNumber.count(report.certificateBreaches.count, "MORIME point")) beat a certified lower bound (a bug in the evaluation or the solver):")
            for b in report.certificateBreaches {
                lines.append("  seed \(b.seed): point \(pair(b.point)), \(b.certificate): \(g(b.value)) < lower bound \(g(b.lowerBound))")
            }
        }
        return lines.joined(separator: "\n")
    }

    func optimaTable() -> TextTable {
        var t = TextTable(headers: ["objective", "GLPK best", "lower bound", "certified gap", "status",
                                    "MORIME best (median)", "rel. gap median", "rel. gap min", "rel. gap max"])
        for (k, optimum) in [report.costMinimum, report.emissionsMinimum].enumerated() {
            let best = SummaryStatistics(runs.map { $0.front.map { $0[k] }.min() ?? .nan })
            let relative = SummaryStatistics(report.relativeObjectiveGaps.map { $0[k] })
            t.append([optimum.objective, g(optimum.value), g(optimum.lowerBound), optimum.gap.map { String(format: "%.2e", $0) } ?? "-", optimum.status,
                      best.map { g($0.median) } ?? "-", relative.map { String(format: "%.2e", $0.median) } ?? "-",
                      relative.map { String(format: "%.2e", $0.minimum) } ?? "-", relative.map { String(format: "%.2e", $0.maximum) } ?? "-"])
        }
        return t
    }

    func pointsTable() -> TextTable {
        var t = TextTable(headers: ["#", "cap kgCO2/yr", "cost", "emissions", "lower bound", "gap", "status",
                                    "MORIME cost (median)", "diff % median", "diff % min", "runs within cap"])
        for (point, comparison) in zip(report.exactPoints, report.capComparisons) {
            let best = SummaryStatistics(comparison.bestCosts.compactMap { $0 })
            let difference = SummaryStatistics(comparison.relativeDifferences.compactMap { $0 })
            t.append(["\(comparison.point)", point.cap.map { NumberFormat.fixed($0, 1) } ?? "none", point.cost.map { NumberFormat.fixed($0, 2) } ?? "-",
                      point.emissions.map { NumberFormat.fixed($0, 1) } ?? "-", NumberFormat.fixed(point.lowerBound, 2),
                      point.gap.map { String(format: "%.2e", $0) } ?? "-", point.status, best.map { NumberFormat.fixed($0.median, 2) } ?? "-",
                      percent(difference?.median), percent(difference?.minimum), "\(comparison.bestCosts.compactMap { $0 }.count) of \(runs.count)"])
        }
        return t
    }

    /// The report as JSON, with the model file and the solver gap.
    public func json() throws -> String {
        struct Document: Encodable {
            var kind = "network", modelFile: String, exactGap: Double, exactTimeLimit: Double
            var normalizationNote: String
            var report: NetworkFrontComparison.Report
        }
        return try ReportJSON.encode(Document(
            modelFile: modelFile, exactGap: gap, exactTimeLimit: timeLimit,
            normalizationNote: "indicators on (cost, emissions) normalized by the exact designs' ideal and nadir (comparison.normalization); hypervolume reference point comparison.referencePoint in normalized units; comparison.referenceHypervolume is the nondominated exact designs' hypervolume; an objective without spread gets the range max(|ideal|, 1); objective gaps are MORIME's best minus the certified optimum's value, in stated units (relativeObjectiveGaps: divided by max(|value|, 1))",
            report: report))
    }

    /// The indicators' and gaps' spread over the runs, full precision.
    func summaryTable() -> CSVTable {
        var summary = CSVTable(header: ["quantity", "count", "minimum", "lower_quartile", "median", "upper_quartile", "maximum"])
        for row in report.comparison.summaries + report.summaries {
            let s = row.statistics
            summary.append([row.name, "\(s.count)"] + [s.minimum, s.lowerQuartile, s.median, s.upperQuartile, s.maximum].map { "\($0)" })
        }
        return summary
    }

    /// The exact points, full precision.
    func exactTable() -> CSVTable {
        var exact = CSVTable(header: ["point", "cap_kgCO2", "cost", "emissions_kgCO2", "lower_bound", "gap", "status"])
        for (i, p) in report.exactPoints.enumerated() {
            exact.append(["\(i)", p.cap.map { "\($0)" } ?? "", p.cost.map { "\($0)" } ?? "", p.emissions.map { "\($0)" } ?? "",
                          "\(p.lowerBound)", p.gap.map { "\($0)" } ?? "", p.status])
        }
        return exact
    }

    /// Writes comparison.json, summary.csv, exact_front.csv, one front_seed<N>.csv per run, fronts.svg and
    /// convergence.svg.
    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        try folder.write(json(), to: "comparison.json", description: "the comparison for programs: settings, exact points, every run")
        try folder.write(summaryTable().render(), to: "summary.csv", description: "indicators and objective gaps over the runs")
        try folder.write(exactTable().render(), to: "exact_front.csv", description: "the certified ε-constraint points")
        for run in runs {
            var front = CSVTable(header: ["cost", "emissions_kgCO2"])
            for point in run.front { front.append(point.map { "\($0)" }) }
            try folder.write(front.render(), to: "front_seed\(run.seed).csv", description: "MORIME's front, seed \(run.seed)")
        }
        try folder.write(overlay().svg(), to: "fronts.svg", description: "the exact front and MORIME's fronts")
        try folder.write(report.comparison.convergenceChart().svg(), to: "convergence.svg", description: "hypervolume against evaluations per run")
    }

    /// The exact points and every run's MORIME front in the (cost, emissions) plane.
    func overlay() -> ScatterChart {
        var chart = ScatterChart(title: "Network \(report.model): ε-constraint front (GLPK) and MORIME",
                                 xLabel: "annual cost", yLabel: "annual emissions (kgCO2/yr)")
        chart.addSeries(name: "GLPK ε-constraint designs (\(report.exactFront.count) nondominated)", points: report.exactFront.map { ($0[0], $0[1]) }, connect: true)
        for run in runs { chart.addSeries(name: "MORIME seed \(run.seed) (\(ReportNumber.count(run.front.count, "point")))", points: run.front.map { ($0[0], $0[1]) }) }
        return chart
    }
}
