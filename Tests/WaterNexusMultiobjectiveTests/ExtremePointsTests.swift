import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusMultiobjective

/// The largest t with `Σ_j λ_j e_j + t·1 ≤ y` (objectives oriented for minimization), λ in the unit
/// simplex, e_j the extreme points: y lies in `conv(E) + ℝᵐ₊` exactly when t ≥ 0, and on its boundary
/// (the front of an MOLP, weakly nondominated points included) when also t ≤ 0. Solved as a small LP.
func frontGap(_ y: [Double], extreme: [[Double]], senses: [ObjectiveSense]) throws -> Double {
    var model = Model()
    let lambda = try extreme.map { _ in try model.addVariable(lower: 0) }
    let t = try model.addVariable("t", lower: -.infinity)
    try model.addConstraint(lambda.sum() == 1)
    let target = oriented(y, senses)
    for k in target.indices {
        let row = LinearExpression(terms: zip(lambda, extreme.map { oriented($0, senses)[k] })) + t
        try model.addConstraint(row <= target[k])
    }
    try model.setObjective(.maximize, t.expression)
    let solution = try GLPKSolver.solve(model)
    #expect(solution.status == .optimal)
    return solution.objective ?? .nan
}

struct ExtremePointsTests {
    /// The front worked out by hand in ``TextbookProblems/twoObjectiveLP()``: (10,1), (6,−5), (3,−6);
    /// the brute-force weight-space reference agrees.
    @Test func twoObjectiveExtremePoints() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        let points = try ExactFront.extremePoints(problem)
        #expect(sameSet(points.map(\.objectives), [[10, 1], [6, -5], [3, -6]]), "\(points.map(\.objectives))")
        let images = [[0, 0], [3, 0], [3, 1], [1, 3], [0, 3]].map { x in
            oriented([3 * x[0] + x[1], x[0] - 2 * x[1]], problem.senses)
        }
        let reference = BruteForceMOLP.extremeNondominated(images).map { oriented($0, problem.senses) }
        #expect(sameSet(reference, [[10, 1], [6, -5], [3, -6]]))
        // The gap measure itself. (0, 0) is dominated: oriented it is (0, 0); the extreme points are
        // (−10, 1), (−6, −5), (−3, −6); λ on (−6, −5) alone gives t = min(6, 5) = 5; mixing in (−10, 1)
        // with weight μ gives min(6 + 4μ, 5 − 6μ) ≤ 5; mixing in (−3, −6) gives min(6 − 3μ, 5 + μ), largest
        // at μ = 1/4: t = 5.25. (11, 1) is beyond the front: t < 0.
        #expect(abs(try frontGap([0, 0], extreme: points.map(\.objectives), senses: problem.senses) - 5.25) < 1e-7)
        #expect(try frontGap([11, 1], extreme: points.map(\.objectives), senses: problem.senses) < 0)
    }

    /// Three objectives, mixed senses: the reference enumerates the polytope's vertices (every set of
    /// three tight rows out of nine) and decomposes the weight triangle by brute force.
    @Test func threeObjectiveExtremePointsMatchBruteForce() throws {
        let problem = try TextbookProblems.threeObjectiveLP()
        let senses = problem.senses
        let vertices = BruteForceMOLP.vertices(rows: TextbookProblems.threeObjectiveRows, rhs: TextbookProblems.threeObjectiveRHS)
        let images = vertices.map { x in
            oriented(TextbookProblems.threeObjectiveCosts.map { BruteForceMOLP.dot($0, x) }, senses)
        }
        let reference = BruteForceMOLP.extremeNondominated(images).map { oriented($0, senses) }
        let points = try ExactFront.extremePoints(problem)
        #expect(reference.count >= 4)
        #expect(sameSet(points.map(\.objectives), reference), "\(points.map(\.objectives)) vs \(reference)")
        for point in points {
            #expect(problem.model.violatedNames(at: point.values).isEmpty)
            #expect(sameSet([problem.objectiveValues(at: point.values)], [point.objectives]))
        }
    }

    /// AUGMECON2 and the extreme points are consistent: no point of one set dominates a point of the
    /// other, and every AUGMECON2 point lies on the boundary of conv(extreme points) + ℝᵐ₊ (see
    /// ``frontGap(_:extreme:senses:)``). In 2-D every AUGMECON2 point also lies on an edge between
    /// adjacent extreme points.
    @Test func augmecon2PointsLieOnTheFront() throws {
        for problem in [try TextbookProblems.twoObjectiveLP(), try TextbookProblems.threeObjectiveLP()] {
            let extreme = try ExactFront.extremePoints(problem)
            let grid = try ExactFront.augmecon2(problem, gridPoints: 6)
            #expect(grid.count >= extreme.count)
            for a in grid {
                for e in extreme {
                    #expect(!dominates(e.objectives, a.objectives, problem.senses), "\(e.objectives) dominates \(a.objectives)")
                    #expect(!dominates(a.objectives, e.objectives, problem.senses), "\(a.objectives) dominates \(e.objectives)")
                }
                let gap = try frontGap(a.objectives, extreme: extreme.map(\.objectives), senses: problem.senses)
                #expect(abs(gap) < 1e-6, "\(a.objectives) is \(gap) off the front")
            }
            guard problem.objectives.count == 2 else { continue }
            // Extreme points come sorted by f1; consecutive ones are adjacent on the 2-D front.
            for a in grid {
                let onEdge = zip(extreme, extreme.dropFirst()).contains { p, q in
                    let t = (a.objectives[0] - p.objectives[0]) / (q.objectives[0] - p.objectives[0])
                    let f2 = p.objectives[1] + t * (q.objectives[1] - p.objectives[1])
                    return t >= -1e-9 && t <= 1 + 1e-9 && abs(f2 - a.objectives[1]) < 1e-6
                }
                #expect(onEdge, "\(a.objectives) is not on the front")
            }
        }
    }

    /// Supported extreme points of the knapsack MILP: each must be among the enumerated nondominated
    /// points, and the weighted optimum for any weights must be matched by one of them.
    @Test func milpSupportedPointsAreNondominated() throws {
        let problem = try TextbookProblems.knapsack(objectives: 2)
        let supported = try ExactFront.extremePoints(problem)
        let front = TextbookProblems.knapsackFront(objectives: 2)
        #expect(supported.allSatisfy { p in sameSet([p.objectives], front.filter { sameSet([$0], [p.objectives]) }) })
        for w in stride(from: 0.05, through: 0.95, by: 0.1) {
            let best = front.map { w * -$0[0] + (1 - w) * -$0[1] }.min()!
            let reached = supported.map { w * -$0.objectives[0] + (1 - w) * -$0.objectives[1] }.min()!
            #expect(abs(best - reached) < 1e-9)
        }
    }

    @Test func fourObjectivesAreRefused() throws {
        var problem = try TextbookProblems.threeObjectiveLP()
        problem.objectives.append(problem.objectives[0])
        #expect(throws: ExactFrontError.self) { try ExactFront.extremePoints(problem) }
    }
}

struct WeightedSumTests {
    /// Weights (1,0) and (0,1) give the lexicographic ends (10,1) and (3,−6) (refined, so never the
    /// weakly efficient (3,−5)…); weights (1,1) minimize −f1 + f2, which is −9, −12, −9 at the three
    /// extreme points, so (6,−5).
    @Test func weightsPickTheExpectedVertices() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        let points = try ExactFront.weightedSum(problem, weights: [[1, 0], [0, 1], [1, 1]])
        #expect(sameSet([points[0].objectives], [[10, 1]]))
        #expect(sameSet([points[1].objectives], [[3, -6]]))
        #expect(sameSet([points[2].objectives], [[6, -5]]))
        #expect(throws: ExactFrontError.self) { try ExactFront.weightedSum(problem, weights: [[0, 0]]) }
        #expect(throws: ExactFrontError.self) { try ExactFront.weightedSum(problem, weights: [[1, -1]]) }
        #expect(throws: ExactFrontError.self) { try ExactFront.weightedSum(problem, weights: [[1]]) }
    }
}
