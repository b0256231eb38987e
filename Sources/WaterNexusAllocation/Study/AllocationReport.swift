import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// Tables of an ``AllocationStudy`` for terminals (TextTable) and files (CSV), with units in headers.
public struct AllocationReport: Sendable {
    public var study: AllocationStudy
    public var published: PublishedResults?

    public init(_ study: AllocationStudy) throws {
        self.study = study
        published = try study.allocationCase.publishedResults.map { try PublishedResults(path: $0, objectives: study.allocationCase.objectives) }
    }

    var c: AllocationCase { study.allocationCase }
    func objectiveHeaders() -> [String] { c.objectives.map { $0.unit.isEmpty ? $0.id : "\($0.id) (\($0.unit))" } }
    func sourceHeaders() -> [String] { c.sources.map { "\($0.id) (\(c.volumeUnit))" } }
    func fmt(_ v: Double, _ d: Int = 1) -> String { NumberFormat.fixed(v, d) }
    func scenarioLabel(_ s: String?) -> String { s ?? "-" }

    /// A table with the given header, filled by `rows`; `TextTable` and `CSVTable` share it.
    public struct Table: Sendable {
        public var header: [String]
        public var rows: [[String]] = []
        /// An empty table with the given header.
        public init(header: [String]) { self.header = header }
        /// The table aligned for terminals.
        public var text: String {
            // Numbers right-aligned, text left-aligned.
            let alignments: [TextTable.Alignment] = header.indices.map { k in
                rows.allSatisfy { $0[k].isEmpty || Double($0[k]) != nil } ? .right : .left
            }
            var t = TextTable(headers: header, alignments: alignments)
            for r in rows { t.append(r) }
            return t.render()
        }
        /// The table as CSV.
        public var csv: String {
            var t = CSVTable(header: header)
            for r in rows { t.append(r) }
            return t.render()
        }
    }

    /// Inputs that are not published: value, tag and source.
    public func unpublishedInputs() -> Table {
        var t = Table(header: ["input", "value", "tag", "source"])
        for (what, v) in c.unpublishedInputs { t.rows.append([what, NumberFormat.exact(v.value), v.tag.rawValue, v.source]) }
        return t
    }

    /// Front sizes and ranges per run.
    public func frontSummary() -> Table {
        var t = Table(header: ["scenario", "rate (%)", "points"] + c.objectives.flatMap { ["\($0.id) min", "\($0.id) max"] })
        for r in study.runs {
            var row = [scenarioLabel(r.scenario), r.rate, "\(r.run.front.count)"]
            for k in c.objectives.indices {
                let col = r.run.front.map { $0.objectives[k] }
                row += [fmt(col.min() ?? .nan), fmt(col.max() ?? .nan)]
            }
            t.rows.append(row)
        }
        return t
    }

    /// Every front point with its objectives and flows.
    public func frontPoints() -> Table {
        let flowNames = c.sources.flatMap { s in c.users.map { "x(\(s.id),\($0.id))" } }
        var t = Table(header: ["scenario", "rate", "point", "chosen"] + c.objectives.map(\.id) + flowNames)
        for r in study.runs {
            for (k, p) in r.run.front.enumerated() {
                let flows = r.run.problem.flowMatrix(p.values).flatMap { $0 }
                t.rows.append([scenarioLabel(r.scenario), r.rate, "\(k)", r.run.chosen?.index == k ? "yes" : "no"]
                              + p.objectives.map(NumberFormat.exact) + flows.map(NumberFormat.exact))
            }
        }
        return t
    }

    /// The regret choice per rate in the base scenario beside the published chosen plans (Table 2).
    public func chosenPlans() -> Table {
        var t = Table(header: ["rate (%)", "plan"] + objectiveHeaders() + sourceHeaders())
        for r in study.runs where r.scenario == study.baseScenario {
            if let p = r.run.chosenPoint {
                t.rows.append([r.rate, "regret choice (exact front)"] + p.objectives.map { fmt($0) }
                              + r.run.problem.sourceTotals(p.values).map { fmt($0) })
            }
            for row in published?.rows(plan: "chosen", rate: r.rate) ?? [] {
                t.rows.append([r.rate, "published \(row.table)"] + row.objectives.map { fmt($0) } + c.sources.map { _ in "" })
            }
        }
        return t
    }

