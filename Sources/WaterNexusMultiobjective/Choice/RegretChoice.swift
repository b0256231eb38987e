import Foundation
import WaterNexusModel

/// The generalized random regret minimization rule (GRRM, Chorus 2014) for choosing among candidates.
///
/// With attributes normalized to benefit form on [0, 1] over the candidates (``BenefitNormalization``),
/// the regret of candidate i is `R_i = Σ_{j≠i} Σ_k ln(γ + exp(β_k (x_jk − x_ik)))`; the chosen candidate
/// minimizes it (ties: lowest index). γ = 1 is classical random regret minimization; γ = 0 makes
/// `R_i = Σ_k β_k Σ_{j≠i} (x_jk − x_ik)`, which ranks like the weighted sum `Σ_k β_k x_ik`. Constant
/// attributes contribute 0 (they are left out of the sum).
public struct RegretChoice: Sendable {
    /// Attribute weights β_k, one per objective.
    public var beta: [Double]
    /// The regret parameter γ in [0, 1].
    public var gamma: Double

    /// A rule with weights `beta` and regret parameter `gamma` (see ``ChoiceError/check(weights:gamma:objectives:senses:)``).
    public init(beta: [Double], gamma: Double = 1) {
        self.beta = beta
        self.gamma = gamma
    }

    /// `ln(γ + eᶻ)` without overflow or cancellation: z itself for γ = 0, else a log-sum-exp
    /// `max(z, ln γ) + log1p(exp(−|z − ln γ|))` (for γ = 1 the stable softplus).
    public static func attributeRegret(_ z: Double, gamma: Double) -> Double {
        guard gamma > 0 else { return z }
        return attributeRegret(z, logGamma: log(gamma))
    }

    /// ``attributeRegret(_:gamma:)`` for γ > 0 given ln γ.
    @inline(__always)
    static func attributeRegret(_ z: Double, logGamma: Double) -> Double {
        max(z, logGamma) + log1p(exp(-abs(z - logGamma)))
    }

    /// The regret of every candidate.
    /// - Parameters:
    ///   - objectives: one row per candidate, in each objective's own sense and units.
    ///   - senses: one sense per objective.
    /// - Throws: ``ChoiceError`` unless there is one weight per objective (finite, ≥ 0) and at least one
    ///   candidate, each with one finite value per objective.
    /// - Complexity: O(n² m) for n candidates and m objectives, spread over every core (each candidate's
    ///   sum is computed in the same order whatever the thread count).
    public func regrets(_ objectives: [[Double]], senses: [ObjectiveSense]) throws -> [Double] {
        try ChoiceError.check(weights: beta, gamma: gamma, objectives: objectives, senses: senses)
        let x = BenefitNormalization.normalize(objectives, senses: senses)
        let attributes = senses.indices.filter { BenefitNormalization.varies(objectives, $0) }
        let (beta, gamma) = (beta, gamma)
        let logGamma = gamma > 0 ? log(gamma) : 0
        let threads = x.count >= 200 ? ParallelEvaluation.threadCount(nil) : 1
        return ParallelEvaluation.map(count: x.count, threads: threads) { i in
            var regret = 0.0
            for j in x.indices where j != i {
                for k in attributes {
                    let z = beta[k] * (x[j][k] - x[i][k])
                    regret += gamma > 0 ? Self.attributeRegret(z, logGamma: logGamma) : z
                }
            }
            return regret
        }
    }

    /// The candidate with the least regret (ties: the lowest index) and its regret.
    /// - Throws: ``ChoiceError``, as for the scores.
    public func choose(_ points: [ParetoPoint], senses: [ObjectiveSense]) throws -> (index: Int, regret: Double) {
        let best = firstExtremum(try regrets(points.map(\.objectives), senses: senses), largest: false)
        return (best.index, best.value)
    }
}
