import WaterNexusGLPK
import WaterNexusMultiobjective

/// How the exact nondominated set is sampled.
public enum FrontMethod: String, Sendable, CaseIterable {
    /// AUGMECON2 on a grid of the constrained objectives (points between the extreme points too).
    case augmecon2
    /// The nondominated extreme points (vertices) by weight-space search.
    case vertices
    /// Weighted sums on a simplex-lattice of weights (`points` divisions per weight).
    case weighted

    /// The front of `problem` by this method; `points` is the grid size (AUGMECON2) or the number of
    /// divisions of the weight simplex (weighted sums; ignored for vertices); every model is solved by `solver`.
    public func front(_ problem: MultiObjectiveProblem, points: Int, solver: some LinearSolver = GLPKSolver()) throws -> [ParetoPoint] {
        switch self {
        case .augmecon2:
            return try FrontMethod.coveringAUGMECON2(problem, gridPoints: points, solver: solver)
        case .vertices:
            return try ExactFront.extremePoints(problem, solver: solver)
        case .weighted:
            let weights = FrontMethod.simplexLattice(dimension: problem.objectives.count, divisions: max(points, 1))
            let found = try ExactFront.weightedSum(problem, weights: weights, solver: solver)
            return ParetoFilter.nondominated(found, senses: problem.senses, tolerance: ExactFront.filterTolerance)
        }
    }

    /// AUGMECON2 run once with each objective as the primary one; the union of the points, filtered.
    ///
    /// AUGMECON2 grids each constrained objective from its payoff-table nadir to its ideal. With three or
    /// more objectives the payoff-table nadir can fall short of the front's true worst value, and the grid
    /// then misses part of the front (in the Yiwu case with f1 primary: the whole f1 = 0 face where
    /// recycled water trades f2 against f3, because the payoff-table "worst" f2 is the f2 of the
    /// least-emission full supply). Running every objective as the primary and merging the points covers
    /// the front whenever, for at least one primary, the other objectives' payoff ranges are exact.
    /// The lexicographic optima for every order of the objectives (the front's exact corners, e.g. the
    /// least f3 without shortage) are added too (for up to 4 objectives).
    /// - Complexity: m AUGMECON2 runs of at most (gridPoints + 1)^(m−1) solves each, plus m!·m solves.
    public static func coveringAUGMECON2(
        _ problem: MultiObjectiveProblem, gridPoints: Int, solver: some LinearSolver = GLPKSolver()
    ) throws -> [ParetoPoint] {
        var all: [ParetoPoint] = []
        if problem.objectives.count <= 4 {
            for order in permutations(Array(problem.objectives.indices)) {
                all.append(try ExactFront.lexicographicOptimum(problem, order: order, solver: solver))
            }
        }
        for primary in problem.objectives.indices {
            all += try ExactFront.augmecon2(problem, gridPoints: gridPoints, primary: primary, solver: solver)
        }
        return ParetoFilter.nondominated(all, senses: problem.senses, tolerance: ExactFront.filterTolerance)
    }

    /// Every ordering of `items`, in lexicographic order of positions.
    static func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { k -> [[Int]] in
            var rest = items
            let first = rest.remove(at: k)
            return permutations(rest).map { [first] + $0 }
        }
    }

    /// All weight vectors with entries k/divisions summing to 1, in lexicographic order.
    public static func simplexLattice(dimension: Int, divisions: Int) -> [[Double]] {
        guard dimension > 1 else { return [[1]] }
        var result: [[Double]] = []
        func fill(_ prefix: [Int], _ left: Int) {
            if prefix.count == dimension - 1 {
                result.append((prefix + [left]).map { Double($0) / Double(divisions) })
                return
            }
            for k in stride(from: left, through: 0, by: -1) { fill(prefix + [k], left - k) }
        }
        fill([], divisions)
        return result
    }
}
