import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

extension AllocationOutput {
    /// The results sections after the summary.
    func sections(_ facts: [AllocationPlanFacts], files: [String]) -> [ReportSection] {
        var list: [ReportSection] = []
        if !facts.isEmpty { list.append(chosenSection(facts, files: files)) }
        list.append(frontsSection(facts, files: files))
        if !facts.isEmpty, let sweep = sweepSection(facts[AllocationPlanFacts.keyIndex(facts)], files: files) { list.append(sweep) }
        if allocationCase.scenarios.count > 1, !facts.isEmpty { list.append(scenariosSection(facts[AllocationPlanFacts.keyIndex(facts)].rate, files: files)) }
        if let comparison { list.append(comparison.reportSection(files: files, timings: false)) }
        if let calibration { list.append(calibrationSection(calibration, files: files)) }
        return list
    }

    /// `name` when the folder has it (tables then link to their full-precision CSV).
    func csv(_ name: String, _ files: [String]) -> String? { files.contains(name) ? name : nil }

    /// "LR 757.813 → 699.1, HJ stays at 800, …" between two source-total vectors.
    func sourceChanges(_ a: [Double], _ b: [Double]) -> String {
        AllocationWords.list(allocationCase.sources.indices.map { i in
            "\(allocationCase.sources[i].id) \(AllocationWords.change(a[i], b[i]))"
        })
    }

    func chosenSection(_ facts: [AllocationPlanFacts], files: [String]) -> ReportSection {
        let c = allocationCase, specs = c.objectives
        var paragraphs: [String] = []
        for f in facts {
            guard let p = f.published else { continue }
            let parts = specs.indices.filter { abs(p.objectives[$0]) > AllocationPlanFacts.zero }.map { k in
                "\(specs[k].id) \(AllocationWords.number(f.chosen[k])) against \(AllocationWords.number(p.objectives[k])) (\(AllocationWords.percent(f.chosen[k], p.objectives[k])))"
            }
            paragraphs.append("At \(f.rate) %, ours against the paper's \(p.table): \(AllocationWords.list(parts)).")
        }
        var figures: [ReportFigure] = []
        if let svg = figure("chosen_sources.svg"), let first = facts.first, let last = facts.last {
            figures.append(ReportFigure(svg: svg, caption: "Supply by source of the regret choice at each guaranteed rate (\(c.volumeUnit)). "
                + (facts.count > 1 ? "From \(first.rate) % to \(last.rate) %: \(sourceChanges(first.sources, last.sources))." : "")))
        }
        let published = c.publishedResults == nil ? "" : " beside the published values"
        return ReportSection(
            id: "chosen", title: "Chosen plan per guaranteed rate", paragraphs: paragraphs, figures: figures,
            tables: [ReportTable(report.chosenPlans(), title: "Regret choice per rate\(published)",
                                 caption: "Scenario \(study.baseScenario ?? "-"); objectives and supply by source.", csvFile: csv("chosen_plans.csv", files)),
                     ReportTable(report.originalComparison(), title: "Regret choice and original plan\(published)",
                                 caption: "The original plan is evaluated with the same coefficients as the front.", csvFile: csv("original_comparison.csv", files))])
    }

    func frontsSection(_ facts: [AllocationPlanFacts], files: [String]) -> ReportSection {
        let sizes = study.runs.map(\.run.front.count)
        var text = "GLPK computes the exact nondominated set of every "
            + (allocationCase.scenarios.count > 1 ? "scenario and rate" : "rate")
            + " (\(study.method.rawValue), \(study.points) grid intervals): "
        text += sizes.count == 1 ? "\(sizes[0]) points." : "\(sizes.min() ?? 0) to \(sizes.max() ?? 0) points per front, \(sizes.reduce(0, +)) in all."
        var paragraphs = [text]
        if files.contains("front_points.csv") {
            paragraphs.append("Every front point with its objectives and flows is in front_points.csv beside this report (full precision), too long to show here.")
        }
        let key = facts.isEmpty ? -1 : AllocationPlanFacts.keyIndex(facts)
        let figures = facts.indices.filter { $0 != key }.compactMap { frontFigure(facts[$0]) }
        return ReportSection(id: "fronts", title: "Exact fronts", paragraphs: paragraphs, figures: figures,
                             tables: [ReportTable(report.frontSummary(), title: "Front size and objective ranges",
                                                  caption: "Per scenario and rate.", csvFile: csv("front_summary.csv", files))])
    }

