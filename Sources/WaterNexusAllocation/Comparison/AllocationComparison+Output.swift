import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

extension AllocationComparison {
    var objectiveSpecs: [AllocationObjectiveSpec] { study.allocationCase.objectives }

    func label(_ k: Int) -> String {
        let spec = objectiveSpecs[k]
        return spec.unit.isEmpty ? spec.id : "\(spec.id) (\(spec.unit))"
    }

    /// Lines stating what was compared and how it was measured.
    public var settingsText: String {
        let c = report.comparison
        let ideal = c.normalization.ideal.map { NumberFormat.fixed($0, 3) }.joined(separator: ", ")
        let nadir = c.normalization.nadir.map { NumberFormat.fixed($0, 3) }.joined(separator: ", ")
        let reference = c.referencePoint.map { NumberFormat.fixed($0, 2) }.joined(separator: ", ")
        let normalization = report.continuousHypervolume == nil
            ? "normalized by the exact points' ideal (\(ideal)) and nadir (\(nadir))"
            : "normalized by the payoff-table ideal (\(ideal)) and the exact nadir over the \(report.extremePoints.count) nondominated extreme points (\(nadir))"
        let volume = report.continuousHypervolume.map {
            "hypervolume of the continuous exact front \(NumberFormat.fixed($0, 6)) (of the \(report.exactFront.count) exact points \(NumberFormat.fixed(report.sampleHypervolume, 6)))"
        } ?? "hypervolume of the exact points \(NumberFormat.fixed(c.referenceHypervolume, 6))"
        return """
            scenario \(scenario ?? "-"), rate \(rate) %: exact front \(report.exactFront.count) points (GLPK, \(study.method.rawValue), grid \(study.points)); \
            MORIME population \(report.population), archive \(report.archive), \(report.iterations) iterations, \
            seeds \(c.runs.map { "\($0.seed)" }.joined(separator: ", "))
            objectives \(normalization); hypervolume reference point (\(reference)) in normalized units
            \(volume); target \(Int((c.targetShare * 100).rounded())) % of it reached in \(c.runsReachingTarget) of \(c.runs.count) runs; \
            IGD, IGD+, GD, epsilon and coverage against the exact points
            """
    }

