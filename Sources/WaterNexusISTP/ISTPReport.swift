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
        let (header, rows) = totalsRows(s) { text($0) }
        var table = TextTable(headers: header)
        for row in rows { table.append(row) }
        return table
    }

    /// The rows of ``totalsTable(_:)``, each interval written by `format`.
    public static func totalsRows(_ s: ISTPSolution, format: (Interval?) -> String) -> (header: [String], rows: [[String]]) {
        let p = s.problem
        var rows: [[String]] = []
        for t in p.periods.indices {
            for h in p.levels.indices {
                var cells = [p.periods[t].name, p.levels[h].name, format(s.total { s.surfaceUse($0, t, h, in: $1) })]
                for src in p.sources.indices { cells.append(format(s.total { s.allocation(src, $0, t, in: $1) })) }
                cells.append(format(s.total { s.delivered($0, t, h, in: $1) }))
                cells.append(format(s.energy(t, h)))
                rows.append(cells)
            }
        }
        return (["period", "level", "surface"] + p.sources.map(\.name) + ["delivered", "energy"], rows)
    }

    /// The quantities of one allocation row, in column order (see ``allocationQuantities(_:)``).
    static func allocationValues(_ s: ISTPSolution, _ u: Int, _ t: Int, _ h: Int) -> [Interval?] {
        var values = [s.z(u, t), s.target(u, t), s.shortage(u, t, h), s.surfaceUse(u, t, h)]
        values += s.problem.sources.indices.map { s.allocation($0, u, t) }
        return values + [s.delivered(u, t, h), s.problem.data[u][t].requirement, s.risk(u, t, h)]
    }

    /// The names of the allocation quantities.
    static func allocationQuantities(_ p: ISTPProblem) -> [String] {
        ["z", "target", "shortage", "surface"] + p.sources.map(\.name) + ["delivered", "requirement", "risk"]
    }

    /// Every (user, period, level) in report order: user, then period, then level.
    static func allocationKeys(_ p: ISTPProblem) -> [(u: Int, t: Int, h: Int)] {
        p.users.indices.flatMap { u in p.periods.indices.flatMap { t in p.levels.indices.map { h in (u, t, h) } } }
    }

    /// One row per user, period and level: z, target, shortage, surface use, each source, delivered,
    /// requirement, risk (intervals with 2 decimals, z with 4).
    public static func allocationRows(_ s: ISTPSolution) -> (header: [String], rows: [[String]]) {
        let p = s.problem
        let rows = allocationKeys(p).map { key in
            [p.users[key.u], p.periods[key.t].name, p.levels[key.h].name]
                + allocationValues(s, key.u, key.t, key.h).enumerated().map { k, x in text(x, k == 0 ? 4 : 2) }
        }
        return (["sector", "period", "level"] + allocationQuantities(p), rows)
    }

    /// The allocation rows as CSV, each interval split into `_lo` and `_hi` columns (full precision;
    /// solver round-off below 1e-9 written as 0).
    public static func allocationCSV(_ s: ISTPSolution) -> CSVTable {
        let p = s.problem
        var csv = CSVTable(header: ["sector", "period", "level"] + allocationQuantities(p).flatMap { ["\($0)_lo", "\($0)_hi"] })
        func cells(_ x: Interval?) -> [String] {
            guard let x else { return ["", ""] }
            func clean(_ v: Double) -> Double { abs(v) < 1e-9 ? 0 : v }
            return [NumberFormat.exact(clean(x.lower)), NumberFormat.exact(clean(x.upper))]
        }
        for key in allocationKeys(p) {
            csv.append([p.users[key.u], p.periods[key.t].name, p.levels[key.h].name]
                       + allocationValues(s, key.u, key.t, key.h).flatMap(cells))
        }
        return csv
    }
}
