import WaterNexusInput
import ArgumentParser
import Foundation
import WaterNexusAllocation
import WaterNexusModel
import WaterNexusReports

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
        let output = try AllocationOutput(try AllocationReport(study), title: "\(allocationCase.title): \(method.rawValue) front", textStyle: .fronts)
        try ResultEmitter.emit(output, options: .init(folder: out, json: json, html: self.report.html, command: CommandLineText.current))
    }
}