    /// Median and spread over the seeds of every indicator, gap and choice distance (one value column
    /// for a single run). Without `timings`, wall-clock rows are left out (deterministic output).
    public func summaryTable(timings: Bool = true) -> AllocationReport.Table {
        let runs = report.comparison.runs.count
        var t = AllocationReport.Table(header: runs == 1 ? ["quantity", "value"] : ["quantity", "median", "min", "q1", "q3", "max", "runs"])
        let units = objectiveSpecs.map { $0.unit.isEmpty ? "" : " (\($0.unit))" }
        let target = "\(Int((report.comparison.targetShare * 100).rounded())) % of exact hypervolume"
        func name(_ raw: String) -> String? {
            if !timings && (raw == "seconds" || raw == "secondsToTarget") { return nil }
            for (prefix, text) in [("objectiveGap", "gap to LP optimum, "), ("choiceDifference", "regret choice MORIME - exact, ")] {
                if raw.hasPrefix(prefix), let k = Int(raw.dropFirst(prefix.count)), k >= 1, k <= objectiveSpecs.count {
                    return text + objectiveSpecs[k - 1].id + units[k - 1]
                }
            }
            let names = [
                "hypervolume": "hypervolume (normalized)", "hypervolumeRatio": report.continuousHypervolume == nil ? "hypervolume / exact (points)" : "hypervolume / exact (continuous front)",
                "igd": "IGD", "igdPlus": "IGD+", "gd": "GD", "spacing": "spacing", "additiveEpsilon": "additive epsilon",
                "coverageOfReference": "C(MORIME, exact)", "coverageByReference": "C(exact, MORIME)",
                "evaluationsToTarget": "evaluations to \(target)",
                "secondsToTarget": "seconds to \(target)", "seconds": "seconds per run",
                "choiceNormalizedDistance": "regret choice distance (normalized)",
            ]
            return names[raw] ?? raw
        }
        for summary in report.comparison.summaries + report.choiceSummaries {
            guard let n = name(summary.name) else { continue }
            let s = summary.statistics
            let values = runs == 1 ? [s.median] : [s.median, s.minimum, s.lowerQuartile, s.upperQuartile, s.maximum]
            t.rows.append([n] + values.map { String(format: "%.6g", $0) } + (runs == 1 ? [] : ["\(s.count)"]))
            if summary.name == "evaluationsToTarget" && s.count < runs {
                t.rows[t.rows.count - 1][0] += " (reached in \(s.count) of \(runs) runs)"
            }
        }
        if report.continuousHypervolume != nil, report.sampleHypervolume > 0,
           let s = SummaryStatistics(report.comparison.runs.map { $0.indicators.hypervolume.value / report.sampleHypervolume }) {
            let values = runs == 1 ? [s.median] : [s.median, s.minimum, s.lowerQuartile, s.upperQuartile, s.maximum]
            let index = t.rows.firstIndex { $0[0] == name("hypervolumeRatio") }.map { $0 + 1 } ?? t.rows.count
            t.rows.insert(["hypervolume / exact (grid points)"] + values.map { String(format: "%.6g", $0) } + (runs == 1 ? [] : ["\(s.count)"]), at: index)
        }
        if report.comparison.runsReachingTarget == 0 {
            let index = t.rows.firstIndex { $0[0] == name("coverageByReference") }.map { $0 + 1 } ?? t.rows.count
            t.rows.insert(["evaluations to \(target): not reached"] + Array(repeating: "", count: t.header.count - 1), at: index)
        }
        return t
    }

    /// The regret choice on the exact front and on each run's MORIME front, with the distance.
    public func choiceTable() -> AllocationReport.Table {
        var t = AllocationReport.Table(header: ["front", "seed"] + objectiveSpecs.indices.map(label) + ["normalized distance to exact choice"])
        guard let first = report.choices.first else { return t }
        t.rows.append(["exact", ""] + first.exact.map { NumberFormat.fixed($0, 3) } + ["0"])
        for pair in report.choices {
            t.rows.append(["MORIME", "\(pair.seed)"] + pair.morime.map { NumberFormat.fixed($0, 3) } + [String(format: "%.4g", pair.normalizedDistance)])
        }
        return t
    }

    /// Every point of the exact front and of each MORIME front (stated senses).
    public func frontsTable() -> AllocationReport.Table {
        var t = AllocationReport.Table(header: ["front", "seed", "point"] + objectiveSpecs.map(\.id))
        for (k, p) in report.exactFront.enumerated() { t.rows.append(["exact", "", "\(k)"] + p.map(NumberFormat.exact)) }
        for run in report.comparison.runs {
            for (k, p) in morimeFront(run).enumerated() { t.rows.append(["MORIME", "\(run.seed)", "\(k)"] + p.map(NumberFormat.exact)) }
        }
        return t
    }

    /// A run's MORIME front in stated senses (the comparison stores minimized values).
    func morimeFront(_ run: FrontComparison.Run) -> [[Double]] {
        let orientation = report.senses.map { $0 == "maximize" ? -1.0 : 1.0 }
        return run.front.map { zip($0, orientation).map { $0 * $1 } }
    }

