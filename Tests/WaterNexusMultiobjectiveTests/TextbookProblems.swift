import WaterNexusModel
import WaterNexusMultiobjective

/// Small multiobjective problems whose fronts the tests know independently.
enum TextbookProblems {
    /// max f1 = 3x1 + x2, min f2 = x1 − 2x2 over x1 + x2 ≤ 4, x1 ≤ 3, x2 ≤ 3, x ≥ 0.
    ///
    /// By hand: the vertices (0,0), (3,0), (3,1), (1,3), (0,3) map to (f1, f2) = (0,0), (9,3), (10,1),
    /// (6,−5), (3,−6). (9,3) is dominated by (10,1) and (0,0) by (6,−5). The remaining three form the
    /// front: from (10,1) to (6,−5) f2 falls 6 while f1 falls 4 (rate 2/3), from (6,−5) to (3,−6) f2 falls
    /// 1 while f1 falls 3 (rate 3): the rates grow, so the front is convex and all three are extreme.
    static func twoObjectiveLP() throws -> MultiObjectiveProblem {
        var model = Model(name: "two_objective")
        let x1 = try model.addVariable("x1"), x2 = try model.addVariable("x2")
        try model.addConstraint("total", x1 + x2 <= 4)
        try model.addConstraint("cap1", x1 <= 3)
        try model.addConstraint("cap2", x2 <= 3)
        return MultiObjectiveProblem(model: model, objectives: [
            ObjectiveFunction(name: "f1", sense: .maximize, expression: 3 * x1 + x2),
            ObjectiveFunction(name: "f2", sense: .minimize, expression: x1 - 2 * x2),
        ])
    }

    /// The rows of the three-objective LP below as `A x ≤ b` (for brute-force vertex enumeration).
    static let threeObjectiveRows: [[Double]] = [
        [-1, 0, 0], [0, -1, 0], [0, 0, -1], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1], [-1, -1, 0], [1, 2, 0],
    ]
    static let threeObjectiveRHS: [Double] = [0, 0, 0, 3, 3, 3, 4, -1, 6]
    /// Objective coefficients and senses of the three-objective LP.
    static let threeObjectiveCosts: [[Double]] = [[2, 1, -1], [-1, 2, 1], [1, -1, 2]]
    static let threeObjectiveSenses: [ObjectiveSense] = [.maximize, .maximize, .minimize]

    /// max 2x1 + x2 − x3, max −x1 + 2x2 + x3, min x1 − x2 + 2x3 over 0 ≤ x ≤ 3, x1 + x2 + x3 ≤ 4,
    /// x1 + x2 ≥ 1, x1 + 2x2 ≤ 6.
    static func threeObjectiveLP() throws -> MultiObjectiveProblem {
        var model = Model(name: "three_objective")
        let x = try (1...3).map { try model.addVariable("x\($0)", upper: 3) }
        try model.addConstraint("total", x[0] + x[1] + x[2] <= 4)
        try model.addConstraint("least", x[0] + x[1] >= 1)
        try model.addConstraint("mix", x[0] + 2 * x[1] <= 6)
        let objectives = threeObjectiveCosts.enumerated().map { k, c in
            ObjectiveFunction(name: "f\(k + 1)", sense: threeObjectiveSenses[k],
                              expression: LinearExpression(terms: zip(x, c)))
        }
        return MultiObjectiveProblem(model: model, objectives: objectives)
    }

    /// Item data of a 0–1 knapsack with three objectives.
    static let itemWeights: [Double] = [3, 4, 2, 5, 3, 4]
    static let capacity = 10.0
    static let itemValues: [[Double]] = [[4, 2, 3, 5, 1, 3], [1, 5, 2, 2, 4, 3], [2, 1, 3, 2, 1, 2], [1, 1, 1, 1, 1, 1]]
    static let knapsackSenses: [ObjectiveSense] = [.maximize, .maximize, .minimize, .minimize]

    /// 0–1 knapsack: Σ weight·x ≤ 10, maximize value 1 and value 2, minimize cost and the number of
    /// items (the first `count` objectives).
    static func knapsack(objectives count: Int) throws -> MultiObjectiveProblem {
        var model = Model(name: "knapsack")
        let x = try (1...6).map { try model.addVariable("take\($0)", kind: .binary) }
        try model.addConstraint("capacity", LinearExpression(terms: zip(x, itemWeights)) <= capacity)
        let objectives = (0..<count).map { k in
            ObjectiveFunction(name: ["value1", "value2", "cost", "items"][k], sense: knapsackSenses[k],
                              expression: LinearExpression(terms: zip(x, itemValues[k])))
        }
        return MultiObjectiveProblem(model: model, objectives: objectives)
    }

    /// The knapsack's nondominated objective vectors (first `count` objectives, own senses) by enumerating
    /// all 64 item subsets.
    static func knapsackFront(objectives count: Int) -> [[Double]] {
        var images: [[Double]] = []
        for mask in 0..<64 {
            let x = (0..<6).map { Double((mask >> $0) & 1) }
            guard BruteForceMOLP.dot(x, itemWeights) <= capacity else { continue }
            images.append((0..<count).map { k in
                (knapsackSenses[k] == .minimize ? 1 : -1) * BruteForceMOLP.dot(x, itemValues[k])
            })
        }
        return BruteForceMOLP.nondominated(images).map { y in
            y.enumerated().map { k, v in knapsackSenses[k] == .minimize ? v : -v }
        }
    }
}