    /// The chosen plan against the original plan evaluated with the same coefficients (Table 4).
    public func originalComparison() -> Table {
        var t = Table(header: ["rate (%)", "plan"] + objectiveHeaders() + ["weakly dominated by front"])
        for r in study.runs where r.scenario == study.baseScenario {
            if let p = r.run.chosenPoint { t.rows.append([r.rate, "regret choice"] + p.objectives.map { fmt($0) } + [""]) }
            if let o = r.run.original {
                let dominated = r.run.dominatingPoint(of: o.objectives) != nil
                t.rows.append([r.rate, "original plan (our coefficients)"] + o.objectives.map { fmt($0) } + [dominated ? "yes" : "no"])
            }
            for row in published?.rows.filter({ $0.rate == r.rate && $0.table == "Table 4" }) ?? [] {
                t.rows.append([r.rate, "published \(row.table) \(row.plan)"] + row.objectives.map { fmt($0) } + [""])
            }
        }
        return t
    }

    /// The preference sweep at every rate of the base scenario (Figures 8–9), normalized objectives too.
    public func sweep() throws -> Table {
        var t = Table(header: ["rate (%)"] + c.objectives.map { "beta_\($0.id)" } + objectiveHeaders()
                      + c.objectives.map { "\($0.id) normalized" } + sourceHeaders())
        for r in study.runs where r.scenario == study.baseScenario {
            let cols = c.objectives.indices.map { k in r.run.front.map { $0.objectives[k] } }
            for s in try study.sweep(r.run) {
                let norm = c.objectives.indices.map { k -> Double in
                    let lo = cols[k].min() ?? 0, hi = cols[k].max() ?? 0
                    return hi > lo ? (s.point.objectives[k] - lo) / (hi - lo) : 0
                }
                t.rows.append([r.rate] + s.beta.map { fmt($0, 2) } + s.point.objectives.map { fmt($0) } + norm.map { fmt($0, 3) }
                              + r.run.problem.sourceTotals(s.point.values).map { fmt($0) })
            }
        }
        return t
    }

    /// The regret choice and the least f3 with zero shortage per scenario and rate (Table 5, Figures 10–11).
    public func scenarios() -> Table {
        var t = Table(header: ["scenario", "rate (%)"] + objectiveHeaders() + sourceHeaders() + ["min f3 with f1 = 0"])
        for r in study.runs {
            guard let p = r.run.chosenPoint else { continue }
            let best = AllocationReport.leastPollutantWithoutShortage(r.run)
            t.rows.append([scenarioLabel(r.scenario), r.rate] + p.objectives.map { fmt($0) }
                          + r.run.problem.sourceTotals(p.values).map { fmt($0) } + [best.map { fmt($0) } ?? "-"])
        }
        return t
    }

    /// The least pollutant objective over the front points without shortage (f1 ≤ 1e-6), for cases whose
    /// objectives include a weighted shortage and a pollutant objective.
    public static func leastPollutantWithoutShortage(_ run: AllocationRun) -> Double? {
        let specs = run.problem.instance.objectives
        guard let s = specs.firstIndex(where: { $0.kind == .weightedShortage }),
              let p = specs.firstIndex(where: { $0.kind == .pollutant }) else { return nil }
        return run.front.filter { $0.objectives[s] <= 1e-6 }.map { $0.objectives[p] }.min()
    }

    /// The calibration's estimates and residuals.
    public static func calibration(_ cal: OriginalPlanCalibration) -> Table {
        var t = Table(header: ["rate (%)", "objective", "fitted", "published", "residual"])
        for r in cal.residuals { t.rows.append([r.rate, r.objective, NumberFormat.fixed(r.fitted, 1), NumberFormat.fixed(r.published, 1), NumberFormat.fixed(r.residual, 1)]) }
        return t
    }
}
