import ArgumentParser
import Foundation
import WaterNexusBatch
import WaterNexusReports

/// `nexus sweep SPEC`: expands a sweep into runs and runs them locally, or only writes job files.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a nexus command over a grid of parameters and seeds (resumable), or emit GNU parallel / Slurm job files.",
        discussion: """
        The spec is YAML with name, command, parameters, seeds and arguments (see docs/sweeps.md).
        Results go to OUT/runs/<id>/result.json; finished runs are skipped when the sweep is run again.
        `nexus merge OUT` combines them. --emit-only writes OUT/jobs.txt (for `parallel < jobs.txt`)
        and OUT/sweep.slurm (for `sbatch`) without running anything.
        """)

    @Argument(help: "The sweep spec (YAML).")
    var spec: String

    @Option(help: "Output directory.")
    var out: String = "out/sweep"

    @Option(help: "Runs at once (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Write the plan and job files only; run nothing.")
    var emitOnly = false

    @Flag(help: "No progress output.")
    var quiet = false

    func run() throws {
        let sweep = try SweepSpec.load(URL(fileURLWithPath: spec))
        let directory = SweepDirectory(root: URL(fileURLWithPath: out))
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let workingDirectory = FileManager.default.currentDirectoryPath
        let runs = try directory.writePlan(sweep, executable: executable, workingDirectory: workingDirectory)
        print("sweep \(sweep.name): \(runs.count) runs; plan \(directory.planFile.path)")
        print("job files: \(directory.jobsFile.path) (GNU parallel), \(directory.slurmFile.path) (Slurm)")
        if emitOnly { return }
        let progress = SharedProgress(ProgressBar(total: runs.count, label: "sweep", quiet: quiet))
        let runner = SweepRunner(executable: executable, workingDirectory: workingDirectory, jobs: jobs)
        let summary = try runner.run(runs, in: directory) { done, _ in progress.update(done) }
        progress.finish()
        print("done: \(summary.succeeded) succeeded, \(summary.failed) failed, \(summary.skipped) already done")
        print("merge with: nexus merge \(out)")
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

/// `nexus merge DIR`: combines a sweep's results into one CSV table.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Combine the results of a sweep into one CSV table (settings, exit status, result fields).")

    @Argument(help: "The sweep's output directory.")
    var directory: String

    @Option(help: "Write the table here (default: DIR/merged.csv); '-' prints it.")
    var out: String?

    func run() throws {
        let table = try SweepMerge.merge(SweepDirectory(root: URL(fileURLWithPath: directory)))
        let target = out ?? URL(fileURLWithPath: directory).appendingPathComponent("merged.csv").path
        if target == "-" {
            print(table.render(), terminator: "")
        } else {
            try table.render().write(toFile: target, atomically: true, encoding: .utf8)
            print("merged \(table.rows.count) runs into \(target)")
        }
    }
}

/// A progress bar updated from the runner's worker threads.
final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var bar: ProgressBar

    init(_ bar: ProgressBar) { self.bar = bar }

    func update(_ completed: Int) {
        lock.lock()
        bar.update(completed: completed)
        lock.unlock()
    }

    func finish() {
        lock.lock()
        bar.finish()
        lock.unlock()
    }
}
