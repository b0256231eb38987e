import Testing
import WaterNexusMultiobjective

struct MorimeSortingTests {
    func feasible(_ f: [Double]) -> ProblemEvaluation { ProblemEvaluation(objectives: f) }

    /// Points 0:(1,4) 1:(2,2) 2:(4,1) 3:(3,3) 4:(4,4), 5: (0,0) infeasible by 0.5, 6: (0,0) infeasible by 2.
    /// Front 1: 0, 1, 2 (mutually nondominated); 3 is dominated by 1 only, 4 by 3: fronts {3}, {4};
    /// infeasible points come after every feasible one, the smaller violation first: {5}, {6}.
    @Test func frontsFollowDebsRules() {
        var points = [[1, 4], [2, 2], [4, 1], [3, 3], [4, 4]].map(feasible)
        points.append(ProblemEvaluation(objectives: [0, 0], violation: 0.5))
        points.append(ProblemEvaluation(objectives: [0, 0], violation: 2))
        #expect(NondominatedSorting.fronts(points) == [[0, 1, 2], [3], [4], [5], [6]])
        #expect(NondominatedSorting.ranks(points) == [1, 1, 1, 2, 3, 4, 5])
    }

    /// Front (1,4), (2,2), (4,1): ranges 3 and 3. The middle point's neighbours differ by 4 − 1 = 3 in f₁
    /// and 4 − 1 = 3 in f₂: crowding 3/3 + 3/3 = 2; the ends are infinite.
    @Test func crowdingDistanceByHand() {
        let points = [[1, 4], [2, 2], [4, 1]].map(feasible)
        #expect(NondominatedSorting.crowdingDistances([0, 1, 2], in: points) == [.infinity, 2, .infinity])
    }

    /// min (x₁, x₂) subject to x₁ + x₂ ≥ 1 on [0, 1]², with no repair: Deb's rules must lead the archive
    /// to the feasible segment x₁ + x₂ = 1, whose dominated area up to (1, 1) is 1/2.
    @Test func constrainedProblemReachesTheFeasibleFront() throws {
        let problem = ClosureProblem(lowerBounds: [0, 0], upperBounds: [1, 1], objectiveCount: 2,
                                     objectives: { $0 }, violation: { max(0, 1 - $0[0] - $0[1]) })
        let result = try MORIME.run(problem, options: MORIMEOptions(populationSize: 50, stop: .iterations(100), archiveSize: 50, seed: 9))
        #expect(result.front.count > 10)
        #expect(result.front.allSatisfy { $0.x[0] + $0.x[1] >= 1 })
        let hv = Hypervolume.exact(result.frontObjectives, reference: [1, 1])
        #expect(hv > 0.45 && hv <= 0.5, "hypervolume \(hv)")
    }
}

/// The fronts of the sorting agree with the layered definition, computed here by brute force: front 1 is
/// the set of points no other point constrained-dominates; remove it and repeat.
struct MorimeSortingAgainstPeelingTests {
    static func peeled(_ points: [ProblemEvaluation]) -> [[Int]] {
        var left = Array(points.indices), fronts: [[Int]] = []
        while !left.isEmpty {
            let front = left.filter { i in !left.contains { ParetoDominance.constrainedDominates(points[$0], points[i]) } }
            fronts.append(front)
            left.removeAll { front.contains($0) }
        }
        return fronts
    }

    /// Random sets in 2–4 objectives on a coarse grid (so duplicates and ties occur), some infeasible.
    @Test(arguments: [2, 3, 4])
    func frontsEqualPeeling(objectives m: Int) {
        var generator = SeededGenerator(seed: UInt64(m))
        for _ in 0..<40 {
            let n = 1 + generator.nextIndex(below: 60)
            let points = (0..<n).map { _ in
                ProblemEvaluation(objectives: (0..<m).map { _ in Double(generator.nextIndex(below: 6)) },
                                  violation: generator.nextUnit() < 0.2 ? Double(generator.nextIndex(below: 3)) : 0)
            }
            #expect(NondominatedSorting.fronts(points) == Self.peeled(points))
        }
    }
}
