import WaterNexusModel

extension GLPKSolver {
    /// Loads `model` into a GLPK problem in one bulk call and deletes it again, without solving.
    ///
    /// Proves that GLPK accepts the model (sizes, bounds, kinds), and measures the cost of the
    /// hand-over in benchmarks.
    /// - Complexity: O(variables + constraints + nonzeros).
    public static func load(_ model: Model, passNames: Bool = false) throws {
        _ = try GLPKProblem(loading: model.sparseModel(includeNames: passNames), passNames: passNames)
    }
}
