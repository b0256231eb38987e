import WaterNexusReports

/// The HTML report of ``ISTPOutput``: the question, the net-benefit interval per scenario with the
/// recommended scenario and why, the interval bars of net benefit; then net benefit, water by source and by
/// sector, periods and levels, and the method, each section with its figure; big tables stay in the CSV
/// files beside the report.
extension ISTPOutput {
    public func report(files: [String]) -> HTMLReport {
        let context = ReportContext(self, files: files)
        var report = HTMLReport(title: "\(context.displayName) water allocation: interval two-stage model with risk balance and energy control")
        report.subtitle = "nexus istp, two-step method (\(order.rawValue) order), \(ReportNumber.count(solved.count, "scenario"))"
        report.setSummary(summary(context))
        report.addNote(Self.reconstructionNote)
        report.addSection(netBenefitSection(context))
        if !context.supply.isEmpty {
            report.addSection(sourceSection(context))
            report.addSection(sectorSection(context))
            report.addSection(periodSection(context))
        }
        if let section = infeasibleSection() { report.addSection(section) }
        report.addSection(methodSection(context))
        return report
    }

    /// What the report's parts share: the choice of scenarios, supply totals, units and file links.
    struct ReportContext {
        var choice: ISTPScenarioChoice?
        var supply: [ISTPSupplyTotals]
        var files: [String]
        var displayName: String
        var money: String
        var water: String

        init(_ output: ISTPOutput, files: [String]) {
            choice = ISTPScenarioChoice(netBenefits: output.solved.map(\.solution.netBenefit),
                                        capped: output.solved.map { $0.solution.problem.energyControl != nil })
            supply = output.supply
            self.files = files
            let name = output.istpCase.base.name
            displayName = name.prefix(1).uppercased() + name.dropFirst()
            money = output.istpCase.moneyReport.label
            water = output.istpCase.waterUnit
        }

        /// `name` when it was written beside the report (so a table can link to it).
        func link(_ name: String) -> String? { files.contains(name) ? name : nil }
        /// The scenario the sections feature: the recommended one.
        var featured: Int { choice?.recommended ?? 0 }
    }

    // MARK: - Words and numbers

    /// "[19.2755, 24.2929]" (6 significant digits), or "no optimal solution".
    static func words(_ x: Interval?, digits: Int = ReportNumber.defaultDigits) -> String {
        guard let x else { return "no optimal solution" }
        return "[\(ReportNumber.format(x.lower, digits: digits)), \(ReportNumber.format(x.upper, digits: digits))]"
    }

    /// "energy cap S1, risk level R2 (ξ = -0.02)" for scenario `s`.
    func describe(_ s: ISTPScenario) -> String {
        let energy = isCapped(s.energy) ? "energy cap \(s.energy)" : "no energy cap (\(s.energy))"
        guard let xi = istpCase.riskLevels.first(where: { $0.name == s.risk })?.xi else { return energy }
        return "\(energy), risk level \(s.risk) (ξ = \(ReportNumber.format(xi)))"
    }

    /// Whether energy scenario `name` has energy-control rows.
    func isCapped(_ name: String) -> Bool { istpCase.energyScenarios.first { $0.name == name }?.cap != nil }

    /// The solved scenario with these energy and risk names.
    func index(energy: String, risk: String) -> Int? {
        solved.firstIndex { $0.scenario.energy == energy && $0.scenario.risk == risk }
    }

    /// The reported net benefit of solved scenario `k`.
    func benefit(_ k: Int) -> Interval? { reported(solved[k].solution.netBenefit) }

    // MARK: - Summary

    func summary(_ context: ReportContext) -> ReportSummary {
        let c = istpCase, p = c.base
        let sources = (["surface water"] + p.sources.map(\.name)).joined(separator: ", ")
        let scope = solved.count == 1 ? "in scenario \(solved[0].scenario)" : "in each of the \(solved.count) energy × risk scenarios"
        let question = "How should \(context.displayName)'s water be allocated across its sources (\(sources)) and \(p.users.count) sectors "
            + "over \(p.periods.count) periods under the interval two-stage model with risk balance and energy control, "
            + "and what net benefit does that secure \(scope)?"
        var answer: [String] = []
        var headline: [(label: String, value: String)] = []
        for (k, s) in solved.enumerated() {
            headline.append(("f± of \(s.scenario) (\(context.money))", Self.words(benefit(k))))
        }
        if let choice = context.choice {
            answer += solved.count == 1 ? [singleScenarioAnswer(context)] : comparisonAnswer(choice, context)
            answer.append(supplyAnswer(context))
            if solved.count > 1 {
                headline.insert(contentsOf: [("Recommended scenario", "\(solved[choice.recommended].scenario)"),
                                             ("Most favourable scenario", "\(solved[choice.mostFavourable].scenario)")], at: 0)
            }
        } else {
            answer.append("No scenario has an optimal solution in both submodels, so there is no net-benefit interval; "
                          + "the section on infeasible submodels lists the rows an elastic check relaxes.")
        }
        return ReportSummary(question: question, answer: answer, headline: headline, figure: netBenefitFigure(context))
    }

