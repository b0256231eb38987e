import ArgumentParser
import Foundation
import WaterNexusGLPK
import WaterNexusISTP
import WaterNexusModel
import WaterNexusReports

/// `nexus istp MODEL`: interval two-stage stochastic programming with risk balance and energy control.
struct ISTPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "istp",
        abstract: "Solve an interval two-stage stochastic program (two-step method) from a YAML model file.")

    @Argument(help: "The model file (YAML, see docs/istp-model-format.md).")
    var model: String

    @Option(help: "One scenario, e.g. S1,R2 (default: the model file's default_scenario).")
    var scenario: String?

    @Flag(help: "Solve every energy × risk scenario.")
    var allScenarios = false

    @Option(help: "Which submodel first: optimistic (f+ first, default) or pessimistic.")
    var order: TwoStepOrder = .optimistic

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    @Flag(help: "Also solve the best-case and worst-case submodels (nothing fixed or linked) for each scenario.")
    var caseBounds = false

    @Flag(help: "Print each solved submodel's size (columns, rows, nonzeros) instead of the tables.")
    var sizes = false

    @Option(help: ArgumentHelp(
        "Fit the estimated inputs to the published outputs in this folder (calibration.csv, published_outputs.csv) and print each target, the model's value and the residual.",
        valueName: "dir"))
    var calibration: String?

    @Option(help: "Write CSV files (scenario summary, allocations per scenario) into this directory.")
    var out: String?

    @OptionGroup var export: ModelExportOptions

    @OptionGroup var report: HTMLReportOption

    func validate() throws {
        try report.validate(out: out)
        if allScenarios && scenario != nil { throw ValidationError("give either --scenario or --all-scenarios, not both") }
    }

    func run() throws {
        let istpCase = try ISTPCase.load(path: model)
        if let calibration {
            let report = try ISTPCalibrationOutput.run(istpCase, folder: calibration)
            for (s, solution) in report.solved {
                for outcome in [solution.result.first] + (solution.result.second.map { [$0] } ?? []) {
                    try export.export(outcome.model, name: "\(istpCase.base.name)_calibrated_\(s.energy)_\(s.risk)_\(outcome.bound.rawValue)")
                }
            }
            let conflicts = try ISTPCalibrationOutput.conflicts(folder: calibration)
            for c in conflicts { try export.export(try c.check.model(elastic: false), name: "\(istpCase.base.name)_conflict_\(c.check.sector)") }
            print(json ? try ISTPCalibrationOutput.json(report, conflicts: conflicts)
                       : ISTPCalibrationOutput.text(report) + ISTPCalibrationOutput.conflictText(conflicts))
            return
        }
        let scenarios: [ISTPScenario]
        if allScenarios {
            scenarios = istpCase.scenarios
        } else if let scenario {
            scenarios = [try istpCase.scenario(named: scenario)]
        } else {
            scenarios = [istpCase.defaultScenario]
        }

        var solved: [(ISTPScenario, ISTPSolution)] = []
        for s in scenarios {
            let formulation = try istpCase.problem(for: s).intervalLP()
            let solver = export.solver(prefix: "\(istpCase.base.name)_\(s.energy)_\(s.risk)", numbered: false)
            let solution = try ISTPSolution.solve(formulation, order: order, solver: solver)
            solved.append((s, solution))
        }
        if let out { try writeCSV(solved, istpCase, directory: out) }
        try report.writeIfAsked(folder: out, title: "ISTP \(istpCase.base.name): two-step solutions",
                                notes: ["Objective and rows reconstructed from the source's text; see docs/reproduction/henan.md."])
        if sizes {
            print(sizeTable(solved))
        } else if json {
            print(try jsonText(solved, istpCase))
        } else {
            print(summary(solved, istpCase))
            if solved.count == 1, let (s, solution) = solved.first { print(detail(s, solution, istpCase)) }
        }
        let submodels = solved.flatMap { [$0.1.result.first] + ($0.1.result.second.map { [$0] } ?? []) }
        if submodels.contains(where: { $0.solution.status == .infeasible }) { throw ExitStatus.infeasible }
    }

    /// f± in the model file's report unit.
    static func reported(_ f: Interval?, _ c: ISTPCase) -> Interval? {
        f.map { Interval($0.lower * c.moneyReport.scale, $0.upper * c.moneyReport.scale) }
    }

    func summary(_ solved: [(ISTPScenario, ISTPSolution)], _ c: ISTPCase) -> String {
        var headers = ["scenario", "f± (\(c.moneyReport.label))"]
        if caseBounds { headers += ["best case", "worst case"] }
        headers += ["diverted total (\(c.waterUnit), sum of periods)", "status"]
        var table = TextTable(headers: headers)
        for (s, solution) in solved {
            let total = solution.problem.sources.firstIndex { $0.name == "diverted" }.flatMap { solution.sourceTotal($0) }
            var cells = [s.description, ISTPReport.text(Self.reported(solution.netBenefit, c), 3)]
            if caseBounds {
                let bounds = try? solution.formulation.lp.caseBounds()
                for x in [bounds?.best, bounds?.worst] {
                    cells.append(x?.objective.map { NumberFormat.fixed($0 * c.moneyReport.scale, 3) } ?? (x?.status.rawValue ?? "-"))
                }
            }
            cells += [ISTPReport.text(total), ISTPReport.status(solution.result)]
            table.append(cells)
        }
        var lines = ["ISTP \(c.base.name): two-step method, \(order.rawValue) order (\(c.base.users.count) users, \(c.base.periods.count) periods, \(c.base.levels.count) levels)",
                     table.render(), "", "Data provenance:"]
        lines += c.provenance.map { "  " + $0 }
        lines.append("Objective and rows reconstructed from the text of the source (see docs/reproduction/henan.md).")
        return lines.joined(separator: "\n")
    }

    func detail(_ s: ISTPScenario, _ solution: ISTPSolution, _ istpCase: ISTPCase) -> String {
        var lines = ["", "Scenario \(s): totals by source per period and level (\(istpCase.waterUnit); energy = intensity × water)",
                     ISTPReport.totalsTable(solution).render()]
        for outcome in [solution.result.first] + (solution.result.second.map { [$0] } ?? []) where !outcome.infeasibleRows.isEmpty {
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

    func sizeTable(_ solved: [(ISTPScenario, ISTPSolution)]) -> String {
        var table = TextTable(headers: ["scenario", "submodel", "columns", "rows", "nonzeros", "status"])
        for (s, solution) in solved {
            for o in [solution.result.first] + (solution.result.second.map { [$0] } ?? []) {
                table.append([s.description, o.bound.rawValue, "\(o.model.variableCount)", "\(o.model.constraintCount)",
                              "\(o.model.nonzeroCount)", o.solution.status.rawValue])
            }
        }
        return table.render()
    }

    func writeCSV(_ solved: [(ISTPScenario, ISTPSolution)], _ c: ISTPCase, directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var summary = CSVTable(header: ["scenario", "f_lo", "f_hi", "unit", "status"])
        for (s, solution) in solved {
            let f = solution.netBenefit
            summary.append([s.description, f.map { NumberFormat.exact($0.lower) } ?? "", f.map { NumberFormat.exact($0.upper) } ?? "",
                            "model money units", ISTPReport.status(solution.result)])
            let name = "\(c.base.name)_\(s.energy)_\(s.risk)_allocations.csv"
            try ISTPReport.allocationCSV(solution).render().write(toFile: "\(directory)/\(name)", atomically: true, encoding: .utf8)
        }
        try summary.render().write(toFile: "\(directory)/\(c.base.name)_scenarios.csv", atomically: true, encoding: .utf8)
    }

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

    func jsonText(_ solved: [(ISTPScenario, ISTPSolution)], _ c: ISTPCase) throws -> String {
        func pair(_ x: Interval?) -> [Double]? { x.map { [$0.lower, $0.upper] } }
        let items = solved.map { s, solution in
            let p = solution.problem
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
            let infeasible = ([solution.result.first] + (solution.result.second.map { [$0] } ?? [])).flatMap { $0.infeasibleRows.map(\.name) }
            return JSONScenario(scenario: s.description, netBenefit: pair(solution.netBenefit), status: ISTPReport.status(solution.result),
                                infeasibleRows: infeasible, totals: totals)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(items), as: UTF8.self)
    }
}

extension TwoStepOrder: ExpressibleByArgument {}
