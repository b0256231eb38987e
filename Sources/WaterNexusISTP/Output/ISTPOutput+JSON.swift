import WaterNexusReports

/// The JSON form of ``ISTPOutput``: per scenario the net benefit [f⁻, f⁺] (model money units), status,
/// rows relaxed by an elastic check, and per period and level the totals of surface water, each source,
/// delivered water and energy.
extension ISTPOutput {
    struct JSONScenario: Encodable {
        var scenario: String
        var netBenefit: [Double]?
        var status: String
        var infeasibleRows: [String]
        var totals: [JSONTotals]
    }

    struct JSONTotals: Encodable {
        var period: String, level: String
        var surface: [Double]?, sources: [String: [Double]?], delivered: [Double]?, energy: [Double]?
    }

    public func json() throws -> String {
        func pair(_ x: Interval?) -> [Double]? { x.map { [$0.lower, $0.upper] } }
        let items = solved.map { s in
            let solution = s.solution, p = solution.problem
            var totals: [JSONTotals] = []
            for t in p.periods.indices {
                for h in p.levels.indices {
                    var sources: [String: [Double]?] = [:]
                    for (k, src) in p.sources.enumerated() { sources[src.name] = pair(solution.total { solution.allocation(k, $0, t, in: $1) }) }
                    totals.append(JSONTotals(period: p.periods[t].name, level: p.levels[h].name,
                                             surface: pair(solution.total { solution.surfaceUse($0, t, h, in: $1) }),
                                             sources: sources,
                                             delivered: pair(solution.total { solution.delivered($0, t, h, in: $1) }),
                                             energy: pair(solution.energy(t, h))))
                }
            }
            return JSONScenario(scenario: s.scenario.description, netBenefit: pair(solution.netBenefit),
                                status: ISTPReport.status(solution.result),
                                infeasibleRows: solution.result.outcomes.flatMap { $0.infeasibleRows.map(\.name) }, totals: totals)
        }
        return try ReportJSON.encode(items)
    }
}