    func singleScenarioAnswer(_ context: ReportContext) -> String {
        let s = solved[0]
        return "Scenario \(s.scenario), with \(describe(s.scenario)), secures a net benefit f± = \(Self.words(benefit(0))) \(context.money): "
            + "f⁻ when every interval parameter is at its unfavourable end, f⁺ at its favourable end. "
            + "Status: \(ISTPReport.status(s.solution.result))."
    }

    func comparisonAnswer(_ choice: ISTPScenarioChoice, _ context: ReportContext) -> [String] {
        let feasible = solved.indices.filter { benefit($0) != nil }
        let lowest = feasible.min { benefit($0)!.lower < benefit($1)!.lower }!
        let highest = feasible.max { benefit($0)!.upper < benefit($1)!.upper }!
        var lines = ["Across the \(solved.count) scenarios the net benefit f± lies within "
            + "\(Self.words(Interval(benefit(lowest)!.lower, benefit(highest)!.upper))) \(context.money): the lowest f⁻ is "
            + "\(ReportNumber.format(benefit(lowest)!.lower)) (\(solved[lowest].scenario)), the highest f⁺ "
            + "\(ReportNumber.format(benefit(highest)!.upper)) (\(solved[highest].scenario))."
            + (feasible.count < solved.count ? " \(solved.count - feasible.count) scenario(s) have no optimal solution." : "")]
        let best = choice.mostFavourable, recommended = choice.recommended
        lines.append("The most favourable scenario is \(solved[best].scenario), f± = \(Self.words(benefit(best))): "
                     + "the highest guaranteed net benefit f⁻, with \(describe(solved[best].scenario)).")
        if recommended != best, let r = benefit(recommended), let b = benefit(best) {
            lines.append("Recommended: \(solved[recommended].scenario), f± = \(Self.words(r)), the highest f⁻ among the scenarios that keep "
                         + "an energy cap; it has \(describe(solved[recommended].scenario)). Keeping the cap costs "
                         + "\(ReportNumber.format(b.lower - r.lower, digits: 4)) of f⁻ "
                         + "(\(ReportNumber.format(100 * (b.lower - r.lower) / abs(b.lower), digits: 3)) %) and "
                         + "\(ReportNumber.format(b.upper - r.upper, digits: 4)) of f⁺ against \(solved[best].scenario).")
        } else {
            lines.append("It is also the recommended scenario: no scenario with an energy cap does better.")
        }
        return lines
    }

    /// Supply by source in the featured scenario, and the source that changes most against the most
    /// favourable one.
    func supplyAnswer(_ context: ReportContext) -> String {
        let k = context.featured, totals = context.supply[k]
        let parts = zip(totals.sourceNames, totals.sources).map { "\($0) \(Self.words($1, digits: 4))" }
        var text = "In \(solved[k].scenario) the water supplied, summed over the periods (surface water expected over the availability levels), is "
            + parts.joined(separator: ", ") + " \(context.water)."
        if let best = context.choice?.mostFavourable, best != k,
           let change = Self.largestChange(from: context.supply[best], to: totals) {
            text += " The largest difference from \(solved[best].scenario) is in \(totals.sourceNames[change]) water: "
                + "\(Self.words(totals.sources[change], digits: 4)) here against \(Self.words(context.supply[best].sources[change], digits: 4)) there."
        }
        return text
    }

    /// The source whose interval midpoint differs most between two scenarios' totals.
    static func largestChange(from a: ISTPSupplyTotals, to b: ISTPSupplyTotals) -> Int? {
        a.sources.indices.filter { a.sources[$0] != nil && b.sources[$0] != nil }
            .max { abs(a.sources[$0]!.midpoint - b.sources[$0]!.midpoint) < abs(a.sources[$1]!.midpoint - b.sources[$1]!.midpoint) }
    }
}
