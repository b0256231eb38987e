import WaterNexusModel

/// The optimization model of a network for one ``QualityMode``, with handles to its variables.
///
/// Linear in flows `f`, contaminant mass flows `w = f·c` (g/h, i.e. t/h × ppm), technology choices and
/// pipe binaries. The only nonconvex relation, `w_a = f_a · c_from(a)` for arcs leaving variable-quality
/// nodes, is relaxed (MILP) or made linear by fixing `c`.
struct NetworkFormulation {
    var model: Model
    /// Flow per arc.
    var flow: [Variable] = []
    /// Existence binary per arc (nil when the arc needs none).
    var arcOn: [Variable?] = []
    /// Mass flow per arc and contaminant (g/h).
    var mass: [[LinearExpression]] = []
    /// Technology choice, flow and inlet mass per slot and technology.
    var techOn: [[Variable]] = []
    var techFlow: [[Variable]] = []
    /// Curve electricity (kWh/h) per slot and technology (empty expression without a curve).
    var techEnergy: [[LinearExpression]] = []
    /// Underestimator of the concave capital cost per slot and technology (empty expression without one).
    var techConcaveCapex: [[LinearExpression]] = []
    /// Interior breakpoints of the concave-capex underestimators, `[slot][technology]` (empty: one secant).
    let capexBreakpoints: [[[Double]]]
    /// Concentration variables `[node][contaminant]` (relaxation and exact modes).
    var concentration: [[Variable?]] = []
    /// The products `w = f · c` that the exact mode leaves out of the linear model.
    var products: [BilinearProduct] = []
    /// The products pass fraction × inlet mass of throughput-dependent removals (relaxed, or left out in exact mode).
    var removalProducts: [RemovalProduct] = []
    /// How the formulation treats qualities, and the pass fractions `[slot][technology][contaminant]` the fixed
    /// mode assumes for throughput-dependent removals (nil: the largest).
    let mode: QualityMode
    let passFractions: [[[Double]]]?
    /// Annual emissions (kgCO2/yr) as an expression.
    var emissions = LinearExpression()
    /// Annual cost as an expression (carbon price included).
    var cost = LinearExpression()

    init(network: NetworkModel, graph: NetworkGraph, bounds: NetworkBounds, mode: QualityMode,
         carbonCap: Double?, costCap: Double? = nil, emissionsObjective: Bool = false,
         capexBreakpoints: [[[Double]]] = [], passFractions: [[[Double]]]? = nil) throws {
        model = Model(name: "network")
        self.capexBreakpoints = capexBreakpoints
        self.mode = mode
        self.passFractions = passFractions
        let k = network.contaminants.count
        // The relaxation and the exact model keep the mass balances as equalities (see QualityMode.fixed).
        let equalities: Bool
        switch mode {
        case .relaxation, .exact: equalities = true
        case .fixed: equalities = false
        }
        // Flows and pipes
        for (a, arc) in graph.arcs.enumerated() {
            let f = try model.addVariable("f_\(a)", lower: 0, upper: bounds.arcUpper[a])
            flow.append(f)
            if arc.pipe.needsBinary {
                let y = try model.addVariable("y_\(a)", kind: .binary)
                try model.addConstraint(f - bounds.arcUpper[a] * y <= 0)
                if arc.pipe.minFlow > 0 { try model.addConstraint(f - arc.pipe.minFlow * y >= 0) }
                arcOn.append(y)
            } else {
                arcOn.append(nil)
            }
        }
        // Concentrations and mass flows
        concentration = Array(repeating: Array(repeating: nil, count: k), count: graph.nodes.count)
        mass = Array(repeating: [], count: graph.arcs.count)
        for (a, arc) in graph.arcs.enumerated() {
            mass[a] = (0..<k).map { c in
                let lo = bounds.concentrationLower[arc.from][c], hi = bounds.concentrationUpper[arc.from][c]
                if !graph.nodes[arc.from].hasVariableQuality { return lo * flow[a] }
                if case let .fixed(values) = mode { return values[arc.from][c] * flow[a] }
                if hi - lo <= 1e-9 * (1 + abs(hi)) { return lo * flow[a] }
                return LinearExpression()
            }
        }
        if case let .relaxation(scheme, partitions) = mode {
            try addRelaxation(scheme, partitions: partitions, network: network, graph: graph, bounds: bounds)
        }
        if case .exact = mode { try addProducts(network: network, graph: graph, bounds: bounds) }
        try addBalances(network: network, graph: graph, bounds: bounds, exact: equalities)
        try addObjective(network: network, graph: graph, carbonCap: carbonCap, costCap: costCap, emissionsObjective: emissionsObjective)
    }

