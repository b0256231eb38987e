/// The coverage or C-metric (Zitzler and Thiele 1999): the fraction of B weakly dominated by at least
/// one point of A. C(A, B) = 1 means A covers all of B; C is not symmetric, report both directions.
public enum Coverage {
    /// C(a, b) in [0, 1] (NaN when `b` is empty).
    public static func value(_ a: [[Double]], covers b: [[Double]]) -> Double {
        guard !b.isEmpty else { return .nan }
        let covered = b.filter { q in a.contains { ParetoDominance.weaklyDominates($0, q) } }.count
        return Double(covered) / Double(b.count)
    }
}
