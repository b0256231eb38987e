import WaterNexusInput
import ArgumentParser
import Foundation
import WaterNexusAllocation
import WaterNexusModel

/// `nexus pareto MODEL`: the exact nondominated set of an allocation model file.
struct ParetoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pareto",
        abstract: "Exact Pareto front of a multiobjective allocation model file (YAML + CSV), with the regret choice.",
        discussion: "The model-file format is described in docs/allocation-model-format.md.")

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case augmecon2, vertices, weighted
    }

    @Argument(help: "The model file (YAML).")
    var model: String

    @Option(help: "augmecon2 (grid), vertices (extreme points) or weighted (weighted sums on a weight lattice).")
    var method: Method = .augmecon2

    @Option(help: "Grid intervals (augmecon2) or weight divisions (weighted).")
    var points: Int = 20

    @Option(help: "Guaranteed rate label (default: every rate in the file).")
    var rate: String?

    @Option(help: "Scenario id (default: every scenario in the file).")
    var scenario: String?

    @Flag(help: "Print JSON (each point's objectives and decision values, and the chosen point).")
    var json = false

    @Option(help: "Also write CSV, SVG and JSON files to this folder.")
    var out: String?


    @OptionGroup var export: ModelExportOptions

    @OptionGroup var report: HTMLReportOption

    func run() throws {
        guard points >= 1 else { throw ValidationError("--points must be at least 1") }
        try self.report.validate(out: out)
        let allocationCase = try AllocationCase.load(path: model)
        let study = try AllocationStudy(
            allocationCase, method: FrontMethod(rawValue: method.rawValue)!, points: points,
            scenarios: scenario.map { [$0] }, rates: rate.map { [$0] }, solver: export.solver(prefix: allocationCase.name))
        let report = try AllocationReport(study)
        if let out { try AllocationOutput.write(report, calibration: nil, to: out) }
        try self.report.writeIfAsked(folder: out, title: "\(allocationCase.title): \(method.rawValue) front",
                                     provenanceCSV: "inputs_unpublished.csv")
        if json {
            print(try AllocationOutput.json(report), terminator: "")
            return
        }
        print("\(allocationCase.title): \(method.rawValue) front")
        print(report.frontSummary().text)
        for r in study.runs {
            print("\nscenario \(r.scenario ?? "-"), rate \(r.rate) %:")
            print(AllocationCLI.frontTable(r.run, allocationCase).text)
        }
        if let out { print("\nFiles written to \(out)/") }
    }
}

extension AllocationCLI {
    /// One row per front point: objectives and source totals, the chosen point marked.
    static func frontTable(_ run: AllocationRun, _ c: AllocationCase) -> AllocationReport.Table {
        var t = AllocationReport.Table(header: ["point", "chosen"] + c.objectives.map { $0.unit.isEmpty ? $0.id : "\($0.id) (\($0.unit))" }
                                        + c.sources.map { "\($0.id) (\(c.volumeUnit))" })
        for (k, p) in run.front.enumerated() {
            t.rows.append(["\(k)", run.chosen?.index == k ? "*" : ""] + p.objectives.map { String(format: "%.2f", $0) }
                          + run.problem.sourceTotals(p.values).map { String(format: "%.2f", $0) })
        }
        return t
    }
}
