import ArgumentParser
import Foundation
import WaterNexusMultiobjective
import WaterNexusNetwork
import WaterNexusReports

extension CompareCommand {
    /// MORIME against the certified ε-constraint front of a network model file.
    func runNetwork(_ path: String) throws {
        guard rate == nil, scenario == nil, exportProblem == nil, checkpoint == nil else {
            throw ValidationError("--rate, --scenario, --export-problem and --checkpoint apply to allocation models; \(path) is a network model")
        }
        guard points >= 2 else { throw ValidationError("--points must be at least 2 for a network model (the ε-constraint front's points)") }
        let network: NetworkModel, problem: NetworkMORIMEProblem
        do {
            network = try NetworkModel.load(path: path)
            problem = try NetworkMORIMEProblem(model: network, repairSweeps: repairSweeps ?? NetworkMORIMEProblem.defaultRepairSweeps)
        } catch let error as NetworkError {
            throw CommandFailure(error.description)
        }
        var solveOptions = NetworkSolveOptions()
        solveOptions.gap = gap ?? solveOptions.gap
        solveOptions.timeLimit = timeLimit ?? solveOptions.timeLimit
        let files = NetworkModelFiles(export: export)
        if export.isRequested { solveOptions.solver = files.solver }
        let exact = try NetworkPareto.solve(network, count: points, options: solveOptions)
        if let failure = files.failure { throw CommandFailure(failure) }
        let comparison: NetworkFrontComparison.Report
        do {
            var bar = progressBar()
            comparison = try NetworkFrontComparison.compare(problem, exact: exact, options: options, seeds: seeds) {
                bar.update(completed: $0.evaluations)
            }
            bar.finish()
        } catch let error as MetaheuristicError {
            throw CommandFailure("\(path): \(error.description)")
        }
        let output = NetworkComparisonOutput(report: comparison, modelFile: path, gap: solveOptions.gap, timeLimit: solveOptions.timeLimit)
        try ResultEmitter.emit(output, options: .init(folder: out, json: json, html: report.html, command: CommandLineText.current))
        if !comparison.certificateBreaches.isEmpty { throw ExitStatus.certificateBreach }
    }
}
