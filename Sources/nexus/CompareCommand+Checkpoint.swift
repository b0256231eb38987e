import ArgumentParser
import Dispatch
import Foundation
import WaterNexusAllocation
import WaterNexusMultiobjective
import WaterNexusReports

extension CompareCommand {
    /// Runs `body` with the persistence of `--checkpoint` (nil without it) and a progress handler that,
    /// with `--checkpoint`, prints the evaluations done and an ETA to standard error every 10 s. Ctrl-C
    /// (SIGINT) or SIGTERM then saves the state and stops with an error saying how to continue.
    func withCheckpoint<T>(_ body: (FrontComparison.Persistence?, @escaping (FrontComparison.Progress) -> Void) throws -> T) throws -> T {
        guard let checkpoint else { return try body(nil, { _ in }) }
        var resume: FrontComparison.SavedComparison?
        if FileManager.default.fileExists(atPath: checkpoint) {
            do {
                resume = try JSONDecoder().decode(FrontComparison.SavedComparison.self, from: Data(contentsOf: URL(fileURLWithPath: checkpoint)))
            } catch {
                throw ValidationError("--checkpoint \(checkpoint) exists but cannot be read as a saved comparison (\(error)); remove it to start afresh")
            }
            FileHandle.standardError.write(Data("Continuing from \(checkpoint)\n".utf8))
        }
        let stop = StopRequest()
        let persistence = FrontComparison.Persistence(resume: resume, saveInterval: saveEvery, save: { saved in
            try write(ReportJSON.encode(saved), toFile: checkpoint)
        }, shouldStop: { stop.isRequested })
        let eta = ETAReport()
        do {
            return try withExtendedLifetime(stop) { try body(persistence) { eta.update($0) } }
        } catch let stopped as FrontComparison.Stopped {
            throw CommandFailure("\(stopped) to \(checkpoint); run the same command again to continue")
        }
    }
}

/// Set once SIGINT or SIGTERM arrives while it lives (the signals are then caught instead of ending the process).
final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var sources: [DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    private func request() {
        lock.lock()
        requested = true
        lock.unlock()
        FileHandle.standardError.write(Data("\nStopping after this iteration; saving the state…\n".utf8))
    }

    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}

/// Prints evaluations done, the rate since the first report and the time left, at most every 10 s.
final class ETAReport {
    private let clock = ContinuousClock()
    private var first: (time: ContinuousClock.Instant, evaluations: Int)?
    private var lastPrint: ContinuousClock.Instant?

    func update(_ progress: FrontComparison.Progress) {
        let now = clock.now
        guard let first else {
            self.first = (now, progress.evaluations)
            lastPrint = now
            return
        }
        guard let lastPrint, now - lastPrint >= .seconds(10) || progress.evaluations == progress.totalEvaluations else { return }
        self.lastPrint = now
        let (seconds, attoseconds) = (now - first.time).components
        let elapsed = Double(seconds) + Double(attoseconds) * 1e-18
        let rate = Double(progress.evaluations - first.evaluations) / max(elapsed, 1e-9)
        let left = rate > 0 ? Double(progress.totalEvaluations - progress.evaluations) / rate : .infinity
        let percent = 100 * Double(progress.evaluations) / Double(max(1, progress.totalEvaluations))
        let line = String(format: "MORIME: %d of %d evaluations (%.2f %%), %.0f evaluations/s, ETA %@\n",
                          progress.evaluations, progress.totalEvaluations, percent, rate, Self.duration(left))
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "unknown" }
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600) h \(s % 3600 / 60) min" : s >= 60 ? "\(s / 60) min \(s % 60) s" : "\(s) s"
    }
}
