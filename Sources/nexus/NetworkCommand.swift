import ArgumentParser
import Foundation
import WaterNexusModel
import WaterNexusNetwork
import WaterNexusReports

/// `nexus network MODEL`: global optimization of a water-network superstructure.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Globally optimize a water-network superstructure (cost, carbon) with GLPK.",
        discussion: "The model format is described in docs/network-model-format.md.")

    @Argument(help: "The model file (YAML).")
    var model: String

    @Option(help: "Relative optimality gap (UB − LB)/|UB| at which to stop.")
    var gap: Double = 1e-3

    @Option(name: .customLong("time-limit"), help: "Time limit in seconds (per solve with --pareto).")
    var timeLimit: Double = 60

    @Option(name: .customLong("carbon-cap"), help: "Cap on annual emissions (kgCO2/yr), overriding the model's.")
    var carbonCap: Double?

    @Option(help: "Compute an ε-constraint cost–carbon front with this many points.")
    var pareto: Int?

    @Option(help: "Global method: bnb (spatial branch-and-bound over LP relaxations) or refine (one MILP relaxation refined round by round; always used with a concave capital cost).")
    var method: String = "bnb"

    @Option(help: "MILP relaxation of the bilinear terms for --method refine: pmc (piecewise McCormick, the default) or nmdt.")
    var relaxation: String?

    @Flag(name: .customLong("no-local-search"), help: "Skip the pattern search that improves each new incumbent.")
    var noLocalSearch = false

    @Flag(help: "Print progress to standard error: nodes, open nodes, bounds and gap every second (bnb), or one line per round (refine).")
    var verbose = false

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    @Option(help: "Write result.json (and front.csv with --pareto) to this directory.")
    var out: String?

    @Option(name: .customLong("write-qcp"), help: ArgumentHelp(
        "Write the exact nonconvex model (bilinear rows w = f·c, bounds from the data only) for other solvers; .lp (CPLEX LP) or .mps (free MPS with QCMATRIX).",
        valueName: "path"))
    var writeQcp: String?

    @OptionGroup var export: ModelExportOptions

    @OptionGroup var html: HTMLReportOption

    func validate() throws {
        try html.validate(out: out)
        guard gap > 0, gap < 1 else { throw ValidationError("--gap must be in (0, 1), got \(gap)") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive, got \(timeLimit)") }
        if let pareto, pareto < 2 || pareto > 1000 { throw ValidationError("--pareto takes 2 to 1000 points, got \(pareto)") }
        guard NetworkSolveMethod(rawValue: method) != nil else { throw ValidationError("--method must be bnb or refine, got \(method)") }
        if let relaxation {
            guard BilinearRelaxation(rawValue: relaxation) != nil else { throw ValidationError("--relaxation must be pmc or nmdt, got \(relaxation)") }
            guard method == NetworkSolveMethod.refine.rawValue else {
                throw ValidationError("--relaxation chooses the MILP relaxation of --method refine; add --method refine (branch-and-bound uses McCormick LPs)")
            }
        }
        if let writeQcp, !["lp", "mps"].contains(URL(fileURLWithPath: writeQcp).pathExtension.lowercased()) {
            throw ValidationError("--write-qcp needs a path ending in .lp or .mps, got \(writeQcp)")
        }
    }

    func run() throws {
        let network: NetworkModel
        do { network = try NetworkModel.load(path: model) } catch let error as NetworkError { throw CommandFailure(error.description) }
        var options = NetworkSolveOptions()
        options.gap = gap
        options.timeLimit = timeLimit
        options.carbonCap = carbonCap
        options.localSearch = !noLocalSearch
        if verbose { options.log = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) } }
        options.relaxation = relaxation.flatMap(BilinearRelaxation.init(rawValue:)) ?? .piecewiseMcCormick
        options.method = NetworkSolveMethod(rawValue: method) ?? .branchAndBound
        if let writeQcp {
            do { try NetworkQCP.build(network, options: options).write(to: URL(fileURLWithPath: writeQcp)) }
            catch let error as NetworkError { throw CommandFailure("--write-qcp: \(error.description)") }
        }
        let files = NetworkModelFiles(export: export)
        if export.isRequested { options.solver = files.solver }
        if let out { _ = try ResultFolderWriter(path: out) } // an unusable --out fails before the solve
        let emit = ResultEmitter.Options(folder: out, json: json, html: html.html, command: CommandLineText.current)
        if let pareto {
            let points = try NetworkPareto.front(network, count: pareto, options: options)
            try ResultEmitter.emit(NetworkFrontOutput(model: network, points: points, modelFile: model, options: options), options: emit)
            if let failure = files.failure { throw CommandFailure(failure) }
            return
        }
        let result = try NetworkSolver.solve(network, options: options)
        let comparison = network.hasHybridRelations ? try HybridComparison.compare(network, hybrid: result, options: options) : nil
        let output = NetworkOutput(model: network, result: result, modelFile: model, options: options, fixedRelationComparison: comparison)
        try ResultEmitter.emit(output, options: emit)
        if let failure = files.failure { throw CommandFailure(failure) }
        if result.status == .infeasible { throw ExitStatus.infeasible }
    }
}

/// A failure of `nexus network` after its arguments were accepted (bad model file, unwritable output).

