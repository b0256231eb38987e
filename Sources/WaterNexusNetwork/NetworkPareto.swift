/// The cost–carbon trade-off by the ε-constraint method: every point minimizes cost under an emission cap
/// and is solved to global optimality within the gap (its status and bounds say so).
public enum NetworkPareto {
    /// One point of the front.
    public struct Point: Sendable {
        /// The emission cap imposed (kgCO2/yr); nil for the unconstrained minimum-cost point.
        public var cap: Double?
        public var result: NetworkResult
    }

    /// `count` ≥ 2 points from minimum emissions to the emissions of the minimum-cost design.
    /// `options.timeLimit` applies to each solve.
    public static func front(_ network: NetworkModel, count: Int, options: NetworkSolveOptions = NetworkSolveOptions()) throws -> [Point] {
        var costOptions = options
        costOptions.objective = .cost
        let cheapest = try NetworkSolver.solve(network, options: costOptions)
        guard let high = cheapest.evaluation?.emissions.total else { return [Point(cap: nil, result: cheapest)] }
        var carbonOptions = options
        carbonOptions.objective = .emissions
        let cleanest = try NetworkSolver.solve(network, options: carbonOptions)
        // A cap at the certified lower bound of emissions is the tightest one that is surely feasible only
        // when the gap is closed; use the cleanest verified design's emissions.
        guard let low = cleanest.upperBound, high > low * (1 + 1e-9) else { return [Point(cap: nil, result: cheapest)] }
        var points: [Point] = []
        let n = max(count, 2)
        for i in 0..<n {
            let cap = low + (high - low) * Double(i) / Double(n - 1)
            var capped = costOptions
            capped.carbonCap = i == n - 1 ? nil : cap * (1 + 1e-9)
            points.append(Point(cap: i == n - 1 ? nil : cap, result: i == n - 1 ? cheapest : try NetworkSolver.solve(network, options: capped)))
        }
        return points
    }
}
