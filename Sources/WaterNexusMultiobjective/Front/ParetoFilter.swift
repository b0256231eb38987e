import WaterNexusModel

/// Keeps the nondominated points of a set.
public enum ParetoFilter {
    /// The points that no other point dominates, without duplicates, in a deterministic order.
    ///
    /// Values are compared with the tolerance `tolerance · max(1, |a|, |b|)`: `a` is no worse than `b`
    /// when it is at most that much worse, and better when it is more than that much better. A point is
    /// removed when another is no worse in every objective and better in one (dominated, including
    /// weakly dominated points that tie in some objectives), or when an earlier point ties in every
    /// objective (duplicate; the first in the output order is kept).
    ///
    /// Output order: by the first objective from best to worst (in its sense), then the second, and so
    /// on; exact ties keep their input order.
    /// - Parameters:
    ///   - points: candidate points (objectives in their own senses).
    ///   - senses: one sense per objective.
    ///   - tolerance: relative tolerance ≥ 0 (0 compares exactly).
    /// - Complexity: O(n² m) for n points and m objectives.
    public static func nondominated(_ points: [ParetoPoint], senses: [ObjectiveSense], tolerance: Double) -> [ParetoPoint] {
        nondominatedIndices(points.map(\.objectives), senses: senses, tolerance: tolerance).map { points[$0] }
    }

    /// The indices of the points ``nondominated(_:senses:tolerance:)`` keeps, in its output order.
    public static func nondominatedIndices(_ objectives: [[Double]], senses: [ObjectiveSense], tolerance: Double) -> [Int] {
        let oriented = objectives.map { orient($0, senses) }
        let order = oriented.indices.sorted { lexicographicallyBefore(oriented[$0], oriented[$1]) || (oriented[$0] == oriented[$1] && $0 < $1) }
        var kept: [Int] = []
        for candidate in order {
            let isDuplicate = kept.contains { ties(oriented[$0], oriented[candidate], tolerance) }
            if isDuplicate { continue }
            let isDominated = oriented.indices.contains { other in
                other != candidate && dominates(oriented[other], oriented[candidate], tolerance)
            }
            if !isDominated { kept.append(candidate) }
        }
        return kept
    }

    /// Objectives oriented for minimization (maximized ones negated).
    static func orient(_ objectives: [Double], _ senses: [ObjectiveSense]) -> [Double] {
        zip(objectives, senses).map { $1 == .minimize ? $0 : -$0 }
    }

    static func scale(_ a: Double, _ b: Double) -> Double { max(1, abs(a), abs(b)) }

    /// Whether `a` (minimized) is no worse than `b` everywhere and better somewhere, within tolerance.
    static func dominates(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
        var better = false
        for k in a.indices {
            let slack = tolerance * scale(a[k], b[k])
            if a[k] > b[k] + slack { return false }
            if a[k] < b[k] - slack { better = true }
        }
        return better
    }

    /// Whether `a` and `b` tie in every objective within tolerance.
    static func ties(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
        a.indices.allSatisfy { abs(a[$0] - b[$0]) <= tolerance * scale(a[$0], b[$0]) }
    }

    static func lexicographicallyBefore(_ a: [Double], _ b: [Double]) -> Bool {
        for k in a.indices where a[k] != b[k] { return a[k] < b[k] }
        return false
    }
}
