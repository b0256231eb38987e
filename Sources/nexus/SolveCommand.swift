import ArgumentParser
import Foundation
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusReports

/// `nexus solve FILE`: reads an MPS or LP file and solves it with GLPK.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve an MPS or LP file with GLPK.",
        discussion: "Prints the status, the objective and the nonzero variable values (or one JSON object with --json).")

    @Argument(help: "The model file (.mps in free or fixed layout, or .lp).")
    var file: String

    @Flag(help: "Print one JSON object: status, objective, variables (name → value in model order), bestBound and gap for MIPs.")
    var json = false

    @Flag(help: "Re-certify an LP optimum with GLPK's exact rational simplex.")
    var exact = false

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Wall-clock limit.", valueName: "seconds"))
    var timeLimit: Double?

    @Option(name: .customLong("mip-gap"), help: ArgumentHelp("Relative MIP gap at which to stop.", valueName: "gap"))
    var mipGap: Double?

    @Flag(help: "Print sensitivity ranges of objective coefficients and constraint bounds (LP).")
    var ranges = false

    /// Primal by default, as glpsol: GLPK's dual simplex takes 49 s on its example tas.mod where the primal
    /// takes 0.3 s (Benchmarks/glpk_examples).
    @Option(help: "LP algorithm: primal, dual or interior (default primal, as glpsol).")
    var method: String = "primal"

    @Option(help: "GLPK presolver: on or off (default: off for LPs, on for MIPs).")
    var presolve: String?

    @Flag(help: "When the model is infeasible, find an irreducible infeasible subsystem; when unbounded, show a ray.")
    var explain = false

    @OptionGroup var export: ModelExportOptions

    func validate() throws {
        guard SolverOptions.Method(rawValue: method) != nil else {
            throw ValidationError("--method must be primal, dual or interior, not \"\(method)\"")
        }
        if let presolve, presolve != "on", presolve != "off" {
            throw ValidationError("--presolve must be on or off, not \"\(presolve)\"")
        }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let mipGap, !(mipGap >= 0) { throw ValidationError("--mip-gap must be a number >= 0") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let model = try Model.read(contentsOf: url)
        try export.export(model, name: url.deletingPathExtension().lastPathComponent)
        for warning in model.coefficientRanges().warnings() {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        var options = SolverOptions()
        options.method = SolverOptions.Method(rawValue: method) ?? .primal
        options.presolve = presolve.map { $0 == "on" }
        options.timeLimit = timeLimit
        options.mipGap = mipGap
        options.exact = exact
        options.ranging = ranges
        let solution = try GLPKSolver.solve(model, options: options)
        var diagnosis: SolveOutput.Diagnosis? = nil
        if explain {
            if solution.status == .infeasible || solution.status == .infeasibleOrUnbounded,
               let iis = try InfeasibilityDiagnosis.irreducibleSubsystem(of: model, options: options) {
                diagnosis = .irreducibleSubsystem(iis)
            } else if solution.status == .unbounded, let ray = solution.unboundedRay {
                diagnosis = .ray(ray)
            }
        }
        if json {
            print(SolveOutput.json(model, solution, diagnosis: diagnosis))
        } else {
            print(SolveOutput.text(model, solution, ranges: ranges) + (diagnosis.map { SolveOutput.text(model, $0) } ?? ""))
        }
        if solution.status == .infeasible { throw ExitStatus.infeasible }
    }
}
