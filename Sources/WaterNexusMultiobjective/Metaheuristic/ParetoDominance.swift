/// Pareto dominance for minimization, with Deb's constraint rules.
public enum ParetoDominance {
    /// Whether `a` dominates `b`: no worse in every objective and better in at least one.
    @inlinable
    public static func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        var better = false
        for k in a.indices {
            if a[k] > b[k] { return false }
            if a[k] < b[k] { better = true }
        }
        return better
    }

    /// Whether `a` weakly dominates `b`: no worse in every objective.
    @inlinable
    public static func weaklyDominates(_ a: [Double], _ b: [Double]) -> Bool {
        for k in a.indices where a[k] > b[k] { return false }
        return true
    }

    /// Deb's constrained dominance: a feasible point beats an infeasible one, of two infeasible
    /// points the smaller violation wins, and two feasible points compare by Pareto dominance.
    @inlinable
    public static func constrainedDominates(_ a: ProblemEvaluation, _ b: ProblemEvaluation) -> Bool {
        switch (a.violation <= 0, b.violation <= 0) {
        case (true, false): true
        case (false, true): false
        case (false, false): a.violation < b.violation
        case (true, true): dominates(a.objectives, b.objectives)
        }
    }

    /// The points of `points` not dominated by any other, in their original order (duplicates kept once).
    /// - Complexity: O(M n²).
    public static func nondominated(_ points: [[Double]]) -> [[Double]] {
        var kept: [[Double]] = []
        for (i, p) in points.enumerated() {
            var dominated = false
            for (k, q) in points.enumerated() where k != i {
                if dominates(q, p) || (k < i && q == p) { dominated = true; break }
            }
            if !dominated { kept.append(p) }
        }
        return kept
    }
}
