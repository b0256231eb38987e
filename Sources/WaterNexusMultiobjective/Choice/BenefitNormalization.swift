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

/// The index of the first maximum (or minimum) of `scores`.
func firstExtremum(_ scores: [Double], largest: Bool) -> (index: Int, value: Double) {
    var best = 0
    for i in scores.indices.dropFirst() where largest ? scores[i] > scores[best] : scores[i] < scores[best] { best = i }
    return (best, scores[best])
}
