import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// Writes a study's tables (CSV), figures (SVG) and a JSON summary to a folder.
public enum AllocationOutput {
    /// Writes every table and figure; returns the file names written, in order.
    @discardableResult
    public static func write(_ report: AllocationReport, calibration: OriginalPlanCalibration?, to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        func save(_ name: String, _ text: String) throws {
            try text.write(toFile: (directory as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            written.append(name)
        }
        try save("inputs_unpublished.csv", report.unpublishedInputs().csv)
        if let calibration { try save("calibration.csv", AllocationReport.calibration(calibration).csv) }
        try save("front_summary.csv", report.frontSummary().csv)
        try save("front_points.csv", report.frontPoints().csv)
        try save("chosen_plans.csv", report.chosenPlans().csv)
        try save("original_comparison.csv", report.originalComparison().csv)
        try save("preference_sweep.csv", try report.sweep().csv)
        try save("scenarios.csv", report.scenarios().csv)
        for (name, svg) in try figures(report) { try save(name, svg) }
        try save("summary.json", try json(report))
        return written
    }

    /// SVG figures: the front per rate (f2 against f3, chosen and original marked), the sweep
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

    /// A JSON summary: every run's front (objectives and flows by name), chosen point and original plan.
    public static func json(_ report: AllocationReport) throws -> String {
        let study = report.study, c = study.allocationCase
        func flows(_ run: AllocationRun, _ values: [Double]) -> [String: Double] {
            var result: [String: Double] = [:]
            for (i, row) in run.problem.flowMatrix(values).enumerated() {
                for (j, v) in row.enumerated() where run.problem.flows[i][j] != nil { result["\(c.sources[i].id)->\(c.users[j].id)"] = v }
            }
            return result
        }
        func point(_ run: AllocationRun, _ p: ParetoPoint) -> [String: Any] {
            var objectives: [String: Double] = [:]
            for (k, spec) in c.objectives.enumerated() { objectives[spec.id] = p.objectives[k] }
            return ["objectives": objectives, "flows": flows(run, p.values)]
        }
        let runs: [[String: Any]] = study.runs.map { r in
            var entry: [String: Any] = [
                "scenario": r.scenario ?? NSNull(), "rate": r.rate,
                "front": r.run.front.map { point(r.run, $0) },
            ]
            if let chosen = r.run.chosen {
                entry["chosen"] = ["index": chosen.index, "regret": chosen.regret, "point": point(r.run, r.run.front[chosen.index])] as [String: Any]
            }
            if let o = r.run.original {
                var objectives: [String: Double] = [:]
                for (k, spec) in c.objectives.enumerated() { objectives[spec.id] = o.objectives[k] }
                entry["original"] = ["objectives": objectives, "weakly_dominated_by_front": r.run.dominatingPoint(of: o.objectives) != nil] as [String: Any]
            }
            return entry
        }
        let root: [String: Any] = [
            "case": c.name, "model_file": c.modelFile, "method": study.method.rawValue, "points": study.points,
            "objectives": c.objectives.map { ["id": $0.id, "kind": $0.kind.rawValue, "unit": $0.unit, "sense": "minimize"] },
            "unpublished_inputs": c.unpublishedInputs.map { ["input": $0.what, "value": $0.value.value, "tag": $0.value.tag.rawValue, "source": $0.value.source] as [String: Any] },
            "runs": runs,
        ]
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
