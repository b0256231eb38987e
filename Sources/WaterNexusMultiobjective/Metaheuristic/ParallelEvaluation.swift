import Dispatch
import Foundation

/// Evaluates a batch of points on several threads, each result written into its own preallocated
/// slot, so the output does not depend on the number of threads or the scheduling.
package enum ParallelEvaluation {
    /// The number of threads to use: `requested` if positive, otherwise every active core.
    package static func threadCount(_ requested: Int?) -> Int {
        if let requested, requested > 0 { return requested }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// A batch that takes less than this on one thread is not worth spreading over threads.
    static let parallelThreshold = Duration.milliseconds(1)

    /// Maps the first batch and chooses the thread count for the following ones. With `requested`
    /// (positive) that count is used throughout; otherwise the batch runs on one thread, timed, and the
    /// rest run on every core only when the batch took at least ``parallelThreshold`` (for cheap
    /// functions thread hand-offs would cost more than they save). Results never depend on the choice.
    static func mapFirstBatch<T: Sendable>(
        count: Int, requested: Int?, _ body: @escaping @Sendable (Int) -> T
    ) -> (results: [T], threads: Int) {
        if let requested, requested > 0 { return (map(count: count, threads: requested, body), requested) }
        let clock = ContinuousClock()
        let start = clock.now
        let results = (0..<count).map(body)
        return (results, clock.now - start >= parallelThreshold ? threadCount(nil) : 1)
    }

    /// `[body(0), …, body(count − 1)]`, computed on `threads` threads in contiguous chunks.
    package static func map<T: Sendable>(count: Int, threads: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunks = min(max(1, threads), count)
        if chunks == 1 { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * count / chunks, end = (chunk + 1) * count / chunks
                for i in start..<end { (slots.base + i).initialize(to: body(i)) }
            }
            initialized = count
        }
    }
}

/// Preallocated result slots; every index is written by exactly one chunk, so sharing is safe.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
