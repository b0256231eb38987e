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
    /// divisions of the weight simplex (weighted sums; ignored for vertices).
    public func front(_ problem: MultiObjectiveProblem, points: Int) throws -> [ParetoPoint] {
        switch self {
        case .augmecon2:
            return try ExactFront.augmecon2(problem, gridPoints: points)
        case .vertices:
            return try ExactFront.extremePoints(problem)
        case .weighted:
            let weights = FrontMethod.simplexLattice(dimension: problem.objectives.count, divisions: max(points, 1))
            let found = try ExactFront.weightedSum(problem, weights: weights)
            return ParetoFilter.nondominated(found, senses: problem.senses, tolerance: ExactFront.filterTolerance)
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
