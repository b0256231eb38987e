import WaterNexusGLPK
import WaterNexusModel

extension ExactFront {
    /// The lexicographic optimum for an order of objectives: optimize `order[0]`, restrict the model to
    /// its optima, optimize `order[1]`, and so on. For LPs the restriction is exact (columns with nonzero
    /// reduced costs and rows with nonzero duals are fixed at their bounds); for MIPs the objective is
    /// fixed by a row within ``fixingTolerance``.
    ///
    /// Objectives not in `order` are only evaluated. When `order` holds every objective the point is
    /// nondominated (never merely weakly efficient).
    /// - Parameters:
    ///   - p: the multiobjective problem.
    ///   - order: objective indices, each at most once.
    ///   - solver: solves every stage (GLPK by default), each labelled by its step.
    /// - Complexity: `order.count` solves of the model plus at most that many rows.
    public static func lexicographicOptimum(
        _ p: MultiObjectiveProblem, order: [Int], solver: some LinearSolver = GLPKSolver()
    ) throws -> ParetoPoint {
        try p.validate()
        guard !order.isEmpty else { throw ExactFrontError.invalidProblem("the lexicographic order is empty; give at least one objective index") }
        for (position, k) in order.enumerated() {
            guard p.objectives.indices.contains(k) else {
                throw ExactFrontError.invalidProblem("lexicographic order position \(position + 1) is objective \(k); valid indices are 0..<\(p.objectives.count)")
            }
            guard !order[..<position].contains(k) else {
                throw ExactFrontError.invalidProblem("objective \(k) appears twice in the lexicographic order")
            }
        }
        let values = try lexicographicValues(over: p.model, expressions: orientedExpressions(p), order: order,
                                             names: p.objectives.map(\.name), solver: solver)
        return point(p, values: values)
    }

    /// The column values of the lexicographic minimum of `expressions` in `order` over `model`.
    static func lexicographicValues(
        over model: Model, expressions: [LinearExpression], order: [Int], names: [String], solver: any LinearSolver
    ) throws -> [Double] {
        var model = model
        var values: [Double] = []
        for (stage, k) in order.enumerated() {
            let solution = try minimize(expressions[k], over: model, solver: solver,
                                        step: "lexicographic stage \(stage + 1) (optimizing \(names[k]))")!
            values = solution.values
            if stage + 1 < order.count { try restrictToOptima(of: expressions[k], solution, in: &model) }
        }
        return values
    }

    /// The payoff table: row k holds all objectives at the lexicographic optimum with order
    /// k, k+1, …, m−1, 0, …, k−1, so no row is merely weakly efficient.
    /// - Complexity: m² solves for m objectives.
    public static func payoffTable(_ p: MultiObjectiveProblem, solver: some LinearSolver = GLPKSolver()) throws -> PayoffTable {
        try p.validate()
        return PayoffTable(rows: try payoffPoints(p, solver: solver).map(\.objectives), senses: p.senses)
    }

    /// The lexicographic optima behind the payoff table, one per objective.
    static func payoffPoints(_ p: MultiObjectiveProblem, solver: any LinearSolver) throws -> [ParetoPoint] {
        let m = p.objectives.count
        return try (0..<m).map { k in
            try lexicographicOptimum(p, order: (0..<m).map { (k + $0) % m }, solver: solver)
        }
    }
}