    private func inflow(_ graph: NetworkGraph, _ node: Int) -> LinearExpression { graph.incoming[node].map { flow[$0] }.sum() }
    private func outflow(_ graph: NetworkGraph, _ node: Int) -> LinearExpression { graph.outgoing[node].map { flow[$0] }.sum() }
    private func inMass(_ graph: NetworkGraph, _ node: Int, _ c: Int) -> LinearExpression { graph.incoming[node].map { mass[$0][c] }.sum() }
    private func outMass(_ graph: NetworkGraph, _ node: Int, _ c: Int) -> LinearExpression { graph.outgoing[node].map { mass[$0][c] }.sum() }

    /// Flow, mass and quality balances; `exact` uses "=" for outlet mass, otherwise "≥" (see ``QualityMode/fixed(_:)``).
    private mutating func addBalances(network: NetworkModel, graph: NetworkGraph, bounds: NetworkBounds, exact: Bool) throws {
        let k = network.contaminants.count
        func outletMass(_ lhs: LinearExpression, _ rhs: LinearExpression, _ name: String) throws {
            try model.addConstraint(name, exact ? (lhs - rhs == 0) : (lhs - rhs >= 0))
        }
        for (id, node) in graph.nodes.enumerated() {
            switch node.kind {
            case let .source(i):
                if let cap = network.sources[i].capacity { try model.addConstraint("cap_\(id)", outflow(graph, id) <= cap) }
            case let .unit(i):
                let unit = network.units[i]
                switch unit.kind {
                case let .fixedLoad(loads, maxInlet, maxOutlet):
                    try model.addConstraint("flow_\(id)", inflow(graph, id) - outflow(graph, id) == 0)
                    try model.addConstraint("thru_\(id)", ranged(bounds.throughputLower[id], inflow(graph, id), bounds.throughputUpper[id]))
                    for c in 0..<k {
                        let grams = try loadGrams(unit, node: id, contaminant: c, throughput: inflow(graph, id), fixed: loads[c])
                        try outletMass(outMass(graph, id, c), inMass(graph, id, c) + grams, "mass_\(id)_\(c)")
                        try model.addConstraint("cin_\(id)_\(c)", inMass(graph, id, c) - maxInlet[c] * inflow(graph, id) <= 0)
                        try model.addConstraint("cout_\(id)_\(c)", outMass(graph, id, c) - maxOutlet[c] * outflow(graph, id) <= 0)
                    }
                case let .fixedFlow(inletFlow, maxInlet, outletFlow, _):
                    if node.hasInlet {
                        try model.addConstraint("demand_\(id)", inflow(graph, id) == inletFlow)
                        for c in 0..<k where maxInlet[c].isFinite {
                            try model.addConstraint("cin_\(id)_\(c)", inMass(graph, id, c) - maxInlet[c] * inflow(graph, id) <= 0)
                        }
                    }
                    if node.hasOutlet { try model.addConstraint("supply_\(id)", outflow(graph, id) == outletFlow) }
                }
            case let .treatment(i):
                try addTreatment(network.treatments[i], node: id, network: network, graph: graph, bounds: bounds, exact: exact)
            case let .discharge(i):
                for (c, limit) in network.discharges[i].limits.enumerated() where limit.isFinite {
                    try model.addConstraint("limit_\(id)_\(c)", inMass(graph, id, c) - limit * inflow(graph, id) <= 0)
                }
            }
        }
    }

