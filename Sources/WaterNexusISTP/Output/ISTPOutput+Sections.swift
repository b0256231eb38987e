import WaterNexusReports

/// The report's results sections (text, figures, small tables linked to their full CSV).
extension ISTPOutput {
    func netBenefitSection(_ context: ReportContext) -> ReportSection {
        let showsCaseBounds = solved.contains { $0.caseBounds != nil }
        var header = ["scenario", "energy cap", "ξ", "f⁻ (\(context.money))", "f⁺ (\(context.money))", "f⁺ − f⁻"]
        if showsCaseBounds { header += ["best case", "worst case"] }
        header.append("status")
        let scale = istpCase.moneyReport.scale
        let rows = solved.enumerated().map { k, s -> [String] in
            let f = benefit(k)
            var row = [s.scenario.description, isCapped(s.scenario.energy) ? "yes" : "no",
                       istpCase.riskLevels.first { $0.name == s.scenario.risk }.map { ReportNumber.format($0.xi) } ?? "-",
                       f.map { ReportNumber.format($0.lower) } ?? "-", f.map { ReportNumber.format($0.upper) } ?? "-",
                       f.map { ReportNumber.format($0.width) } ?? "-"]
            if showsCaseBounds {
                for x in [s.caseBounds?.best, s.caseBounds?.worst] {
                    row.append(x?.objective.map { ReportNumber.format($0 * scale) } ?? (x?.status.rawValue ?? "-"))
                }
            }
            return row + [ISTPReport.status(s.solution.result)]
        }
        var paragraphs = ["The two-step method solves the favourable submodel first (f⁺, every interval parameter at its favourable end), "
            + "then the unfavourable one with the first-stage targets fixed from it (f⁻). The interval [f⁻, f⁺] is the net benefit a plan "
            + "secures between the two ends of the uncertain inputs; its width is what the uncertainty in the inputs costs."]
        if let risk = riskEffect() { paragraphs.append(risk) }
        if let energy = energyEffect() { paragraphs.append(energy) }
        if showsCaseBounds {
            paragraphs.append("Best and worst case: the favourable and unfavourable submodels solved with nothing fixed; f⁺ equals the best case, "
                              + "and f⁻ is at most the worst case.")
        }
        return ReportSection(id: "net-benefit", title: "Net benefit per scenario", paragraphs: paragraphs,
                             figures: energyCostFigure(context).map { [$0] } ?? [],
                             tables: [ReportTable(title: "Net benefit per scenario",
                                                  caption: "f± in \(context.money); ξ is the risk level's over-allocation bound.",
                                                  header: header, rows: rows, csvFile: context.link(scenariosFile))])
    }

    func sourceSection(_ context: ReportContext) -> ReportSection {
        let names = context.supply[0].sourceNames
        let rows = zip(solved, context.supply).map { s, totals in
            [s.scenario.description] + totals.sources.flatMap { x in [x.map { ReportNumber.format($0.lower) } ?? "-", x.map { ReportNumber.format($0.upper) } ?? "-"] }
        }
        return ReportSection(
            id: "sources", title: "Water by source",
            paragraphs: ["Surface water is the random source: its use differs between the availability levels, so it is shown as the "
                         + "expected use (probability-weighted over the levels). The other sources are first-stage allocations, the same at every level. "
                         + "Each total is a sum over the \(istpCase.base.periods.count) periods of annual amounts."],
            figures: [sourceFigure(context)],
            tables: [ReportTable(title: "Water by source per scenario",
                                 caption: "Lower and upper bound of each source's total, \(context.water), summed over the periods.",
                                 header: ["scenario"] + names.flatMap { ["\($0) lo", "\($0) hi"] }, rows: rows,
                                 csvFile: context.link(sourceTotalsFile))])
    }

