import WaterNexusGLPK
import WaterNexusModel

/// Brute force written for the tests, independent of the library's sign rules: solve the point LP built
/// by `build` at every combination of lower/upper choices of `count` interval parameters, and return the
/// smallest and largest optimum (nil when no vertex is optimal).
func vertexOptima(count: Int, _ build: ([Bool]) throws -> Model) throws -> (lowest: Double, highest: Double)? {
    var highest = -Double.infinity, lowest = Double.infinity
    for mask in 0..<(1 << count) {
        let choice = (0..<count).map { (mask >> $0) & 1 == 1 }
        let solution = try GLPKSolver.solve(try build(choice))
        guard solution.status == .optimal, let f = solution.objective else { continue }
        highest = max(highest, f)
        lowest = min(lowest, f)
    }
    return highest >= lowest ? (lowest, highest) : nil
}

/// Picks a parameter's bound: `upper` chooses the upper bound.
func pick(_ lower: Double, _ upper: Double, _ upperChosen: Bool) -> Double { upperChosen ? upper : lower }
