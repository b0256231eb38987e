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

    @Option(help: "Write CSV files (scenario summary, allocations per scenario, totals by source and by sector) into this directory.")
    var out: String?

    @OptionGroup var export: ModelExportOptions

    @OptionGroup var report: HTMLReportOption

    func validate() throws {
        try report.validate(out: out)
        if allScenarios && scenario != nil { throw ValidationError("give either --scenario or --all-scenarios, not both") }
    }

    func run() throws {
        let istpCase = try ISTPCase.load(path: model)
        let options = ResultEmitter.Options(folder: out, json: json && !sizes, html: report.html, command: CommandLineText.current)
        if let calibration {
            let output = try ISTPCalibrationRun.run(istpCase, folder: calibration)
            for (s, solution) in output.calibration.solved {
                for outcome in solution.result.outcomes {
                    try export.export(outcome.model, name: "\(istpCase.base.name)_calibrated_\(s.energy)_\(s.risk)_\(outcome.bound.rawValue)")
                }
            }
            for c in output.conflicts { try export.export(try c.check.model(elastic: false), name: "\(istpCase.base.name)_conflict_\(c.check.sector)") }
            try ResultEmitter.emit(output, options: options)
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

        var solved: [ISTPOutput.Solved] = []
        for s in scenarios {
            let formulation = try istpCase.problem(for: s).intervalLP()
            let solver = export.solver(prefix: "\(istpCase.base.name)_\(s.energy)_\(s.risk)", numbered: false)
            solved.append(ISTPOutput.Solved(scenario: s, solution: try ISTPSolution.solve(formulation, order: order, solver: solver),
                                            caseBounds: caseBounds ? try formulation.lp.caseBounds() : nil))
        }
        let output = ISTPOutput(istpCase: istpCase, solved: solved, order: order, showsSizes: sizes)
        try ResultEmitter.emit(output, options: options)
        if output.hasInfeasibleSubmodel { throw ExitStatus.infeasible }
    }
}

extension TwoStepOrder: ExpressibleByArgument {}
