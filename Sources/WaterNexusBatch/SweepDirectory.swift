import Foundation

/// The files of a sweep in its output directory:
/// `runs.tsv` (the plan), `jobs.txt` (one shell line per run, for GNU parallel), `sweep.slurm`
/// (a Slurm array job over jobs.txt), and `runs/<id>/{result.json, stderr.txt, status}`.
public struct SweepDirectory: Sendable {
    /// The sweep's output directory.
    public let root: URL

    /// A sweep directory at `root` (created when the plan is written).
    public init(root: URL) { self.root = root.standardizedFileURL }

    public var planFile: URL { root.appendingPathComponent("runs.tsv") }
    public var jobsFile: URL { root.appendingPathComponent("jobs.txt") }
    public var slurmFile: URL { root.appendingPathComponent("sweep.slurm") }
    public func runDirectory(_ id: String) -> URL { root.appendingPathComponent("runs").appendingPathComponent(id) }
    public func resultFile(_ id: String) -> URL { runDirectory(id).appendingPathComponent("result.json") }
    public func stderrFile(_ id: String) -> URL { runDirectory(id).appendingPathComponent("stderr.txt") }
    public func statusFile(_ id: String) -> URL { runDirectory(id).appendingPathComponent("status") }

    /// Whether a run has finished with exit status 0 (finished runs are skipped on resume).
    public func isDone(_ id: String) -> Bool {
        (try? String(contentsOf: statusFile(id), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) == "0"
    }

    /// Writes runs.tsv, jobs.txt and sweep.slurm for `spec`, run from `workingDirectory` with `executable`.
    public func writePlan(_ spec: SweepSpec, executable: String, workingDirectory: String) throws -> [SweepRun] {
        let runs = spec.runs()
        for run in runs {
            if let bad = run.arguments.first(where: { $0.contains(where: \.isNewline) }) {
                throw SweepError.invalidSpec(file: spec.name, field: "command", problem: "argument \"\(bad.prefix(40))…\" contains a line break; job files hold one run per line")
            }
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let names = runs.first?.settings.map(\.name) ?? []
        var plan = (["id"] + names).joined(separator: "\t") + "\n"
        for run in runs { plan += ([run.id] + run.settings.map(\.value)).joined(separator: "\t") + "\n" }
        try plan.write(to: planFile, atomically: true, encoding: .utf8)
        let jobs = runs.map { jobLine($0, executable: executable, workingDirectory: workingDirectory) }.joined(separator: "\n") + "\n"
        try jobs.write(to: jobsFile, atomically: true, encoding: .utf8)
        try slurmScript(spec, runCount: runs.count).write(to: slurmFile, atomically: true, encoding: .utf8)
        return runs
    }

    /// One self-contained shell line that runs `run` and records its outputs like the local runner.
    public func jobLine(_ run: SweepRun, executable: String, workingDirectory: String) -> String {
        let directory = shellQuote(runDirectory(run.id).path)
        let command = ([executable] + run.arguments).map(shellQuote).joined(separator: " ")
        return "mkdir -p \(directory) && cd \(shellQuote(workingDirectory)) && \(command) > \(directory)/result.json 2> \(directory)/stderr.txt; echo $? > \(directory)/status"
    }

    func slurmScript(_ spec: SweepSpec, runCount: Int) -> String {
        """
        #!/bin/bash
        #SBATCH --job-name=\(spec.name)
        #SBATCH --array=1-\(runCount)
        #SBATCH --ntasks=1
        #SBATCH --cpus-per-task=1
        #SBATCH --output=\(root.path)/slurm-%A_%a.out
        # Each array task runs one line of jobs.txt; finished runs leave runs/<id>/status = 0.
        set -u
        sed -n "${SLURM_ARRAY_TASK_ID}p" \(shellQuote(jobsFile.path)) | bash

        """
    }
}

/// Quotes a word for POSIX shells.
public func shellQuote(_ word: String) -> String {
    if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=,:+@".contains($0) }), word.allSatisfy(\.isASCII) {
        return word
    }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
