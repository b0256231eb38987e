import WaterNexusModel

/// A rule for choosing one point of a front.
public enum ChoiceRule: String, Sendable, CaseIterable {
    /// ``RegretChoice`` (least regret).
    case regret
    /// ``WeightedSumChoice`` (largest weighted sum of benefit-normalized objectives).
    case weighted
    /// ``TOPSISChoice`` (closest to the ideal).
    case topsis

    /// What the rule's score means and which way is better.
    public var scoreName: String {
        switch self {
        case .regret: "regret (lower is better)"
        case .weighted: "weighted score (higher is better)"
        case .topsis: "closeness (higher is better)"
        }
    }
}

/// The outcome of choosing a point of a front table.
public struct FrontChoiceResult: Sendable, Equatable {
    /// The rule applied.
    public var rule: ChoiceRule
    /// Indices (into the table's points) of the candidates: the table's points without duplicates and
    /// dominated points, in ``ParetoFilter`` order.
    public var candidates: [Int]
    /// The rule's score for each candidate, parallel to ``candidates``.
    public var scores: [Double]
    /// The index (into the table's points) of the chosen point.
    public var chosen: Int
}

/// Applies a choice rule to a front table.
public enum FrontChoice {
    /// Tolerance (relative) used to de-duplicate the table's points before choosing.
    public static let tolerance = 1e-9

    /// Chooses a point of `table` with `rule`, weights `beta` (one per objective) and, for the regret
    /// rule, γ = `gamma`. The candidates are the table's points without duplicates and dominated points.
    /// - Throws: ``ChoiceError`` for weights that do not fit or an empty table.
    public static func choose(_ table: FrontTable, rule: ChoiceRule, beta: [Double], gamma: Double = 1) throws -> FrontChoiceResult {
        let objectives = table.points.map(\.objectives)
        try ChoiceError.check(weights: beta, gamma: rule == .regret ? gamma : nil, objectives: objectives, senses: table.senses)
        let candidates = ParetoFilter.nondominatedIndices(objectives, senses: table.senses, tolerance: tolerance)
        let kept = candidates.map { objectives[$0] }
        let scores: [Double] = switch rule {
        case .regret: try RegretChoice(beta: beta, gamma: gamma).regrets(kept, senses: table.senses)
        case .weighted: try WeightedSumChoice(beta: beta).scores(kept, senses: table.senses)
        case .topsis: try TOPSISChoice(beta: beta).closeness(kept, senses: table.senses)
        }
        let best = firstExtremum(scores, largest: rule != .regret)
        return FrontChoiceResult(rule: rule, candidates: candidates, scores: scores, chosen: candidates[best.index])
    }
}
