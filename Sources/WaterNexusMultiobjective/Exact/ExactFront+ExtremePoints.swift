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
    public static func extremePoints(_ p: MultiObjectiveProblem, options: SolverOptions = .init()) throws -> [ParetoPoint] {
        try p.validate()
        let m = p.objectives.count
        guard m <= 3 else {
            throw ExactFrontError.invalidProblem("extremePoints handles 1 to 3 objectives, not \(m); use augmecon2 for more")
        }
        let starts = try payoffPoints(p, options: options)
        guard m > 1 else { return starts }
        var search = WeightSpaceSearch(problem: p, table: PayoffTable(rows: starts.map(\.objectives), senses: p.senses),
                                       options: options)
        for point in starts { search.insert(point) }
        try search.run()
        return filtered(search.points, p)
    }
}

/// The state of an exact weight-space search over normalized, minimized objectives.
struct WeightSpaceSearch {
    let problem: MultiObjectiveProblem
    let options: SolverOptions
    /// Normalized objective expressions (y_k = (g_k − ideal_k) / range_k).
    let normalized: [LinearExpression]
    let names: [String]
    var points: [ParetoPoint] = []
    var images: [[Double]] = []
    var verified: Set<[Int64]> = []

    /// A new point must beat the known envelope by this much; duplicates are closer than this.
    static let resolution = 1e-6

    init(problem: MultiObjectiveProblem, table: PayoffTable, options: SolverOptions) {
        self.problem = problem
        self.options = options
        names = problem.objectives.map(\.name)
        let ranges = table.ranges
        normalized = ExactFront.orientedExpressions(problem).enumerated().map { k, expression in
            let scale = ranges[k] > 0 ? 1 / ranges[k] : 1
            return (expression - problem.objectives[k].orientation * table.ideal[k]) * scale
        }
    }

    func image(of values: [Double]) -> [Double] { normalized.map { $0.value(at: values) } }

    /// Adds a point unless it duplicates a known one; returns whether it was added.
    @discardableResult
    mutating func insert(_ point: ParetoPoint) -> Bool {
        let y = image(of: point.values)
        let duplicate = images.contains { known in zip(known, y).allSatisfy { abs($0 - $1) <= Self.resolution } }
        guard !duplicate else { return false }
        points.append(point)
        images.append(y)
        return true
    }

    mutating func run() throws {
        var foundNew = true
        while foundNew {
            foundNew = false
            for i in images.indices {
                for w in WeightRegion.vertices(of: i, among: images) {
                    let key = w.map { Int64(($0 * 1e10).rounded()) }
                    if verified.contains(key) { continue }
                    let envelope = images.map { dot(w, $0) }.min()!
                    let values = try ExactFront.weightedOptimum(
                        over: problem.model, oriented: normalized, weights: w, options: options, names: names, refine: true)
                    let candidate = ExactFront.point(problem, values: values)
                    if dot(w, image(of: values)) < envelope - Self.resolution * max(1, abs(envelope)), insert(candidate) {
                        foundNew = true
                    } else {
                        verified.insert(key)
                    }
                }
            }
        }
    }

    func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
}

/// Weight regions: where in the weight simplex a point is the best of a finite set.
enum WeightRegion {
    /// Points closer than this are merged while clipping.
    static let tolerance = 1e-12

    /// The vertices of `{w ≥ 0, Σ w = 1 : w·y_i ≤ w·y_j for all j}` for 2 or 3 objectives, in cyclic order
    /// (empty when the region is empty).
    static func vertices(of i: Int, among images: [[Double]]) -> [[Double]] {
        let m = images[i].count
        var polygon: [[Double]] = (0..<m).map { k in (0..<m).map { $0 == k ? 1.0 : 0.0 } }
        for j in images.indices where j != i && !polygon.isEmpty {
            let normal = zip(images[i], images[j]).map { $0 - $1 }
            polygon = clip(polygon, normal: normal)
        }
        return polygon
    }

    /// Sutherland–Hodgman clipping of a convex polygon (or segment) by the half-space `normal·w ≤ 0`.
    static func clip(_ polygon: [[Double]], normal: [Double]) -> [[Double]] {
        let side = polygon.map { w in zip(normal, w).reduce(0) { $0 + $1.0 * $1.1 } }
        var result: [[Double]] = []
        for k in polygon.indices {
            let next = (k + 1) % polygon.count
            let inside = side[k] <= tolerance, nextInside = side[next] <= tolerance
            if inside { append(polygon[k], to: &result) }
            if inside != nextInside {
                let t = side[k] / (side[k] - side[next])
                append(zip(polygon[k], polygon[next]).map { $0 + t * ($1 - $0) }, to: &result)
            }
        }
        if result.count > 1, close(result[0], result[result.count - 1]) { result.removeLast() }
        return result
    }

    static func append(_ w: [Double], to result: inout [[Double]]) {
        if let last = result.last, close(last, w) { return }
        result.append(w)
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * 1e3 }
    }
}
