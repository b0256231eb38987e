import WaterNexusMultiobjective
import WaterNexusReports

/// The report of `nexus compare MODEL` on a network: how close MORIME comes to the certified front, its
/// best designs against the certified single-objective minima, and the certificate check first; the
/// fronts overlaid as the key figure; convergence, per-point and indicator tables after.
extension NetworkComparisonOutput {
    public func report(files: [String]) -> HTMLReport {
        var html = HTMLReport(title: title)
        html.subtitle = "Model \(modelFile)"
        html.setSummary(summary())
        let c = report.comparison
        let target = c.summaries.first { $0.name == "evaluationsToTarget" }?.statistics
        let caption = "Hypervolume of each run's front as a share of the exact front's, against evaluations; "
            + "\(c.runsReachingTarget) of \(ReportNumber.count(runs.count, "run")) cross the \(ReportNumber.format(100 * c.targetShare)) % line"
            + (target.map { ", after a median \(ReportNumber.format($0.median)) evaluations." } ?? ".")
        html.addSection(ReportSection(id: "convergence", title: "Convergence",
                                      paragraphs: ["MORIME's hypervolume is measured against the nondominated exact designs, normalized by their ideal and nadir."],
                                      figures: [ReportFigure(svg: c.convergenceChart().svg(), caption: caption)]))
        html.addSection(ReportSection(id: "minima", title: "Single-objective minima", paragraphs: [
            "GLPK's certified minimum cost and minimum emissions (with their lower bounds) against MORIME's best over the runs; "
                + "a relative gap below minus the certified gap would mean MORIME beat a proof.",
        ], tables: [ReportTable(optimaTable(), title: "Certified minima and MORIME's best")]))
        html.addSection(ReportSection(id: "points", title: "Exact points", paragraphs: [
            "Each ε-constraint point is a least-cost design under its cap; beside it, MORIME's cheapest point within the same cap.",
        ], tables: [ReportTable(pointsTable(), title: "Exact points and MORIME within each cap",
                                caption: "Differences are relative to the exact cost, median and minimum over the runs.",
                                csvFile: files.contains("exact_front.csv") ? "exact_front.csv" : nil)]))
        html.addSection(ReportSection(id: "indicators", title: "Indicators", tables: [
            ReportTable(summaryTable(), title: "Indicators over the runs", caption: "Minimum, quartiles and maximum over the seeds.",
                        csvFile: files.contains("summary.csv") ? "summary.csv" : nil),
        ]))
        html.setInputs(command: "", parameters: [
            ("model file", modelFile), ("exact solves", "gap \(ReportNumber.format(100 * gap)) %, time limit \(ReportNumber.format(timeLimit)) s"),
            ("MORIME", "population \(report.population), archive \(report.archive), \(report.iterations) iterations, repair \(report.repairSweeps) sweeps"),
            ("seeds", runs.map { "\($0.seed)" }.joined(separator: ", ")),
        ])
        return html
    }

    func summary() -> ReportSummary {
        let fmt = { ReportNumber.format($0) }
        func pct(_ x: Double) -> String { ReportNumber.format(100 * x, digits: 3) + " %" }
        let c = report.comparison
        let ratio = c.summaries.first { $0.name == "hypervolumeRatio" }?.statistics
        let gaps = (1...2).map { k in report.summaries.first { $0.name == "relativeObjectiveGap\(k)" }?.statistics }
        let certified = report.exactPoints.filter { $0.status == "optimal" }.count
        var answer: [String] = []
        if let ratio {
            answer.append("Over \(ReportNumber.count(runs.count, "run")), MORIME's fronts reach a median \(pct(ratio.median)) of the certified front's hypervolume "
                + "(\(pct(ratio.minimum)) to \(pct(ratio.maximum))); \(c.runsReachingTarget) reach the \(fmt(100 * c.targetShare)) % target."
                + (ratio.median > 1 ? " Above 100 %: the staircase of the \(report.exactFront.count) exact designs leaves out the area between them, which MORIME's denser front covers." : ""))
        }
        let minima = [report.costMinimum, report.emissionsMinimum]
        let parts = zip(minima, gaps).compactMap { optimum, gap in
            gap.map { "its best \(optimum.objective) is a median \(pct($0.median)) from the certified minimum \(fmt(optimum.value)) (lower bound \(fmt(optimum.lowerBound)))" }
        }
        if !parts.isEmpty { answer.append(parts.joined(separator: "; ").prefix(1).uppercased() + parts.joined(separator: "; ").dropFirst() + ".") }
        answer.append(report.certificateBreaches.isEmpty
            ? "No MORIME point beats a certified lower bound: the exact front and the metaheuristic agree."
            : "\(ReportNumber.count(report.certificateBreaches.count, "MORIME point")) beat a certified lower bound: a bug in the evaluation or the solver.")
        var headline: [(label: String, value: String)] = [
            ("Exact points", "\(report.exactPoints.count) (\(certified) certified)"),
            ("MORIME runs", "\(runs.count)"),
        ]
        if let ratio { headline.append(("Hypervolume ratio (median)", pct(ratio.median))) }
        for (optimum, gap) in zip(minima, gaps) {
            if let gap { headline.append(("Gap to minimum \(optimum.objective) (median)", pct(gap.median))) }
        }
        headline.append(("Certificate check", report.certificateBreaches.isEmpty ? "passed" : "FAILED"))
        let span = report.exactFront.map(\.[0])
        let caption = "The line joins the \(report.exactFront.count) nondominated exact designs"
            + (span.isEmpty ? "" : ", from cost \(fmt(span.min()!)) to \(fmt(span.max()!))")
            + "; the markers are MORIME's points per seed. Markers on or above the line are where they should be; none may lie below it by more than the certified gap."
        return ReportSummary(
            question: "How close does MORIME come to the certified cost–carbon front of \(report.model), and does any of its points beat a certified bound?",
            answer: answer, headline: headline, figure: ReportFigure(svg: overlay().svg(), caption: caption))
    }
}
