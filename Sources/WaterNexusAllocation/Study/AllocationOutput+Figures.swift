import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

extension AllocationOutput {
    /// SVG figures: the front per rate (f2 against f3, chosen and original marked), the regret choice's
    /// supply by source per rate, the sweep
    /// (Figures 8–9) and the scenario comparison (Figures 10–11).
    public static func figures(_ report: AllocationReport) throws -> [(String, String)] {
        let study = report.study, c = study.allocationCase
        let specs = c.objectives
        var out: [(String, String)] = []
        let label = { (k: Int) in specs[k].unit.isEmpty ? specs[k].id : "\(specs[k].id) (\(specs[k].unit))" }
        if specs.count >= 3 {
            for r in study.runs where r.scenario == study.baseScenario {
                var chart = ScatterChart(title: "Exact front at \(r.rate) % (\(r.run.front.count) points)", xLabel: label(1), yLabel: label(2))
                let noShortage = r.run.front.filter { $0.objectives[0] <= 1e-6 }
                let withShortage = r.run.front.filter { $0.objectives[0] > 1e-6 }
                chart.addSeries(name: "\(specs[0].id) = 0", points: noShortage.map { ($0.objectives[1], $0.objectives[2]) })
                chart.addSeries(name: "\(specs[0].id) > 0", points: withShortage.map { ($0.objectives[1], $0.objectives[2]) })
                if let p = r.run.chosenPoint { chart.highlight(x: p.objectives[1], y: p.objectives[2], label: "regret choice") }
                if let o = r.run.original { chart.addSeries(name: "original plan", points: [(o.objectives[1], o.objectives[2])]) }
                out.append(("front_\(r.rate).svg", chart.svg()))
            }
        }
        let chosen = study.runs.filter { $0.scenario == study.baseScenario }.compactMap { r in r.run.chosenPoint.map { (r.rate, r.run.problem.sourceTotals($0.values)) } }
        if !chosen.isEmpty {
            var chart = BarChart(title: "Regret choice: supply by source per guaranteed rate", yLabel: "supply (\(c.volumeUnit))", categories: chosen.map { "\($0.0) %" })
            for (i, s) in c.sources.enumerated() { chart.addSeries(name: s.id, values: chosen.map { $0.1[i] }) }
            out.append(("chosen_sources.svg", chart.svg()))
        }
        if let sweep = c.choice?.sweep {
            let swept = specs[sweep.objective].id
            for r in study.runs where r.scenario == study.baseScenario {
                let rows = try study.sweep(r.run)
                let cols = specs.indices.map { k in r.run.front.map { $0.objectives[k] } }
                var objectives = LineChart(title: "Chosen objectives against beta_\(swept) at \(r.rate) %", xLabel: "beta_\(swept)", yLabel: "normalized objective (0 best, 1 worst on the front)")
                for k in specs.indices {
                    let lo = cols[k].min() ?? 0, hi = cols[k].max() ?? 0
                    objectives.addSeries(name: specs[k].id, points: rows.map { ($0.swept, hi > lo ? ($0.point.objectives[k] - lo) / (hi - lo) : 0) })
                }
                out.append(("sweep_objectives_\(r.rate).svg", objectives.svg()))
                var sources = LineChart(title: "Supply by source against beta_\(swept) at \(r.rate) %", xLabel: "beta_\(swept)", yLabel: "supply (\(c.volumeUnit))")
                for (i, s) in c.sources.enumerated() {
                    sources.addSeries(name: s.id, points: rows.map { ($0.swept, r.run.problem.sourceTotals($0.point.values)[i]) })
                }
                out.append(("sweep_sources_\(r.rate).svg", sources.svg()))
            }
        }
        if c.scenarios.count > 1 {
            let rates = c.rates.map(\.label)
            for k in specs.indices {
                var chart = BarChart(title: "Regret choice: \(specs[k].id) by scenario", yLabel: label(k), categories: c.scenarios.map(\.id))
                for rate in rates {
                    chart.addSeries(name: "\(rate) %", values: c.scenarios.map { s in study.run(scenario: s.id, rate: rate)?.chosenPoint?.objectives[k] ?? .nan })
                }
                out.append(("scenarios_\(specs[k].id).svg", chart.svg()))
            }
            for rate in rates {
                var chart = BarChart(title: "Regret choice: supply by source at \(rate) %", yLabel: "supply (\(c.volumeUnit))", categories: c.scenarios.map(\.id))
                for (i, s) in c.sources.enumerated() {
                    chart.addSeries(name: s.id, values: c.scenarios.map { sc in
                        guard let run = study.run(scenario: sc.id, rate: rate), let p = run.chosenPoint else { return .nan }
                        return run.problem.sourceTotals(p.values)[i]
                    })
                }
                out.append(("scenarios_sources_\(rate).svg", chart.svg()))
            }
        }
        return out
    }
}
