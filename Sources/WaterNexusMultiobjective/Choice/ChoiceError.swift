import WaterNexusModel

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
