import WaterNexusModel

/// Chooses the candidate with the largest weighted sum `Σ_k β_k x_ik` of benefit-normalized
/// attributes (``BenefitNormalization``); ties: the lowest index. Constant attributes contribute 0.
public struct WeightedSumChoice: Sendable {
    /// Attribute weights β_k, one per objective.
    public var beta: [Double]

    /// A rule with weights `beta`.
    public init(beta: [Double]) { self.beta = beta }

    /// The weighted score of every candidate (larger is better).
    /// - Precondition: `beta.count == senses.count` and every row has that many values.
    public func scores(_ objectives: [[Double]], senses: [ObjectiveSense]) -> [Double] {
        precondition(beta.count == senses.count, "WeightedSumChoice has \(beta.count) weights for \(senses.count) objectives")
        return BenefitNormalization.normalize(objectives, senses: senses).map { row in
            zip(beta, row).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }

    /// The candidate with the largest score (ties: the lowest index) and its score.
    /// - Precondition: `points` is not empty.
    public func choose(_ points: [ParetoPoint], senses: [ObjectiveSense]) -> (index: Int, score: Double) {
        let best = firstExtremum(scores(points.map(\.objectives), senses: senses), largest: true)
        return (best.index, best.value)
    }
}