    /// Overlay plots of both fronts projected on every pair of objectives (f1–f2, f1–f3, f2–f3), the
    /// first seed's MORIME front, with the two regret choices as their own series.
    public func figures() -> [(String, String)] {
        guard let run = report.comparison.runs.first else { return [] }
        let morime = morimeFront(run), exact = report.exactFront
        let pair = report.choices.first { $0.seed == run.seed }
        var out: [(String, String)] = []
        let m = objectiveSpecs.count
        for a in 0..<m {
            for b in (a + 1)..<max(a + 1, m) {
                let (ia, ib) = (objectiveSpecs[a].id, objectiveSpecs[b].id)
                var chart = ScatterChart(title: "Exact front and MORIME (seed \(run.seed)) at \(rate) %: \(ia) against \(ib)",
                                         xLabel: label(a), yLabel: label(b))
                chart.addSeries(name: "exact front (\(exact.count) points)", points: exact.map { ($0[a], $0[b]) })
                chart.addSeries(name: "MORIME (\(morime.count) points)", points: morime.map { ($0[a], $0[b]) })
                if let pair {
                    // Each choice is its own series (the two are often close, so one label only).
                    chart.addSeries(name: "regret choice on the exact front", points: [(pair.exact[a], pair.exact[b])])
                    chart.addSeries(name: "regret choice on MORIME's front", points: [(pair.morime[a], pair.morime[b])])
                    chart.highlight(x: pair.exact[a], y: pair.exact[b], label: "regret choices")
                }
                out.append(("morime_vs_exact_\(rate)_\(ia)_\(ib).svg", chart.svg()))
            }
        }
        return out
    }

    /// The whole report as JSON, with the case, scenario and rate.
    public func json() throws -> String {
        struct Document: Encodable {
            var caseName: String, modelFile: String, scenario: String?, rate: String, method: String, points: Int
            var normalizationNote: String
            var report: ModelFrontComparison.Report
        }
        let document = Document(
            caseName: study.allocationCase.name, modelFile: study.allocationCase.modelFile, scenario: scenario, rate: rate,
            method: study.method.rawValue, points: study.points,
            normalizationNote: report.continuousHypervolume == nil
                ? "indicators on objectives normalized by the exact points' ideal and nadir (comparison.normalization); hypervolume reference point comparison.referencePoint in normalized units; comparison.referenceHypervolume is the exact points' hypervolume; gaps in stated units"
                : "indicators on objectives normalized by the payoff-table ideal and the exact nadir over the nondominated extreme points (comparison.normalization); hypervolume reference point comparison.referencePoint in normalized units; comparison.referenceHypervolume is the continuous exact front's hypervolume (continuousHypervolume), sampleHypervolume that of the exact grid points; IGD, IGD+, GD, epsilon and coverage against the exact grid points; gaps in stated units",
            report: report)
        return try ReportJSON.encode(document)
    }

    /// Writes the summary, choice and front tables (CSV), the overlay figures (SVG) and, with
    /// `timings`, the JSON report. Without `timings` every file is deterministic (no wall-clock values).
    public func writeFiles(to folder: inout ResultFolderWriter, timings: Bool = true) throws {
        let stem = "morime_vs_exact_\(rate)"
        try folder.write(summaryTable(timings: timings).csv, to: "\(stem)_summary.csv", description: "MORIME's indicators against the exact front at \(rate) %")
        try folder.write(choiceTable().csv, to: "\(stem)_choice.csv", description: "regret choice on the exact and MORIME fronts at \(rate) %")
        try folder.write(frontsTable().csv, to: "\(stem)_fronts.csv", description: "every point of the exact and MORIME fronts at \(rate) %")
        for (name, svg) in figures() { try folder.write(svg, to: name, description: "exact and MORIME fronts overlaid at \(rate) %") }
        if timings { try folder.write(try json(), to: "\(stem).json", description: "the comparison for programs") }
    }

    /// The comparison as readable text: settings, indicators, and the regret choice on both fronts.
    public func text(timings: Bool) -> String {
        var parts = ["MORIME against the exact front, \(study.allocationCase.title)", settingsText, summaryTable(timings: timings).text]
        let choices = choiceTable()
        if !choices.rows.isEmpty { parts.append("Regret choice on both fronts:\n" + choices.text) }
        return parts.joined(separator: "\n")
    }
}
