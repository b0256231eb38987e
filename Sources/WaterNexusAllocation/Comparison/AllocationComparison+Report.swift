import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

extension AllocationComparison {
    /// The median over the seeds of a named indicator or choice summary (nil when no run has it).
    func median(_ name: String) -> Double? {
        (report.comparison.summaries + report.choiceSummaries).first { $0.name == name }?.statistics.median
    }

    /// "population 50, archive 100, 99 iterations, seed 1".
    var settingsPhrase: String {
        let seeds = report.comparison.runs.map { "\($0.seed)" }
        return "population \(report.population), archive \(report.archive), \(report.iterations) iterations, "
            + (seeds.count == 1 ? "seed \(seeds[0])" : "seeds \(seeds.joined(separator: ", "))")
    }

    /// What the indicators say, in two or three sentences with their values.
    var findings: [String] {
        func f(_ x: Double, _ d: Int) -> String { ReportNumber.format(x, digits: d) }
        let runs = report.comparison.runs.count
        let over = runs == 1 ? "" : "median over \(runs) runs: "
        var text = "MORIME (\(settingsPhrase)) searched the same model as the exact method at \(rate) %"
            + (scenario.map { " in scenario \($0)" } ?? "") + ". "
        if let ratio = median("hypervolumeRatio") {
            let share = report.continuousHypervolume == nil ? "of the exact points' hypervolume" : "of the continuous exact front's hypervolume"
            text += "Its front reaches \(over)\(f(ratio * 100, 3)) % \(share)"
            if let igd = median("igdPlus") { text += ", IGD+ \(f(igd, 3)) in normalized objectives" }
            text += "; the target of \(f(report.comparison.targetShare * 100, 3)) % is reached in \(report.comparison.runsReachingTarget) of \(runs) runs."
        }
        var parts = [text]
        if let pair = report.choices.first {
            let diffs = objectiveSpecs.indices.map { k in
                "\(objectiveSpecs[k].id) \(pair.differences[k] >= 0 ? "+" : "")\(f(pair.differences[k], 4))"
            }
            let front = runs == 1 ? "MORIME's front" : "MORIME's front of seed \(pair.seed)"
            var text = "On \(front) the case's regret rule picks a plan at normalized distance \(f(pair.normalizedDistance, 3)) "
                + "from the exact choice (MORIME minus exact: \(diffs.joined(separator: ", ")))"
            if runs > 1, let distance = median("choiceNormalizedDistance") { text += "; the median distance over the \(runs) runs is \(f(distance, 3))" }
            parts.append(text + ".")
        }
        return parts
    }

    /// How the indicators are measured, in one sentence.
    var normalizationText: String {
        let reference = report.comparison.referencePoint.map { ReportNumber.format($0) }.joined(separator: ", ")
        let nadir = report.continuousHypervolume == nil ? "the exact points' nadir" : "the exact nadir over the \(report.extremePoints.count) nondominated extreme points"
        return "Objectives are normalized by the payoff-table ideal and \(nadir); the hypervolume reference point is (\(reference)) in normalized units; "
            + "IGD, IGD+, GD, ε and coverage are measured against the \(report.exactFront.count) exact points."
    }

    /// The overlay figure of the two fronts in the last two objectives (f2–f3 for Yiwu), captioned with what to see.
    var overlayFigure: ReportFigure? {
        let figures = figures()
        guard let svg = figures.last?.1, let run = report.comparison.runs.first else { return nil }
        let m = objectiveSpecs.count
        let (a, b) = (max(0, m - 2), m - 1)
        var caption = "Exact front (\(report.exactFront.count) points) and MORIME's front (\(run.front.count) points, seed \(run.seed)) at \(rate) %, "
            + "\(objectiveSpecs[a].id) against \(objectiveSpecs[b].id)."
        if let ratio = median("hypervolumeRatio") {
            caption += " Look for the stretches of the exact front where MORIME has no point: they are the \(ReportNumber.format((1 - ratio) * 100, digits: 3)) % of hypervolume it misses."
        }
        if let pair = report.choices.first {
            caption += " The regret choice on the exact front (triangle, circled) and on MORIME's front (diamond) lie "
                + "\(ReportNumber.format(pair.normalizedDistance, digits: 3)) apart in normalized objectives."
        }
        return ReportFigure(svg: svg, caption: caption)
    }

    /// The comparison's results section: findings, the overlay figure, the indicator and choice tables
    /// (linked to their CSV files when `files` has them).
    public func reportSection(files: [String], timings: Bool) -> ReportSection {
        let stem = "morime_vs_exact_\(rate)"
        func csv(_ name: String) -> String? { files.contains(name) ? name : nil }
        var tables = [ReportTable(summaryTable(timings: timings), title: "MORIME against the exact front",
                                  caption: "Indicators on normalized objectives; gaps and choice differences in stated units.",
                                  csvFile: csv("\(stem)_summary.csv"))]
        let choices = choiceTable()
        if !choices.rows.isEmpty {
            tables.append(ReportTable(choices, title: "Regret choice on both fronts", caption: "", csvFile: csv("\(stem)_choice.csv")))
        }
        return ReportSection(id: "morime", title: "MORIME against the exact front at \(rate) %",
                             paragraphs: findings + [normalizationText],
                             figures: overlayFigure.map { [$0] } ?? [], tables: tables)
    }
}

extension ReportTable {
    /// A report table from an ``AllocationReport/Table``.
    init(_ table: AllocationReport.Table, title: String, caption: String, csvFile: String?) {
        self.init(title: title, caption: caption, header: table.header, rows: table.rows, csvFile: csvFile)
    }
}
