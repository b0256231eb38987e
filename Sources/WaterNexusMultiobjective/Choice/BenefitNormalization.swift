import Foundation
import WaterNexusModel

/// Min–max normalization of objective values to benefit form on [0, 1] over a candidate set.
public enum BenefitNormalization {
    /// `(max − f) / (max − min)` for a minimized objective and `(f − min) / (max − min)` for a
    /// maximized one, per objective over the rows of `objectives`: 1 is the best candidate, 0 the worst.
    ///
    /// A constant objective (max = min) is normalized to 0 for every candidate: it does not
    /// discriminate, and every choice rule lets it contribute nothing.
    /// - Parameters:
    ///   - objectives: one row per candidate, one value per objective.
    ///   - senses: one sense per objective.
    public static func normalize(_ objectives: [[Double]], senses: [ObjectiveSense]) -> [[Double]] {
        var result = objectives
        for k in senses.indices {
            let column = objectives.map { $0[k] }
            guard let low = column.min(), let high = column.max() else { continue }
            let range = high - low
            for i in objectives.indices {
                if range > 0 {
                    result[i][k] = senses[k] == .minimize ? (high - column[i]) / range : (column[i] - low) / range
                } else {
                    result[i][k] = 0
                }
            }
        }
        return result
    }

    /// Whether objective k varies over the candidates (max > min).
    static func varies(_ objectives: [[Double]], _ k: Int) -> Bool {
        let column = objectives.map { $0[k] }
        guard let low = column.min(), let high = column.max() else { return false }
        return high > low
    }
}

/// Why a choice rule cannot be applied.
public enum ChoiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The preference weights do not fit the candidates.
    case invalidWeights(String)
    /// There are no candidates, or a candidate is malformed.
    case invalidCandidates(String)

    public var description: String {
        switch self {
        case let .invalidWeights(message): "invalid preference weights: \(message)"
        case let .invalidCandidates(message): "invalid candidates: \(message)"
        }
    }

    /// Checks weights and candidates: one finite weight ≥ 0 per objective, a finite γ in [0, 1]
    /// when given, at least one candidate, every candidate with one finite value per objective.
    public static func check(weights: [Double], gamma: Double? = nil, objectives: [[Double]], senses: [ObjectiveSense]) throws {
        guard weights.count == senses.count else {
            throw invalidWeights("\(weights.count) weights for \(senses.count) objectives; give one weight per objective")
        }
        guard weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw invalidWeights("\(weights) has a negative or non-finite weight; weights must be finite and ≥ 0")
        }
        if let gamma, !(gamma >= 0 && gamma <= 1) {
            throw invalidWeights("gamma is \(gamma); it must lie in [0, 1] (0: weighted sum, 1: classical random regret)")
        }
        guard !objectives.isEmpty else { throw invalidCandidates("the candidate set is empty") }
        for (i, row) in objectives.enumerated() {
            guard row.count == senses.count else {
                throw invalidCandidates("candidate \(i + 1) has \(row.count) objective values; expected \(senses.count)")
            }
            guard row.allSatisfy(\.isFinite) else { throw invalidCandidates("candidate \(i + 1) has a non-finite objective value") }
        }
    }
}

/// The index of the first maximum (or minimum) of `scores`.
func firstExtremum(_ scores: [Double], largest: Bool) -> (index: Int, value: Double) {
    var best = 0
    for i in scores.indices.dropFirst() where largest ? scores[i] > scores[best] : scores[i] < scores[best] { best = i }
    return (best, scores[best])
}
