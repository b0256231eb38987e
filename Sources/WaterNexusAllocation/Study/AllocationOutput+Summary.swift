import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

extension AllocationOutput {
    /// The HTML report: the summary (question, answer with the headline numbers, the front at the key
    /// rate), then the chosen plans, the fronts, the preference sweep, the scenarios, the comparison with
    /// MORIME and the calibration, each with its figures; the run's parameters for the inputs section.
    public func report(files: [String]) -> HTMLReport {
        var page = HTMLReport(title: title)
        let facts = AllocationPlanFacts.all(report)
        page.setSummary(summary(facts))
        for section in sections(facts, files: files) { page.addSection(section) }
        page.setInputs(command: "", parameters: parameters)
        return page
    }

    /// The run's settings for the inputs section.
    var parameters: [(String, String)] {
        let c = allocationCase
        var list: [(String, String)] = [
            ("model file", c.modelFile), ("data folder", c.dataDirectory),
            ("front method", "\(study.method.rawValue) (GLPK), \(study.points) grid intervals"),
            ("guaranteed rates", c.rates.map { "\($0.label) %" }.joined(separator: ", ")),
        ]
        if !c.scenarios.isEmpty { list.append(("scenarios", c.scenarios.map(\.id).joined(separator: ", "))) }
        if let choice = c.choice {
            list.append(("regret rule", "β = (\(choice.beta.map { ReportNumber.format($0.value) }.joined(separator: ", "))), γ = \(ReportNumber.format(choice.gamma.value))"))
        }
        if let comparison { list.append(("MORIME", "\(comparison.settingsPhrase), at \(comparison.rate) %")) }
        return list
    }

    /// The question the report answers, for the given rates of the first scenario solved.
    func question(rates: [String]) -> String {
        let c = allocationCase, scenario = study.runs.first?.scenario
        let place = c.name.prefix(1).uppercased() + c.name.dropFirst()
        return "Which water supply plan for \(place) balances "
            + AllocationWords.list(c.objectives.map { "\(AllocationWords.noun($0)) (\($0.id))" })
            + " at the \(AllocationWords.list(rates)) % guarantee rate\(rates.count > 1 ? "s" : "")"
            + (scenario != study.baseScenario ? " in scenario \(scenario ?? "-")?" : "?")
    }

    /// The opening without a chosen plan (no regret rule in the model file): the fronts' sizes and ranges.
    func frontsOnlySummary() -> ReportSummary {
        let specs = allocationCase.objectives
        let runs = study.runs.filter { $0.scenario == study.runs.first?.scenario }
        var answer = ["The model file gives no regret rule (no choice section), so no single plan is chosen: "
                      + "every point of the exact front is a plan that no other plan beats in all objectives."]
        for r in runs {
            let ranges = specs.indices.map { k -> String in
                let column = r.run.front.map { $0.objectives[k] }
                return "\(specs[k].id) from \(AllocationWords.number(column.min() ?? 0)) to \(AllocationWords.value(column.max() ?? 0, specs[k]))"
            }
            answer.append("At \(r.rate) %: \(r.run.front.count) nondominated plans; \(AllocationWords.list(ranges)).")
        }
        let figure = runs.first.flatMap { r in
            self.figure("front_\(r.rate).svg").map {
                ReportFigure(svg: $0, caption: "Exact front at \(r.rate) % (\(r.run.front.count) points), \(specs[1].id) against \(specs[2].id); "
                             + "plans with and without shortage (\(specs[0].id)) in separate colours.")
            }
        }
        return ReportSummary(question: question(rates: runs.map(\.rate)), answer: answer, figure: figure)
    }