    private mutating func addTreatment(_ slot: TreatmentSlot, node id: Int, network: NetworkModel, graph: NetworkGraph,
                                       bounds: NetworkBounds, exact: Bool) throws {
        let k = network.contaminants.count
        let capacity = bounds.throughputUpper[id]
        try model.addConstraint("flow_\(id)", inflow(graph, id) - outflow(graph, id) == 0)
        var on: [Variable] = [], flows: [Variable] = []
        for j in slot.technologies.indices {
            on.append(try model.addVariable("x_\(id)_\(j)", kind: .binary))
            flows.append(try model.addVariable("ft_\(id)_\(j)", lower: 0, upper: capacity))
            try model.addConstraint(flows[j] - capacity * on[j] <= 0)
            // A built technology treats at least its minimum (no row when the minimum is 0).
            if slot.technologies[j].minThroughput > 0 {
                try model.addConstraint("tmin_\(id)_\(j)", flows[j] - slot.technologies[j].minThroughput * on[j] >= 0)
            }
        }
        try model.addConstraint("one_\(id)", on.sum() <= 1)
        try model.addConstraint("tflow_\(id)", inflow(graph, id) - flows.sum() == 0)
        if slot.technologies.contains(where: { $0.operatingRange != nil }), bounds.throughputLower[id] > 0 {
            try model.addConstraint("tlow_\(id)", inflow(graph, id) >= bounds.throughputLower[id]) // the box's side, branched on
        }
        let inletHigh = graph.incoming[id].map { graph.arcs[$0].from }
        for c in 0..<k {
            let cHigh = inletHigh.map { bounds.concentrationUpper[$0][c] }.max() ?? 0
            var parts: [Variable] = []
            var treated = LinearExpression()
            for (j, tech) in slot.technologies.enumerated() {
                // mt ≤ min(c_high, maxInlet)·ft: only the built technology carries flow, so its mt is the slot's
                // whole inlet mass and the row is its inlet limit itself, which every feasible network meets
                // (relaxation and exact modes). With fixed concentrations the masses over-estimate the true ones
                // ("outlet ≥ inlet + load" keeps every fixed value at or above the true one): conservative there.
                let cap = min(cHigh, tech.inletLimit(c))
                let m = try model.addVariable("mt_\(id)_\(j)_\(c)", lower: 0, upper: cap * capacity)
                try model.addConstraint(m - cap * flows[j] <= 0)
                parts.append(m)
                treated += try passedMass(tech, node: id, slot: techOn.count, technology: j, contaminant: c, inletMass: m,
                                          massUpper: cap * capacity, flow: flows[j], on: on[j], bounds: bounds)
            }
            try model.addConstraint("tin_\(id)_\(c)", inMass(graph, id, c) - parts.sum() == 0)
            let lhs = outMass(graph, id, c)
            try model.addConstraint("tout_\(id)_\(c)", exact ? (lhs - treated == 0) : (lhs - treated >= 0))
        }
        let t = techOn.count
        techOn.append(on)
        techFlow.append(flows)
        techConcaveCapex.append(try slot.technologies.enumerated().map { j, tech in
            let interior = t < capexBreakpoints.count && j < capexBreakpoints[t].count ? capexBreakpoints[t][j] : []
            guard let term = tech.capexConcave, let pieces = try term.underestimator(capacity: capacity, interior: interior) else { return LinearExpression() }
            return try pieces.embed(in: &model, argument: flows[j].expression, active: on[j].expression, name: "kc_\(id)_\(j)")
        })
        techEnergy.append(try slot.technologies.enumerated().map { j, tech in
            guard let curve = tech.electricityCurve else { return LinearExpression() }
            return try curve.embed(in: &model, argument: flows[j].expression, active: on[j].expression, name: "e_\(id)_\(j)")
        })
    }

    private mutating func addObjective(network: NetworkModel, graph: NetworkGraph, carbonCap: Double?, costCap: Double?,
                                       emissionsObjective: Bool) throws {
        let e = network.economics, hours = e.hoursPerYear, crf = e.capitalRecoveryFactor
        var money = LinearExpression(), carbon = LinearExpression()
        for (id, node) in graph.nodes.enumerated() {
            switch node.kind {
            case let .source(i):
                let s = network.sources[i]
                money += (hours * s.cost) * outflow(graph, id)
                carbon += (hours * s.carbonPerTonne) * outflow(graph, id)
            case let .discharge(i):
                money += (hours * network.discharges[i].feePerTonne) * inflow(graph, id)
            default: break
            }
        }
        for (t, slot) in network.treatments.enumerated() {
            for (j, tech) in slot.technologies.enumerated() {
                money += (hours * (tech.opexPerTonne + e.electricityPrice * tech.kWhPerTonne) + crf * tech.capexPerFlow) * techFlow[t][j]
                money += (crf * tech.capexFixed) * techOn[t][j]
                money += crf * techConcaveCapex[t][j]
                carbon += (hours * (e.gridFactor * tech.kWhPerTonne + tech.chemicalCarbonPerTonne)) * techFlow[t][j]
                money += (hours * e.electricityPrice) * techEnergy[t][j]
                carbon += (hours * e.gridFactor) * techEnergy[t][j]
            }
        }
        for (a, arc) in graph.arcs.enumerated() {
            let pump = e.pumpingKWhPerTonne(head: arc.pipe.head)
            money += (crf * arc.pipe.costPerFlow + hours * e.electricityPrice * pump) * flow[a]
            if let y = arcOn[a] { money += (crf * arc.pipe.fixedCost) * y }
            carbon += (hours * e.gridFactor * pump) * flow[a]
        }
        money += e.carbonPrice * carbon
        cost = money
        emissions = carbon
        if let carbonCap { try model.addConstraint("carbon_cap", carbon <= carbonCap) }
        if let costCap { try model.addConstraint("cost_cap", money <= costCap) }
        try model.setObjective(.minimize, emissionsObjective ? carbon : money)
    }
}
