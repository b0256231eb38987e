import ArgumentParser
import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// `nexus compare`: MORIME against a reference front on a built-in test problem, over several seeds.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare MORIME with the true front of a test problem (hypervolume, IGD, IGD+, GD, spacing, ε, coverage).",
        discussion: """
            Objectives are minimized; the hypervolume reference point is (1, …, 1) without normalization, and the
            reference hypervolume is the analytic value when known (ZDT1 2/3, ZDT2 1/3, DTLZ1 1 − 1/48, DTLZ2 1 − π/6).
            Seeds are S, S+1, …, S+R−1.
            """)

    @Option(help: "Test problem: \(TestProblem.names.joined(separator: ", ")).")
    var problem: String = "zdt1"

    @Option(help: "Evaluation budget per run (iterations = (budget − population) / population).")
    var budget: Int = 25_000

    @Option(help: "Population size.")
    var population: Int = 100

    @Option(help: "Archive size.")
    var archive: Int = 100

    @Option(help: "First seed.")
    var seed: UInt64 = 1

    @Option(help: "Number of runs (seeds).")
    var runs: Int = 1

    @Option(help: "Evaluation threads (default: all cores; results do not depend on it).")
    var threads: Int?

    @Option(help: "Points sampled on the true front for IGD, IGD+, GD, ε and coverage.")
    var referencePoints: Int = 1000

    @Flag(help: "Print the report as JSON instead of a table.")
    var json = false

    @Option(help: "Directory for report.json, summary.csv and one front CSV per run.")
    var out: String?

    func validate() throws {
        guard TestProblem.named(problem) != nil else {
            throw ValidationError("--problem \(problem) is unknown; use one of \(TestProblem.names.joined(separator: ", "))")
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard population >= 2 else { throw ValidationError("--population must be at least 2") }
        guard budget >= 2 * population else { throw ValidationError("--budget must be at least twice --population") }
        guard archive >= 1 else { throw ValidationError("--archive must be at least 1") }
        guard referencePoints >= 2 else { throw ValidationError("--reference-points must be at least 2") }
    }

    func run() throws {
        let testProblem = TestProblem.named(problem)!
        let m = testProblem.objectiveCount
        let settings = FrontComparison.Settings(
            reference: testProblem.trueFront(points: referencePoints),
            referencePoint: Array(repeating: 1, count: m),
            normalization: .identity(objectives: m),
            referenceHypervolume: testProblem.unitReferenceHypervolume,
            objectiveOptima: Array(repeating: 0, count: m))
        let options = MORIMEOptions(populationSize: population, stop: .evaluations(budget), archiveSize: archive, threads: threads)
        let seeds = (0..<UInt64(runs)).map { seed &+ $0 }
        let report = try FrontComparison.compare(problem: testProblem, options: options, seeds: seeds, settings: settings)
        let jsonText = try Self.encode(report)
        if let out { try write(report, json: jsonText, to: out) }
        print(json ? jsonText : Self.table(report, problem: testProblem.name))
    }

    static func encode(_ report: FrontComparison.Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    static func table(_ report: FrontComparison.Report, problem: String) -> String {
        var table = TextTable(headers: ["indicator", "median", "min", "q1", "q3", "max", "runs"],
                              alignments: [.left, .right, .right, .right, .right, .right, .right])
        for summary in report.summaries {
            let s = summary.statistics
            table.append([summary.name] + [s.median, s.minimum, s.lowerQuartile, s.upperQuartile, s.maximum].map { String(format: "%.6g", $0) } + ["\(s.count)"])
        }
        return """
            MORIME on \(problem): reference hypervolume \(String(format: "%.6f", report.referenceHypervolume)), \
            reference point \(report.referencePoint), target \(Int(report.targetShare * 100)) % reached in \
            \(report.runsReachingTarget) of \(report.runs.count) runs
            \(table.render())
            """
    }

    func write(_ report: FrontComparison.Report, json: String, to directory: String) throws {
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try json.write(to: url.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
            var summary = CSVTable(header: ["indicator", "count", "minimum", "lower_quartile", "median", "upper_quartile", "maximum"])
            for row in report.summaries {
                let s = row.statistics
                summary.append([row.name, "\(s.count)"] + [s.minimum, s.lowerQuartile, s.median, s.upperQuartile, s.maximum].map { "\($0)" })
            }
            try summary.render().write(to: url.appendingPathComponent("summary.csv"), atomically: true, encoding: .utf8)
            for run in report.runs {
                var front = CSVTable(header: (1...max(1, run.front.first?.count ?? 1)).map { "f\($0)" })
                for point in run.front { front.append(point.map { "\($0)" }) }
                try front.render().write(to: url.appendingPathComponent("front_seed\(run.seed).csv"), atomically: true, encoding: .utf8)
            }
        } catch {
            throw ValidationError("writing to --out \(directory) failed: \(error.localizedDescription); check the path and permissions")
        }
    }
}