    /// The opening: which plan, with its objectives and sources per rate, beside the paper and the original plan.
    func summary(_ facts: [AllocationPlanFacts]) -> ReportSummary {
        let c = allocationCase, specs = c.objectives
        guard !facts.isEmpty else { return frontsOnlySummary() }
        let key = facts[AllocationPlanFacts.keyIndex(facts)]
        let scenario = study.runs.first?.scenario
        let question = question(rates: facts.map(\.rate))
        var answer: [String] = []

        var first = "The regret choice"
        if let choice = c.choice {
            first += " (β = \(choice.beta.map { ReportNumber.format($0.value) }.joined(separator: ", ")), γ = \(ReportNumber.format(choice.gamma.value)))"
        }
        if let s = specs.firstIndex(where: { $0.kind == .weightedShortage }) {
            let short = facts.filter { $0.chosen[s] > AllocationPlanFacts.zero }
            first += short.isEmpty ? (facts.count > 1 ? " has no shortage at any rate." : " has no shortage.") : " has a shortage at " + AllocationWords.list(short.map { "\($0.rate) % (\(AllocationWords.value($0.chosen[s], specs[s])))" }) + "."
        } else {
            first += " is chosen on the exact front at every rate."
        }
        let objectives = specs.indices.filter { specs[$0].kind != .weightedShortage }
            .map { "\(specs[$0].id) = \(AllocationWords.value(key.chosen[$0], specs[$0]))" }
        let supply = c.sources.indices.map { "\(c.sources[$0].id) \(AllocationWords.number(key.sources[$0]))" }
        first += " At \(key.rate) % it has \(AllocationWords.list(objectives)), drawing \(AllocationWords.list(supply)) \(c.volumeUnit)"
        if let e = specs.firstIndex(where: { $0.kind == .emissions }), key.isLeastWithoutShortage(e) {
            first += "; no plan without shortage on the exact front (\(key.run.front.count) points) emits less"
        }
        answer.append(first + ".")

        if facts.count > 1, let last = facts.last, let start = facts.first {
            let trends = specs.indices.filter { specs[$0].kind != .weightedShortage }.map {
                "\(specs[$0].id) \(AllocationWords.change(start.chosen[$0], last.chosen[$0], unit: specs[$0].unit))"
            }
            answer.append("From \(start.rate) % to \(last.rate) % \(AllocationWords.list(trends)).")
        }

        // The paper's plans are those of the base scenario.
        let published = scenario == study.baseScenario ? facts.filter { $0.published != nil } : []
        if let keyPublished = key.published, published.contains(where: { $0.rate == key.rate }) {
            let compared = specs.indices.filter { k in published.contains { abs($0.published!.objectives[k]) > AllocationPlanFacts.zero } }
            let ranges = compared.map { k -> String in
                let d = published.map { ($0.chosen[k] - $0.published!.objectives[k]) / abs($0.published!.objectives[k]) * 100 }
                let lo = d.min()!, hi = d.max()!
                let text = abs(hi - lo) < 0.005 ? AllocationWords.percent(100 + lo, 100) : "\(AllocationWords.percent(100 + lo, 100)) to \(AllocationWords.percent(100 + hi, 100))"
                return "\(specs[k].id) \(text)"
            }
            let at = compared.map { "\(specs[$0].id) \(AllocationWords.number(key.chosen[$0])) against \(AllocationWords.number(keyPublished.objectives[$0]))" }
            answer.append("Against the paper's chosen plans (\(keyPublished.table)), ours differs by \(AllocationWords.list(ranges))\(published.count > 1 ? " over the \(published.count) rates" : "") "
                + "(at \(key.rate) %: \(AllocationWords.list(at))). The paper's inputs are partly unpublished; "
                + "\(c.unpublishedInputs.count) values here are estimated (see Data provenance), so the differences come from the method and those estimates together.")
        }

        let originals = facts.compactMap { f in f.run.original.map { (f, $0.objectives) } }
        if !originals.isEmpty {
            let dominated = originals.filter { $0.0.run.dominatingPoint(of: $0.1) != nil }
            let where_ = dominated.count == originals.count ? (originals.count > 1 ? "at every rate" : "at \(key.rate) %") : dominated.isEmpty ? "at no rate" : "at " + AllocationWords.list(dominated.map { "\($0.0.rate) %" })
            var text = "The original plan, evaluated with the same coefficients, is weakly dominated by the exact front \(where_)"
            if let o = key.run.original {
                text += (originals.count > 1 ? " (at \(key.rate) %: " : " (") + AllocationWords.list(specs.indices.map { "\(specs[$0].id) \(AllocationWords.number(o.objectives[$0]))" }) + ")"
            }
            answer.append(text + ".")
        }

        var headline: [(label: String, value: String)] = []
        func listed(_ values: [Double]) -> String {
            specs.indices.map { "\(specs[$0].id) \(AllocationWords.number(values[$0]))" }.joined(separator: " · ")
        }
        for f in facts {
            let supply = c.sources.indices.map { "\(c.sources[$0].id) \(AllocationWords.number(f.sources[$0]))" }.joined(separator: " · ")
            headline.append(("Regret choice at \(f.rate) %", listed(f.chosen)))
            headline.append(("its sources at \(f.rate) %", supply))
        }
        if let p = key.published, scenario == study.baseScenario { headline.append(("Paper's choice at \(key.rate) % (\(p.table))", listed(p.objectives))) }
        let units = specs.filter { !$0.unit.isEmpty }.map { "\($0.id) \($0.unit)" } + ["sources \(c.volumeUnit)"]
        headline.append(("Units", units.joined(separator: " · ")))
        return ReportSummary(question: question, answer: answer, headline: headline, figure: frontFigure(key))
    }

    /// The front at one rate with a caption that says where the regret choice and the original plan sit.
    func frontFigure(_ f: AllocationPlanFacts) -> ReportFigure? {
        let specs = allocationCase.objectives
        guard specs.count >= 3, let svg = figure("front_\(f.rate).svg") else { return nil }
        var caption = "Exact front at \(f.rate) % (\(f.run.front.count) points), \(specs[1].id) against \(specs[2].id); "
            + "plans with and without shortage (\(specs[0].id)) in separate colours."
        let noShortage = f.withoutShortage.count
        var choice = "The regret choice (circled) "
        choice += f.chosen[0] <= AllocationPlanFacts.zero ? "has no shortage" : "has \(specs[0].id) = \(AllocationWords.value(f.chosen[0], specs[0]))"
        if f.isLeastWithoutShortage(1) {
            choice += " and the least \(specs[1].id) of the \(noShortage) plans without shortage"
        }
        caption += " " + choice + " (\(AllocationWords.value(f.chosen[1], specs[1])), \(AllocationWords.value(f.chosen[2], specs[2])))."
        if let o = f.run.original {
            let dominated = f.run.dominatingPoint(of: o.objectives) != nil
            caption += " The original plan with our coefficients sits at (\(AllocationWords.number(o.objectives[1])), \(AllocationWords.number(o.objectives[2])))"
                + (dominated ? ", weakly dominated by the front." : ", not dominated by the front.")
        }
        if let cleanest = f.withoutShortage.min(by: { $0.objectives[2] < $1.objectives[2] }), cleanest.objectives[2] < f.chosen[2] - AllocationPlanFacts.zero {
            caption += " The plan without shortage with the least \(specs[2].id) has \(specs[2].id) = \(AllocationWords.number(cleanest.objectives[2])) "
                + "and \(specs[1].id) = \(AllocationWords.number(cleanest.objectives[1]))."
        }
        return ReportFigure(svg: svg, caption: caption)
    }
}