    func sweepSection(_ f: AllocationPlanFacts, files: [String]) -> ReportSection? {
        let c = allocationCase, specs = c.objectives
        guard let sweep = c.choice?.sweep, let rows = try? study.sweep(f.run), let first = rows.first, let last = rows.last else { return nil }
        let weight = "β_\(specs[sweep.objective].id)"
        let changes = rows.indices.dropFirst().filter { k in
            zip(rows[k].point.objectives, rows[k - 1].point.objectives).contains { abs($0 - $1) > 1e-6 * max(1, abs($1)) }
        }
        var text = "With \(weight) running from \(ReportNumber.format(first.swept)) to \(ReportNumber.format(last.swept)) at \(f.rate) % (the other weights share the rest), "
        text += changes.isEmpty ? "the chosen plan stays the same."
            : "the chosen plan changes \(changes.count) times, at \(weight) = " + AllocationWords.list(changes.map { ReportNumber.format(rows[$0].swept) }) + "."
        let ends = { (p: ParetoPoint) in AllocationWords.list(specs.indices.map { "\(specs[$0].id) \(AllocationWords.number(p.objectives[$0]))" }) }
        text += " At \(weight) = \(ReportNumber.format(first.swept)): \(ends(first.point)); at \(ReportNumber.format(last.swept)): \(ends(last.point))."
        if let s = specs.firstIndex(where: { $0.kind == .weightedShortage }), first.point.objectives[s] <= AllocationPlanFacts.zero,
           let short = rows.firstIndex(where: { $0.point.objectives[s] > AllocationPlanFacts.zero }), short > 0 {
            text += " Every user is supplied in full (\(specs[s].id) = 0) up to \(weight) = \(ReportNumber.format(rows[short - 1].swept)); from \(ReportNumber.format(rows[short].swept)) on the choice accepts shortage."
        }
        var figures: [ReportFigure] = []
        let columns = specs.indices.map { k in f.run.front.map { $0.objectives[k] } }
        func normalized(_ k: Int, _ x: Double) -> Double {
            let lo = columns[k].min() ?? 0, hi = columns[k].max() ?? 0
            return hi > lo ? (x - lo) / (hi - lo) : 0
        }
        if let svg = figure("sweep_objectives_\(f.rate).svg") {
            let moves = specs.indices.map { k in
                "\(specs[k].id) \(AllocationWords.change(round(normalized(k, first.point.objectives[k]) * 1000) / 1000, round(normalized(k, last.point.objectives[k]) * 1000) / 1000))"
            }
            figures.append(ReportFigure(svg: svg, caption: "Chosen objectives against \(weight) at \(f.rate) %, normalized to 0 (best) and 1 (worst on the front): "
                + AllocationWords.list(moves) + " as \(weight) grows."))
        }
        if let svg = figure("sweep_sources_\(f.rate).svg") {
            let totals = { (p: ParetoPoint) in f.run.problem.sourceTotals(p.values) }
            figures.append(ReportFigure(svg: svg, caption: "Supply by source of the chosen plan against \(weight) at \(f.rate) % (\(c.volumeUnit)): "
                + sourceChanges(totals(first.point), totals(last.point)) + "."))
        }
        let table = (try? report.sweep()) ?? AllocationReport.Table(header: [])
        return ReportSection(id: "sweep", title: "Preference sweep", paragraphs: [text], figures: figures,
                             tables: [ReportTable(table, title: "Chosen plan over the preference sweep",
                                                  caption: "Every rate; weights, objectives (also normalized) and supply by source.",
                                                  csvFile: csv("preference_sweep.csv", files))])
    }

