import WaterNexusReports

/// Tables of an ISTP solution: scenario summary, allocations by source and sector per level, risk, energy.
public enum ISTPReport {
    /// "[lo, hi]" with `decimals` digits, or "infeasible" when missing.
    public static func text(_ x: Interval?, _ decimals: Int = 2) -> String {
        guard let x else { return "-" }
        return "[\(NumberFormat.fixed(x.lower, decimals)), \(NumberFormat.fixed(x.upper, decimals))]"
    }

    /// The status of a two-step result in words (which submodel failed and why).
    public static func status(_ r: TwoStepResult) -> String {
        func words(_ o: SubmodelOutcome) -> String {
            let name = o.bound == .favourable ? "favourable" : "unfavourable"
            return "\(name) submodel \(o.solution.status.rawValue)"
        }
        if !r.first.isOptimal { return words(r.first) }
        guard let second = r.second else { return "second submodel not solved" }
        if !second.isOptimal { return words(second) }
        let violated = r.first.violated.count + second.violated.count
        return violated == 0 ? "optimal" : "optimal, \(violated) rows violated on re-check"
    }

    /// Per period and level: total surface, each source, delivered water and energy use.
    public static func totalsTable(_ s: ISTPSolution) -> TextTable {
        let p = s.problem
        var table = TextTable(headers: ["period", "level", "surface"] + p.sources.map(\.name) + ["delivered", "energy"])
        for t in p.periods.indices {
            for h in p.levels.indices {
                var cells = [p.periods[t].name, p.levels[h].name, text(s.total { s.surfaceUse($0, t, h, in: $1) })]
                for src in p.sources.indices { cells.append(text(s.total { s.allocation(src, $0, t, in: $1) })) }
                cells.append(text(s.total { s.delivered($0, t, h, in: $1) }))
                cells.append(text(s.energy(t, h)))
                table.append(cells)
            }
        }
        return table
    }

    /// One row per user, period and level: target, shortage, surface use, each source, delivered, risk.
    public static func allocationRows(_ s: ISTPSolution) -> (header: [String], rows: [[String]]) {
        let p = s.problem
        var header = ["sector", "period", "level", "z", "target", "shortage", "surface"]
        header += p.sources.map(\.name) + ["delivered", "requirement", "risk"]
        var rows: [[String]] = []
        for u in p.users.indices {
            for t in p.periods.indices {
                for h in p.levels.indices {
                    var cells = [p.users[u], p.periods[t].name, p.levels[h].name, text(s.z(u, t), 4), text(s.target(u, t)),
                                 text(s.shortage(u, t, h)), text(s.surfaceUse(u, t, h))]
                    for src in p.sources.indices { cells.append(text(s.allocation(src, u, t))) }
                    cells += [text(s.delivered(u, t, h)), text(p.data[u][t].requirement), text(s.risk(u, t, h))]
                    rows.append(cells)
                }
            }
        }
        return (header, rows)
    }

    /// The allocation rows as CSV, each interval split into `_lo` and `_hi` columns (full precision).
    public static func allocationCSV(_ s: ISTPSolution) -> CSVTable {
        let p = s.problem
        let quantities = ["z", "target", "shortage", "surface"] + p.sources.map(\.name) + ["delivered", "requirement", "risk"]
        var csv = CSVTable(header: ["sector", "period", "level"] + quantities.flatMap { ["\($0)_lo", "\($0)_hi"] })
        func cells(_ x: Interval?) -> [String] {
            guard let x else { return ["", ""] }
            // Solver round-off below 1e-9 is written as 0.
            func clean(_ v: Double) -> Double { abs(v) < 1e-9 ? 0 : v }
            return [NumberFormat.exact(clean(x.lower)), NumberFormat.exact(clean(x.upper))]
        }
        for u in p.users.indices {
            for t in p.periods.indices {
                for h in p.levels.indices {
                    var row = [p.users[u], p.periods[t].name, p.levels[h].name]
                    row += cells(s.z(u, t)) + cells(s.target(u, t)) + cells(s.shortage(u, t, h)) + cells(s.surfaceUse(u, t, h))
                    for src in p.sources.indices { row += cells(s.allocation(src, u, t)) }
                    row += cells(s.delivered(u, t, h)) + cells(p.data[u][t].requirement) + cells(s.risk(u, t, h))
                    csv.append(row)
                }
            }
        }
        return csv
    }
}
