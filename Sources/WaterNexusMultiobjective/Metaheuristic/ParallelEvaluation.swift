import Dispatch
import Foundation

/// Evaluates a batch of points on several threads, each result written into its own preallocated
/// slot, so the output does not depend on the number of threads or the scheduling.
enum ParallelEvaluation {
    /// The number of threads to use: `requested` if positive, otherwise every active core.
    static func threadCount(_ requested: Int?) -> Int {
        if let requested, requested > 0 { return requested }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// `[body(0), …, body(count − 1)]`, computed on `threads` threads in contiguous chunks.
    static func map<T: Sendable>(count: Int, threads: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
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
