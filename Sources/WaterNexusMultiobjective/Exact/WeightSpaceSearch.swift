import WaterNexusGLPK
import WaterNexusModel

/// The state of an exact weight-space search over normalized, minimized objectives.
struct WeightSpaceSearch {
    let problem: MultiObjectiveProblem
    let solver: any LinearSolver
    /// Normalized objective expressions (y_k = (g_k − ideal_k) / range_k).
    let normalized: [LinearExpression]
    let names: [String]
    var points: [ParetoPoint] = []
    var images: [[Double]] = []
    var verified: Set<[Int64]> = []

    /// A new point must beat the known envelope by this much; duplicates are closer than this.
    static let resolution = 1e-6

    init(problem: MultiObjectiveProblem, table: PayoffTable, solver: any LinearSolver) {
        self.problem = problem
        self.solver = solver
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
                        over: problem.model, oriented: normalized, weights: w, solver: solver, names: names, refine: true)
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
