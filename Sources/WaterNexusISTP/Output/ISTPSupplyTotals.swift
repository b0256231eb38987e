/// Where a solved scenario's water comes from and where it goes, as intervals summed over the periods
/// (each a sum of annual amounts, like the terminal summary's diverted total). Surface water depends on
/// the availability level, so it is the expected use over the levels (probability-weighted); the
/// deterministic sources are the same at every level. Each interval spans the two submodels' values.
public struct ISTPSupplyTotals: Sendable {
    /// One sector's totals.
    public struct Sector: Sendable {
        /// Index into the problem's users.
        public var index: Int
        /// Short name (`s01`).
        public var code: String
        /// Long name from the model file.
        public var name: String
        /// Water delivered (expected over the levels).
        public var delivered: Interval?
        /// Per source, in ``ISTPSupplyTotals/sourceNames`` order.
        public var bySource: [Interval?]
        /// The requirement REQ summed over the periods.
        public var requirement: Interval
    }

    /// "surface" followed by the deterministic sources.
    public var sourceNames: [String]
    /// Total per source, parallel to `sourceNames`.
    public var sources: [Interval?]
    /// Every sector, in model order.
    public var sectors: [Sector]

    /// The totals of `solution`; `names` are the long sector names (model order; codes when empty).
    public init(_ solution: ISTPSolution, sectorNames names: [String]) {
        let p = solution.problem
        sourceNames = ["surface"] + p.sources.map(\.name)
        let perSource: [(Int, SubmodelBound) -> Double?] = [{ solution.expectedSurfaceUse($0, in: $1) }]
            + p.sources.indices.map { s in { u, b in solution.periodSum(source: s, user: u, in: b) } }
        sources = perSource.map { value in solution.total(value) }
        sectors = p.users.indices.map { u in
            let requirement = p.periods.indices.reduce((0.0, 0.0)) { sum, t in
                (sum.0 + p.data[u][t].requirement.lower, sum.1 + p.data[u][t].requirement.upper)
            }
            return Sector(index: u, code: p.users[u], name: names.indices.contains(u) ? names[u] : p.users[u],
                          delivered: solution.interval { b in
                              perSource.reduce(0.0 as Double?) { sum, value in sum.flatMap { s in value(u, b).map { s + $0 } } }
                          },
                          bySource: perSource.map { value in solution.interval { value(u, $0) } },
                          requirement: Interval(requirement.0, requirement.1))
        }
    }
}

extension ISTPSolution {
    /// Surface water used by user `u`, summed over the periods and weighted by the levels' probabilities,
    /// in one submodel.
    func expectedSurfaceUse(_ u: Int, in b: SubmodelBound) -> Double? {
        var sum = 0.0
        for t in problem.periods.indices {
            for (h, level) in problem.levels.enumerated() {
                guard let v = surfaceUse(u, t, h, in: b) else { return nil }
                sum += level.probability * v
            }
        }
        return sum
    }

    /// User `u`'s allocation from deterministic source `s`, summed over the periods, in one submodel.
    func periodSum(source s: Int, user u: Int, in b: SubmodelBound) -> Double? {
        var sum = 0.0
        for t in problem.periods.indices {
            guard let v = allocation(s, u, t, in: b) else { return nil }
            sum += v
        }
        return sum
    }
}
