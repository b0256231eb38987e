import WaterNexusModel

/// Chooses the candidate with the largest weighted sum `Σ_k β_k x_ik` of benefit-normalized
/// attributes (``BenefitNormalization``); ties: the lowest index. Constant attributes contribute 0.
public struct WeightedSumChoice: Sendable {
    /// Attribute weights β_k, one per objective.
    public var beta: [Double]

    /// A rule with weights `beta`.
    public init(beta: [Double]) { self.beta = beta }

    /// The weighted score of every candidate (larger is better).
    /// - Throws: ``ChoiceError`` unless there is one weight per objective (finite, ≥ 0) and at least one
    ///   candidate, each with one finite value per objective.
    public func scores(_ objectives: [[Double]], senses: [ObjectiveSense]) throws -> [Double] {
        try ChoiceError.check(weights: beta, gamma: nil, objectives: objectives, senses: senses)
        return BenefitNormalization.normalize(objectives, senses: senses).map { row in
            zip(beta, row).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }

    /// The candidate with the largest score (ties: the lowest index) and its score.
    /// - Throws: ``ChoiceError``, as for the scores.
    public func choose(_ points: [ParetoPoint], senses: [ObjectiveSense]) throws -> (index: Int, score: Double) {
        let best = firstExtremum(try scores(points.map(\.objectives), senses: senses), largest: true)
        return (best.index, best.value)
    }
}
