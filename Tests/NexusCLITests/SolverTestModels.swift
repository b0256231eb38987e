import WaterNexusModel

/// Deterministic models for comparing solvers on emitted files.
enum SolverTestModels {
    /// A deterministic pseudo-random stream (64-bit LCG) of numbers in [0, 1).
    struct Stream {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// Transportation LP with 30 plants and 60 markets (1,800 columns, 3,600+ nonzeros), ranged market
    /// rows, negative lower bounds on a few routes, and an objective constant (fixed cost 1,000).
    static func transportation() throws -> Model {
        var random = Stream(state: 20_240_611)
        var model = Model(name: "transport")
        let plants = 30, markets = 60
        var ship: [[Variable]] = []
        for i in 0..<plants {
            ship.append(try (0..<markets).map { j in try model.addVariable("s_\(i)_\(j)", upper: 40 + (random.next() * 60).rounded()) })
        }
        var cost = LinearExpression(constant: 1000)
        for i in 0..<plants {
            try model.addConstraint("supply_\(i)", ship[i].sum() <= 150 + (random.next() * 100).rounded())
            for j in 0..<markets { cost += (1 + (random.next() * 2000).rounded() / 100) * ship[i][j] }
        }
        for j in 0..<markets {
            let demand = 40 + (random.next() * 40).rounded()
            try model.addConstraint("demand_\(j)", ranged(demand, (0..<plants).map { ship[$0][j] }.sum(), demand + 15))
        }
        try model.setObjective(.minimize, cost)
        return model
    }

    /// Capacitated facility location MILP: 12 sites (binary open), 40 customers, single-source
    /// assignment relaxed to fractions, linking rows x_ij ≤ y_i (about 1,500 nonzeros), plus an
    /// integer number of trucks per site.
    static func facilityLocation() throws -> Model {
        var random = Stream(state: 7_777)
        var model = Model(name: "facility")
        let sites = 12, customers = 40
        let open = try (0..<sites).map { try model.addVariable("open_\($0)", kind: .binary) }
        let trucks = try (0..<sites).map { try model.addVariable("trucks_\($0)", upper: 6, kind: .integer) }
        let demand = (0..<customers).map { _ in 5 + (random.next() * 20).rounded() }
        var cost = LinearExpression()
        var assign: [[Variable]] = []
        for i in 0..<sites {
            assign.append(try (0..<customers).map { j in try model.addVariable("a_\(i)_\(j)", upper: 1) })
            cost += (300 + (random.next() * 400).rounded()) * open[i]
            cost += 45 * trucks[i]
            for j in 0..<customers { cost += demand[j] * (1 + (random.next() * 900).rounded() / 100) * assign[i][j] }
        }
        for j in 0..<customers {
            try model.addConstraint("serve_\(j)", (0..<sites).map { assign[$0][j] }.sum() == 1)
        }
        for i in 0..<sites {
            var load = LinearExpression()
            for j in 0..<customers { load += demand[j] * assign[i][j] }
            try model.addConstraint("trucks_needed_\(i)", load - 30 * trucks[i] <= 0)
            try model.addConstraint("capacity_\(i)", load - (120 + (random.next() * 80).rounded()) * open[i] <= 0)
            for j in 0..<customers { try model.addConstraint("link_\(i)_\(j)", assign[i][j] - open[i] <= 0) }
        }
        try model.setObjective(.minimize, cost)
        return model
    }
}
