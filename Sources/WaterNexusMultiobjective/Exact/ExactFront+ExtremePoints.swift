import WaterNexusGLPK
import WaterNexusModel

extension ExactFront {
    /// All nondominated extreme points of a multiobjective LP with 2 or 3 objectives, by an exact
    /// weight-space decomposition.
    ///
    /// Method. Objectives are oriented for minimization and normalized by the payoff table,
    /// `y_k = (g_k − ideal_k) / range_k` (extreme points do not change under positive scaling). The search
    /// starts from the payoff table's lexicographic optima. For every known point `y` it computes the
    /// weight region `W(y) = {w ∈ simplex : w·y ≤ w·y' for every known y'}` (an interval for 2
    /// objectives, a polygon clipped from the weight triangle for 3) and solves the weighted sum at each
    /// vertex `w` of that region, refined lexicographically so the optimum is an extreme point of the
    /// upper image `Y + ℝᵐ₊`. When the optimum beats every known point at `w` (by more than 10⁻⁶ in
    /// normalized units) it is a new extreme point; otherwise `w` is verified and never solved again.
    /// The search stops when every vertex of every region is verified. This is exact: the known points'
    /// lower envelope `ψ(w) = min_y w·y` is piecewise linear over the regions and at least the true
    /// optimal value `φ(w)`, which is concave; if they agree at every region vertex they agree
    /// everywhere, so every extreme point (each optimal on an open set of weights) is known. For a MILP
    /// the same search returns its extreme supported nondominated points.
    ///
    /// - Complexity: each extreme point costs at most the solves at the vertices of its region, each
    ///   m + 1 LPs (weighted sum and lexicographic refinement), plus the payoff table's m²; region
    ///   building is O(N²) per pass over N known points, with at most N + 1 passes.
    /// - Throws: ``ExactFrontError/invalidProblem(_:)`` for more than 3 objectives.
    public static func extremePoints(_ p: MultiObjectiveProblem, solver: some LinearSolver = GLPKSolver()) throws -> [ParetoPoint] {
        try p.validate()
        let m = p.objectives.count
        guard m <= 3 else {
            throw ExactFrontError.invalidProblem("extremePoints handles 1 to 3 objectives, not \(m); use augmecon2 for more")
        }
        let starts = try payoffPoints(p, solver: solver)
        guard m > 1 else { return starts }
        var search = WeightSpaceSearch(problem: p, table: PayoffTable(rows: starts.map(\.objectives), senses: p.senses),
                                       solver: solver)
        for point in starts { search.insert(point) }
        try search.run()
        return filtered(search.points, p)
    }
}
