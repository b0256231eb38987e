import Foundation
import WaterNexusModel

/// TOPSIS (Hwang & Yoon 1981): vector normalization `r_ik = f_ik / √(Σ_i f_ik²)`, weighting
/// `v_ik = β_k r_ik`, ideal and anti-ideal per objective (best and worst in its sense), and closeness
/// `C_i = D⁻_i / (D⁺_i + D⁻_i)` from the Euclidean distances to them. The chosen candidate maximizes
/// C_i (ties: the lowest index). A constant attribute (or one that is 0 everywhere) contributes 0 to both
/// distances; when every candidate coincides, every closeness is 0.
public struct TOPSISChoice: Sendable {
    /// Attribute weights β_k, one per objective.
    public var beta: [Double]

    /// A rule with weights `beta`.
    public init(beta: [Double]) { self.beta = beta }

    /// The closeness of every candidate to the ideal, in [0, 1] (larger is better).
    /// - Throws: ``ChoiceError`` unless there is one weight per objective (finite, ≥ 0) and at least one
    ///   candidate, each with one finite value per objective.
    public func closeness(_ objectives: [[Double]], senses: [ObjectiveSense]) throws -> [Double] {
        try ChoiceError.check(weights: beta, gamma: nil, objectives: objectives, senses: senses)
        var v = objectives
        var ideal = [Double](repeating: 0, count: senses.count), antiIdeal = ideal
        for k in senses.indices {
            let norm = objectives.reduce(0) { $0 + $1[k] * $1[k] }.squareRoot()
            for i in objectives.indices { v[i][k] = norm > 0 ? beta[k] * objectives[i][k] / norm : 0 }
            let column = v.map { $0[k] }
            let low = column.min() ?? 0, high = column.max() ?? 0
            ideal[k] = senses[k] == .minimize ? low : high
            antiIdeal[k] = senses[k] == .minimize ? high : low
        }
        return v.map { row in
            let toIdeal = distance(row, ideal), toAntiIdeal = distance(row, antiIdeal)
            return toIdeal + toAntiIdeal > 0 ? toAntiIdeal / (toIdeal + toAntiIdeal) : 0
        }
    }

    func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }

    /// The candidate closest to the ideal (ties: the lowest index) and its closeness.
    /// - Throws: ``ChoiceError``, as for the scores.
    public func choose(_ points: [ParetoPoint], senses: [ObjectiveSense]) throws -> (index: Int, closeness: Double) {
        let best = firstExtremum(try closeness(points.map(\.objectives), senses: senses), largest: true)
        return (best.index, best.value)
    }
}
