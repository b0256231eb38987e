import WaterNexusReports

/// The terminal form of ``ISTPOutput``: the scenario summary with data provenance, and for a single
/// scenario its totals and allocation tables; or, with `showsSizes`, each submodel's size.
extension ISTPOutput {
    public func text() -> String {
        if showsSizes { return sizeTable().render() }
        var lines = [summaryText()]
        if solved.count == 1, let s = solved.first { lines.append(detailText(s.scenario, s.solution)) }
        return lines.joined(separator: "\n")
    }

    /// Net benefit, diverted total and status per scenario, then the data provenance.
    func summaryText() -> String {
        let c = istpCase
        let showsCaseBounds = solved.contains { $0.caseBounds != nil }
        var headers = ["scenario", "f± (\(c.moneyReport.label))"]
        if showsCaseBounds { headers += ["best case", "worst case"] }
        // Henan's diverted water is the source its paper discusses; a case without it shows no such column.
        let diverted = c.base.sources.firstIndex { $0.name == "diverted" }
        if diverted != nil { headers.append("diverted total (\(c.waterUnit), sum of periods)") }
        headers.append("status")
        var table = TextTable(headers: headers)
        for s in solved {
            let solution = s.solution
            var cells = [s.scenario.description, ISTPReport.text(reported(solution.netBenefit), 3)]
            if showsCaseBounds {
                for x in [s.caseBounds?.best, s.caseBounds?.worst] {
                    cells.append(x?.objective.map { NumberFormat.fixed($0 * c.moneyReport.scale, 3) } ?? (x?.status.rawValue ?? "-"))
                }
            }
            if let diverted { cells.append(ISTPReport.text(solution.sourceTotal(diverted))) }
            cells.append(ISTPReport.status(solution.result))
            table.append(cells)
        }
        var lines = ["ISTP \(c.base.name): two-step method, \(order.rawValue) order (\(ReportNumber.count(c.base.users.count, "user")), \(ReportNumber.count(c.base.periods.count, "period")), \(ReportNumber.count(c.base.levels.count, "level")))",
                     table.render(), "", "Data provenance:"]
        lines += c.provenance.map { "  " + $0 }
        lines.append(Self.reconstructionNote)
        return lines.joined(separator: "\n")
    }

    /// How the formulation relates to its source.
    static let reconstructionNote = "The ISTP formulation (objective and rows) is reconstructed from the text of its source paper (see docs/reproduction/henan.md)."

    /// One scenario's totals per period and level, elastic-check rows of an infeasible submodel, and allocations.
    func detailText(_ s: ISTPScenario, _ solution: ISTPSolution) -> String {
        var lines = ["", "Scenario \(s): totals by source per period and level (\(istpCase.waterUnit); energy = intensity × water)",
                     ISTPReport.totalsTable(solution).render()]
        for outcome in solution.result.outcomes where !outcome.infeasibleRows.isEmpty {
            lines.append("")
            lines.append("The \(outcome.bound.rawValue) submodel is infeasible; an elastic check relaxes these rows:")
            for row in outcome.infeasibleRows.prefix(20) { lines.append("  \(row.name)  by \(NumberFormat.fixed(row.violation, 4))") }
        }
        let (header, rows) = ISTPReport.allocationRows(solution)
        var table = TextTable(headers: header)
        for row in rows { table.append(row) }
        lines += ["", "Allocations by sector, period and level (\(istpCase.waterUnit)); risk = requirement − delivered", table.render()]
        return lines.joined(separator: "\n")
    }

    /// Columns, rows, nonzeros and status of every solved submodel.
    func sizeTable() -> TextTable {
        var table = TextTable(headers: ["scenario", "submodel", "columns", "rows", "nonzeros", "status"])
        for s in solved {
            for o in s.solution.result.outcomes {
                table.append([s.scenario.description, o.bound.rawValue, "\(o.model.variableCount)", "\(o.model.constraintCount)",
                              "\(o.model.nonzeroCount)", o.solution.status.rawValue])
            }
        }
        return table
    }
}
