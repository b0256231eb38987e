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
        var files = try AllocationOutput.write(report, calibration: calibration, to: out)
        let comparison = try DemoComparison.run(allocationCase, points: points)
        if let comparison { files += try comparison.write(to: out, timings: false) }
        let unpublished = (out as NSString).appendingPathComponent("inputs_unpublished.csv")
        files += try ResultReportWriter.write(
            folder: out, title: allocationCase.title, command: "nexus demo\(path == "Models/yiwu.yaml" ? "" : " --case \(path)") --out \(out) --points \(points)",
            notes: ["Exact fronts by GLPK (AUGMECON2, \(points) grid intervals); unpublished inputs are estimated and tagged below."],
            provenance: FileManager.default.fileExists(atPath: unpublished) ? try ResultFolderReport.readProvenance(unpublished) : [])
        if json {
            print(try AllocationOutput.json(report), terminator: "")
            return
        }
        print(AllocationCLI.tables(report, calibration: calibration))
        if let comparison { print("\n" + AllocationCLI.comparisonText(comparison, timings: false)) }
        print("\nFiles written to \(out)/: \(files.joined(separator: ", "))")
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

    /// The readable tables of a study.
    static func tables(_ report: AllocationReport, calibration: OriginalPlanCalibration?) -> String {
        let c = report.study.allocationCase
        var parts: [String] = []
        parts.append("\(c.title)\nmodel \(c.modelFile), data \(c.dataDirectory); exact fronts by GLPK (\(report.study.method.rawValue), grid \(report.study.points))")
        if let choice = c.choice {
            let beta = choice.beta.map { "\($0.value) [\($0.tag.rawValue)]" }.joined(separator: ", ")
            parts.append("Regret choice (GRRM): beta = (\(beta)), gamma = \(choice.gamma.value) [\(choice.gamma.tag.rawValue)]")
        }
        func add(_ title: String, _ table: AllocationReport.Table, short: Bool = false) {
            guard !table.rows.isEmpty else { return }
            parts.append(title + ":\n" + (short ? table.textShort : table.text))
        }
        add("Inputs that are not published (value, tag, source; full texts in inputs_unpublished.csv)", report.unpublishedInputs(), short: true)
        if let calibration {
            add("Calibration against the original plan (Tables 3-4), residual = fitted - published", AllocationReport.calibration(calibration))
        }
        add("Exact fronts", report.frontSummary())
        let published = c.publishedResults == nil ? "" : " beside the published values"
        add("Chosen plan per guaranteed rate (scenario \(report.study.baseScenario ?? "-"))\(published)", report.chosenPlans())
        add("Chosen plan and original plan\(published)", report.originalComparison())
        if c.scenarios.count > 1 { add("Scenarios", report.scenarios()) }
        return parts.joined(separator: "\n\n")
    }
}

extension AllocationReport.Table {
    /// The table with its last column (long source texts) cut to 70 characters.
    var textShort: String {
        var copy = self
        copy.rows = rows.map { row in
            var r = row
            if let last = r.last, last.count > 70 { r[r.count - 1] = String(last.prefix(67)) + "..." }
            return r
        }
        return copy.text
    }
}