    func scenariosSection(_ rate: String, files: [String]) -> ReportSection {
        let c = allocationCase, specs = c.objectives
        let runs = c.scenarios.compactMap { s in study.run(scenario: s.id, rate: rate).flatMap { r in r.chosenPoint.map { (s.id, r, $0) } } }
        let described = runs.map { id, _, p in
            "\(id): " + specs.indices.filter { specs[$0].kind != .weightedShortage }.map { "\(specs[$0].id) \(AllocationWords.number(p.objectives[$0]))" }.joined(separator: ", ")
        }
        var paragraphs = ["The regret choice at \(rate) % per scenario (\(c.scenarios.map(\.id).joined(separator: ", "))): \(described.joined(separator: "; "))."]
        let least = runs.compactMap { id, run, _ in AllocationReport.leastPollutantWithoutShortage(run).map { "\(id) \(AllocationWords.number($0))" } }
        if !least.isEmpty, let p = specs.first(where: { $0.kind == .pollutant }) {
            paragraphs.append("The least \(p.id) without shortage on each scenario's front: \(least.joined(separator: ", ")) \(p.unit).")
        }
        var figures: [ReportFigure] = []
        let k = specs.firstIndex { $0.kind == .pollutant } ?? specs.count - 1
        if let svg = figure("scenarios_\(specs[k].id).svg"),
           let lo = runs.min(by: { $0.2.objectives[k] < $1.2.objectives[k] }), let hi = runs.max(by: { $0.2.objectives[k] < $1.2.objectives[k] }) {
            figures.append(ReportFigure(svg: svg, caption: "\(specs[k].id) of the regret choice per scenario and rate. At \(rate) % it is lowest in \(lo.0) "
                + "(\(AllocationWords.value(lo.2.objectives[k], specs[k]))) and highest in \(hi.0) (\(AllocationWords.value(hi.2.objectives[k], specs[k])))."))
        }
        if let svg = figure("scenarios_sources_\(rate).svg"), !runs.isEmpty {
            let totals = runs.map { $0.1.problem.sourceTotals($0.2.values) }
            let spread = c.sources.indices.max { i, j in
                (totals.map { $0[i] }.max()! - totals.map { $0[i] }.min()!) < (totals.map { $0[j] }.max()! - totals.map { $0[j] }.min()!)
            }!
            let lo = totals.indices.min { totals[$0][spread] < totals[$1][spread] }!, hi = totals.indices.max { totals[$0][spread] < totals[$1][spread] }!
            figures.append(ReportFigure(svg: svg, caption: "Supply by source of the regret choice per scenario at \(rate) % (\(c.volumeUnit)). "
                + "\(c.sources[spread].id) varies most: from \(AllocationWords.number(totals[lo][spread])) in \(runs[lo].0) to \(AllocationWords.number(totals[hi][spread])) in \(runs[hi].0)."))
        }
        return ReportSection(id: "scenarios", title: "Scenarios", paragraphs: paragraphs, figures: figures,
                             tables: [ReportTable(report.scenarios(), title: "Regret choice per scenario and rate",
                                                  caption: "Objectives, supply by source and the least pollutant without shortage.", csvFile: csv("scenarios.csv", files))])
    }

    func calibrationSection(_ calibration: OriginalPlanCalibration, files: [String]) -> ReportSection {
        let objectives = calibration.residuals.map(\.objective).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let rms = objectives.map { o -> String in
            let r = calibration.residuals.filter { $0.objective == o }.map(\.residual)
            return "\(o) \(ReportNumber.format((r.map { $0 * $0 }.reduce(0, +) / Double(r.count)).squareRoot(), digits: 3))"
        }
        return ReportSection(
            id: "calibration", title: "Calibration of the unpublished coefficients",
            paragraphs: ["The coefficients the paper does not publish are fitted by least squares to the original plan's published objectives; "
                         + "root-mean-square residual \(AllocationWords.list(rms)). The fitted values are listed under Data provenance."],
            tables: [ReportTable(AllocationReport.calibration(calibration), title: "Calibration residuals",
                                 caption: "Fitted minus published objectives of the original plan.", csvFile: csv("calibration.csv", files))])
    }
}
