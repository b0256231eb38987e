import Foundation

/// Runs a sweep's runs locally, several at a time, skipping runs already done (resumable).
public struct SweepRunner: Sendable {
    /// The `nexus` executable to run.
    public var executable: String
    /// The directory runs start in (relative paths in the spec are relative to it).
    public var workingDirectory: String
    /// How many runs at once.
    public var jobs: Int

    public init(executable: String, workingDirectory: String, jobs: Int) {
        self.executable = executable
        self.workingDirectory = workingDirectory
        self.jobs = max(1, jobs)
    }

    /// Outcome counts of one invocation.
    public struct Summary: Sendable, Equatable {
        public var skipped = 0, succeeded = 0, failed = 0

        public init(skipped: Int = 0, succeeded: Int = 0, failed: Int = 0) {
            self.skipped = skipped
            self.succeeded = succeeded
            self.failed = failed
        }
    }

    /// Runs every run not yet done; `progress(done, total)` is called after each run (from any thread),
    /// counting runs already done before this call as done.
    public func run(_ runs: [SweepRun], in directory: SweepDirectory,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Summary {
        let pending = runs.filter { !directory.isDone($0.id) }
        let skipped = runs.count - pending.count
        let outcomes = OutcomeBox(count: pending.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = jobs
        for (index, run) in pending.enumerated() {
            queue.addOperation {
                let status = (try? self.execute(run, in: directory)) ?? -1
                outcomes.record(index, status: status)
                progress?(skipped + outcomes.finished, runs.count)
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        var summary = Summary()
        summary.skipped = skipped
        summary.succeeded = outcomes.statuses.filter { $0 == 0 }.count
        summary.failed = pending.count - summary.succeeded
        return summary
    }

    func execute(_ run: SweepRun, in directory: SweepDirectory) throws -> Int32 {
        let folder = directory.runDirectory(run.id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: directory.resultFile(run.id).path, contents: nil)
        FileManager.default.createFile(atPath: directory.stderrFile(run.id).path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = run.arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        let output = try FileHandle(forWritingTo: directory.resultFile(run.id))
        let errors = try FileHandle(forWritingTo: directory.stderrFile(run.id))
        defer {
            try? output.close()
            try? errors.close()
        }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let status = process.terminationStatus
        try "\(status)\n".write(to: directory.statusFile(run.id), atomically: true, encoding: .utf8)
        return status
    }
}

/// Thread-safe record of run outcomes.
final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int32?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func record(_ index: Int, status: Int32) {
        lock.lock()
        values[index] = status
        lock.unlock()
    }

    var finished: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.filter { $0 != nil }.count
    }

    var statuses: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return values.compactMap { $0 }
    }
}
