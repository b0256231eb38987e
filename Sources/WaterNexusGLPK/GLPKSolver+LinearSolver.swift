import WaterNexusModel

extension GLPKSolver: LinearSolver {
    /// Solves `model` with ``options``, the limits given overriding the options' own.
    public func solve(_ model: Model, limits: SolveLimits, label: String) throws -> Solution {
        try GLPKSolver.solve(model, options: options(with: limits))
    }

    /// The options with `limits` applied (a limit left nil keeps the option's own value).
    public func options(with limits: SolveLimits) -> SolverOptions {
        var merged = options
        merged.timeLimit = limits.timeLimit ?? options.timeLimit
        merged.mipGap = limits.mipGap ?? options.mipGap
        merged.relaxIntegrality = options.relaxIntegrality || limits.relaxIntegrality
        return merged
    }

    /// After a numerical failure: the other presolve setting, then that with the primal simplex.
    public func fallbacks(for model: Model) -> [any LinearSolver] {
        var toggled = options
        toggled.presolve = !(options.presolve ?? model.isMIP)
        var primal = toggled
        primal.method = .primal
        return [GLPKSolver(options: toggled), GLPKSolver(options: primal)]
    }
}
