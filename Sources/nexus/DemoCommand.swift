import WaterNexusInput
import ArgumentParser
import Foundation
import WaterNexusAllocation
import WaterNexusModel
import WaterNexusMultiobjective
import WaterNexusReports

/// `nexus demo` (the default job): the bundled Yiwu allocation case end to end.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the bundled Yiwu allocation case end to end (exact fronts, regret choice, original plan).",
        discussion: """
        Reads Models/yiwu.yaml and Data/yiwu/ (found from the current folder or its parents; elsewhere the
        copy carried by the binary, written to OUT/case/ and read from there), computes the
        exact nondominated set at every guaranteed rate and scenario with GLPK (AUGMECON2), chooses a plan
        by regret theory, compares it with the original plan, and writes CSV, SVG and JSON files. At the 90 %
        rate it also runs MORIME (population 50, 5 000 evaluations, seed 1) on the same model and compares
        its front with the exact one (as `nexus compare MODEL` does, without wall-clock times).
        """)

    @Option(help: "Output folder.")
    var out: String = "out/demo"

    @Option(name: .customLong("case"), help: "Model file (default: Models/yiwu.yaml, or outside the repository the bundled case written to OUT/case/).")
    var casePath: String?

    @Option(help: "AUGMECON2 grid intervals per constrained objective.")
    var points: Int = 10

    @Flag(help: "Print the JSON summary instead of tables.")
    var json = false

    @Flag(help: "Accepted for symmetry with the other commands: the default job always writes report.html into --out.")
    var html = false

    @OptionGroup var export: ModelExportOptions

    func run() throws {
        guard points >= 1 else { throw ValidationError("--points must be at least 1") }
        let path = try casePath ?? DefaultCase.modelPath(out: out)
        let allocationCase = try AllocationCase.load(path: path)
        let study = try AllocationStudy(allocationCase, method: .augmecon2, points: points,
                                        solver: export.solver(prefix: allocationCase.name))
        let report = try AllocationReport(study)
        let calibration = allocationCase.name == "yiwu" ? try YiwuCalibration.run(dataDirectory: allocationCase.dataDirectory) : nil
        let comparison = try DemoComparison.run(allocationCase, points: points)
        let output = try AllocationOutput(report, calibration: calibration, comparison: comparison)
        let command = "nexus demo\(path == "Models/yiwu.yaml" ? "" : " --case \(path)") --out \(out) --points \(points)"
        try ResultEmitter.emit(output, options: .init(folder: out, json: json, html: true, command: command))
    }
}

/// The demo's short MORIME comparison: one guaranteed rate, a modest budget and a fixed seed, so the
/// output is deterministic and quick.
enum DemoComparison {
    /// The rate compared (the case's first rate when it has no 90 %).
    static let preferredRate = "90"
    static let options = MORIMEOptions(populationSize: 50, stop: .evaluations(5_000), archiveSize: 100, seed: 1)

    /// The comparison at the preferred rate in the base scenario (nil for a case without rates).
    static func run(_ allocationCase: AllocationCase, points: Int) throws -> AllocationComparison? {
        guard let rate = allocationCase.rate(preferredRate)?.label ?? allocationCase.rates.first?.label else { return nil }
        return try AllocationComparison(allocationCase, rate: rate, points: points, options: options, seeds: [options.seed])
    }
}

/// Helpers shared by `nexus demo` and `nexus pareto`.
enum AllocationCLI {
    /// Models/yiwu.yaml in the current folder or the nearest parent that has it.
    static func findBundledModel() throws -> String {
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("Models/yiwu.yaml").path
            if FileManager.default.fileExists(atPath: candidate) {
                let relative = candidate.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
                return relative
            }
            folder.deleteLastPathComponent()
        }
        throw CommandFailure("Models/yiwu.yaml not found in this folder or its parents; run from the repository root or pass --case PATH")
    }
}
