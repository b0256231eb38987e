/// The cost–carbon trade-off by the ε-constraint method: every point minimizes cost under an emission cap
/// and is solved to global optimality within the gap (its status and bounds say so).
public enum NetworkPareto {
    /// One point of the front.
    public struct Point: Sendable {
        /// The emission cap imposed (kgCO2/yr); nil for the unconstrained minimum-cost point.
        public var cap: Double?
        public var result: NetworkResult
    }

    /// The front with the two single-objective solves it starts from.
    public struct Front: Sendable {
        /// The ε-constraint points, from the tightest cap to the minimum-cost point.
        public var points: [Point]
        /// The minimum-cost solve (also the last point).
        public var cheapest: NetworkResult
        /// The minimum-emissions solve (its bounds certify the emission minimum); nil when the minimum-cost
        /// solve found no design, so that no front was computed.
        public var cleanest: NetworkResult?
    }

    /// `count` ≥ 2 points from minimum emissions to the emissions of the minimum-cost design.
    /// `options.timeLimit` applies to each solve.
    public static func front(_ network: NetworkModel, count: Int, options: NetworkSolveOptions = NetworkSolveOptions()) throws -> [Point] {
        try solve(network, count: count, options: options).points
    }

    /// ``front(_:count:options:)`` with the minimum-cost and minimum-emissions solves.
    public static func solve(_ network: NetworkModel, count: Int, options: NetworkSolveOptions = NetworkSolveOptions()) throws -> Front {
        var costOptions = options
        costOptions.objective = .cost
        let cheapest = try NetworkSolver.solve(network, options: costOptions)
        guard let high = cheapest.evaluation?.emissions.total else { return Front(points: [Point(cap: nil, result: cheapest)], cheapest: cheapest) }
        var carbonOptions = options
        carbonOptions.objective = .emissions
        let cleanest = try NetworkSolver.solve(network, options: carbonOptions)
        let single = Front(points: [Point(cap: nil, result: cheapest)], cheapest: cheapest, cleanest: cleanest)
        // A cap at the certified lower bound of emissions is the tightest one that is surely feasible only
        // when the gap is closed; use the cleanest verified design's emissions.
        guard let low = cleanest.upperBound, high > low * (1 + 1e-9) else { return single }
        var points: [Point] = []
        let n = max(count, 2)
        for i in 0..<n {
            let cap = low + (high - low) * Double(i) / Double(n - 1)
            var capped = costOptions
            capped.carbonCap = i == n - 1 ? nil : cap * (1 + 1e-9)
            points.append(Point(cap: i == n - 1 ? nil : cap, result: i == n - 1 ? cheapest : try NetworkSolver.solve(network, options: capped)))
        }
        return Front(points: points, cheapest: cheapest, cleanest: cleanest)
    }
}
