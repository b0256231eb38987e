import WaterNexusGLPK
import WaterNexusModel

extension ExactFront {
    /// One optimum per weight vector of the weighted sum `Σ_k w_k · orientation_k · f_k` (minimized;
    /// a maximized objective enters with its sign flipped, so larger weights always mean "more important").
    ///
    /// When a weight is 0 the weighted optimum may be only weakly efficient; it is then refined by
    /// restricting the model to the weighted optima and optimizing the objectives lexicographically in
    /// index order, so every returned point is nondominated. The result has one point per weight vector, in order (not
    /// filtered: equal weights give equal points).
    /// - Parameters:
    ///   - p: the multiobjective problem.
    ///   - weights: one vector per solve, each with one finite weight ≥ 0 per objective, not all 0.
    ///   - solver: solves every model (GLPK by default), each labelled by its step.
    /// - Complexity: one solve per weight vector (m + 1 when a weight is 0).
    public static func weightedSum(
        _ p: MultiObjectiveProblem, weights: [[Double]], solver: some LinearSolver = GLPKSolver()
    ) throws -> [ParetoPoint] {
        try p.validate()
        let oriented = orientedExpressions(p)
        return try weights.enumerated().map { row, w in
            try checkWeights(w, row: row, count: p.objectives.count)
            let values = try weightedOptimum(over: p.model, oriented: oriented, weights: w, solver: solver,
                                             names: p.objectives.map(\.name), refine: w.contains(0))
            return point(p, values: values)
        }
    }

    static func checkWeights(_ w: [Double], row: Int, count: Int) throws {
        guard w.count == count else {
            throw ExactFrontError.invalidProblem("weight vector \(row + 1) has \(w.count) weights; the problem has \(count) objectives")
        }
        guard w.allSatisfy({ $0.isFinite && $0 >= 0 }), w.contains(where: { $0 > 0 }) else {
            throw ExactFrontError.invalidProblem("weight vector \(row + 1) is \(w); weights must be finite, ≥ 0 and not all 0")
        }
    }

    /// Σ_k w_k · e_k.
    static func combination(_ expressions: [LinearExpression], _ w: [Double]) -> LinearExpression {
        var sum = LinearExpression()
        for (expression, weight) in zip(expressions, w) where weight != 0 { sum.add(expression, scale: weight) }
        return sum
    }

    /// The column values minimizing Σ w_k e_k, then (when `refine`) lexicographically minimal over that optimum.
    static func weightedOptimum(
        over model: Model, oriented: [LinearExpression], weights w: [Double], solver: any LinearSolver,
        names: [String], refine: Bool
    ) throws -> [Double] {
        let weighted = combination(oriented, w)
        let solution = try minimize(weighted, over: model, solver: solver, step: "the weighted sum with weights \(w)")!
        guard refine else { return solution.values }
        var fixed = model
        try restrictToOptima(of: weighted, solution, in: &fixed)
        return try lexicographicValues(over: fixed, expressions: oriented, order: Array(oriented.indices), names: names,
                                       solver: solver)
    }
}
