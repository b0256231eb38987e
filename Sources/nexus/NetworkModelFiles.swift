import Foundation
import WaterNexusGLPK
import WaterNexusModel

/// Writes every model a network solve builds through the shared `--write-mps` / `--write-lp` options, as
/// `network_<n>_<step>` (n counts the models from 1, so file names sort in solve order), through the
/// recording ``solver``. A write failure does not stop the solve (the network solver would take it for a
/// failed subproblem): the first one is kept and reported after the solve.
final class NetworkModelFiles: @unchecked Sendable {
    private let export: ModelExportOptions
    private let counter = SolveCounter()
    private let lock = NSLock()
    private var firstFailure: String?

    init(export: ModelExportOptions) { self.export = export }

    /// The first write failure, if any.
    var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return firstFailure
    }

    /// GLPK, recording every model it solves into the files.
    var solver: any LinearSolver {
        RecordingSolver(GLPKSolver()) { [self] label, model in write(model, label: label) }
    }

    func write(_ model: Model, label: String) {
        do {
            try export.export(model, name: "network_\(counter.next())_\(label)")
        } catch {
            lock.lock()
            if firstFailure == nil { firstFailure = "writing model files: \(error)" }
            lock.unlock()
        }
    }
}
