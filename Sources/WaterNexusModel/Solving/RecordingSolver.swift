/// A ``LinearSolver`` that hands every model to `record` (with the solve's label) before solving it
/// with `base`: the one way the commands write each solved model (`--write-mps`, `--write-lp`).
/// An error `record` throws stops the solve. Retries (``LinearSolver/fallbacks(for:)``) are the base's,
/// unrecorded: the model they solve was recorded once already.
public struct RecordingSolver<Base: LinearSolver>: LinearSolver {
    /// The solver that does the work.
    public var base: Base
    /// Called with the label and the model before every solve (from any thread).
    public var record: @Sendable (String, Model) throws -> Void

    /// Records every model `base` is asked to solve.
    public init(_ base: Base, record: @escaping @Sendable (String, Model) throws -> Void) {
        self.base = base
        self.record = record
    }

    public func solve(_ model: Model, limits: SolveLimits, label: String) throws -> Solution {
        try record(label, model)
        return try base.solve(model, limits: limits, label: label)
    }

    public func fallbacks(for model: Model) -> [any LinearSolver] { base.fallbacks(for: model) }
}