    func sectorSection(_ context: ReportContext, tableRows: Int = 10) -> ReportSection {
        let k = context.featured
        let sectors = sectorsByDelivery(context)
        let rows = sectors.prefix(tableRows).map { s -> [String] in
            let met = s.delivered.map { s.requirement.midpoint > 0 ? ReportNumber.format(100 * $0.midpoint / s.requirement.midpoint, digits: 3) : "-" } ?? "-"
            return [s.code, s.name, s.delivered.map { ReportNumber.format($0.lower) } ?? "-", s.delivered.map { ReportNumber.format($0.upper) } ?? "-",
                    ReportNumber.format(s.requirement.lower), ReportNumber.format(s.requirement.upper), met]
        }
        let allocation = context.link(allocationsFile(solved[k].scenario))
        return ReportSection(
            id: "sectors", title: "Water by sector in \(solved[k].scenario)",
            paragraphs: ["The featured scenario is \(solved[k].scenario)\(solved.count > 1 ? ", the recommended one" : ""). Delivered water is "
                         + "surface water used (expected over the levels) plus every other source, summed over the periods."
                         + (allocation.map { " Every sector's allocation per period and level, with shortage and risk, is in \($0); "
                                             + "the other scenarios' sector totals are in \(sectorTotalsFile)." } ?? "")],
            figures: [sectorSourceFigure(context), sectorFigure(context)],
            tables: [ReportTable(title: "The \(rows.count) largest users in \(solved[k].scenario)",
                                 caption: "Delivered water and requirement, \(context.water), summed over the periods; "
                                     + "'met' = delivered over requirement at the interval midpoints, %.",
                                 header: ["sector", "name", "delivered lo", "delivered hi", "requirement lo", "requirement hi", "met (%)"],
                                 rows: rows, csvFile: context.link(sectorTotalsFile))])
    }

    func periodSection(_ context: ReportContext) -> ReportSection {
        let s = solved[context.featured]
        let totals = ISTPReport.totalsRows(s.solution) { Self.words($0, digits: 5) }
        return ReportSection(
            id: "periods", title: "Periods and levels in \(s.scenario)",
            paragraphs: ["Totals over all sectors per period and availability level. At a low level less surface water is available, "
                         + "so shortage rises and delivered water falls; the other sources do not change with the level. "
                         + "Energy = intensity × water, the quantity the energy cap limits per unit of delivered water."],
            tables: [ReportTable(title: "Totals per period and level in \(s.scenario)",
                                 caption: "Intervals [lower, upper] over all sectors, \(context.water); energy in the model's energy unit.",
                                 header: totals.header, rows: totals.rows)])
    }

    /// Rows an elastic check relaxes in each infeasible submodel (nil when every submodel is optimal).
    func infeasibleSection() -> ReportSection? {
        var rows: [[String]] = []
        for s in solved {
            for o in s.solution.result.outcomes {
                for row in o.infeasibleRows.prefix(20) {
                    rows.append([s.scenario.description, o.bound.rawValue, row.name, ReportNumber.format(row.violation)])
                }
            }
        }
        guard !rows.isEmpty else { return nil }
        return ReportSection(id: "infeasible", title: "Infeasible submodels",
                             paragraphs: ["These submodels have no feasible solution; an elastic check relaxes the rows listed (at most 20 per submodel)."],
                             tables: [ReportTable(title: "Rows relaxed by the elastic check", header: ["scenario", "submodel", "row", "by"], rows: rows)])
    }

    func methodSection(_ context: ReportContext) -> ReportSection {
        let p = istpCase.base
        let sizes = sizeTable()
        return ReportSection(
            id: "method", title: "Method and model size",
            paragraphs: ["Model file: \(istpCase.file). \(p.users.count) sectors, \(p.periods.count) periods, \(p.levels.count) availability levels, "
                         + "\(p.sources.count) deterministic sources besides surface water. Each scenario is solved by the two-step method "
                         + "(\(order.rawValue) order) with GLPK; every submodel's solution is re-checked row by row."],
            tables: [ReportTable(sizes, title: "Submodel sizes", caption: "Columns, rows and nonzeros of each solved submodel.")])
    }
}
