import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

extension AllocationOutput {
    /// What the terminal shows: the study's tables (`.study`) or every front point (`.fronts`), then
    /// the comparison with MORIME when there is one.
    public func text() -> String {
        var parts = [textStyle == .study ? studyText() : frontsText()]
        if let comparison { parts.append(comparison.text(timings: false)) }
        return parts.joined(separator: "\n\n")
    }

    /// The readable tables of the study.
    func studyText() -> String {
        let c = allocationCase
        var parts: [String] = []
        parts.append("\(c.title)\nmodel \(c.modelFile), data \(c.dataDirectory); exact fronts by GLPK (\(study.method.rawValue), grid \(study.points))")
        if let choice = c.choice {
            let beta = choice.beta.map { "\($0.value) [\($0.tag.rawValue)]" }.joined(separator: ", ")
            parts.append("Regret choice (GRRM): beta = (\(beta)), gamma = \(choice.gamma.value) [\(choice.gamma.tag.rawValue)]")
        }
        func add(_ title: String, _ table: AllocationReport.Table, short: Bool = false) {
            guard !table.rows.isEmpty else { return }
            parts.append(title + ":\n" + (short ? table.textShort : table.text))
        }
        add("Inputs that are not published (value, tag, source; full texts in inputs_unpublished.csv)", report.unpublishedInputs(), short: true)
        if let calibration {
            add("Calibration against the original plan (Tables 3-4), residual = fitted - published", AllocationReport.calibration(calibration))
        }
        add("Exact fronts", report.frontSummary())
        let published = c.publishedResults == nil ? "" : " beside the published values"
        add("Chosen plan per guaranteed rate (scenario \(study.baseScenario ?? "-"))\(published)", report.chosenPlans())
        add("Chosen plan and original plan\(published)", report.originalComparison())
        if c.scenarios.count > 1 { add("Scenarios", report.scenarios()) }
        return parts.joined(separator: "\n\n")
    }

    /// The front summary, then one table per run with every front point (chosen point marked).
    func frontsText() -> String {
        var parts = [title, report.frontSummary().text]
        for r in study.runs {
            parts.append("\nscenario \(r.scenario ?? "-"), rate \(r.rate) %:\n" + AllocationOutput.frontTable(r.run, allocationCase).text)
        }
        return parts.joined(separator: "\n")
    }

    /// One row per front point: objectives and source totals, the chosen point marked.
    static func frontTable(_ run: AllocationRun, _ c: AllocationCase) -> AllocationReport.Table {
        var t = AllocationReport.Table(header: ["point", "chosen"] + c.objectives.map { $0.unit.isEmpty ? $0.id : "\($0.id) (\($0.unit))" }
                                        + c.sources.map { "\($0.id) (\(c.volumeUnit))" })
        for (k, p) in run.front.enumerated() {
            t.rows.append(["\(k)", run.chosen?.index == k ? "*" : ""] + p.objectives.map { String(format: "%.2f", $0) }
                          + run.problem.sourceTotals(p.values).map { String(format: "%.2f", $0) })
        }
        return t
    }
}

extension AllocationReport.Table {
    /// The table with its last column (long source texts) cut to 70 characters.
    var textShort: String {
        var copy = self
        copy.rows = rows.map { row in
            var r = row
            if let last = r.last, last.count > 70 { r[r.count - 1] = String(last.prefix(67)) + "..." }
            return r
        }
        return copy.text
    }
}
