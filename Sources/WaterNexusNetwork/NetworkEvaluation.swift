import Foundation

/// A design re-evaluated from scratch: concentrations from the balances, every limit checked, costs and
/// emissions recomputed from the data (independently of the optimization model).
public struct NetworkEvaluation: Sendable {
    /// Outlet concentration per node and contaminant (ppm); for discharges, the inlet concentration.
    public var concentrations: [[Double]]
    /// Inlet concentration per node and contaminant (ppm; 0 for sources).
    public var inletConcentrations: [[Double]]
    /// Throughput per node (t/h).
    public var throughput: [Double]
    /// Every violated balance or limit, described (empty: the design is feasible).
    public var violations: [String]
    /// The violations as one number: the sum, over every entry of ``violations``, of the excess over the
    /// limit divided by the limit's scale (1 + |limit|, e.g. ppm over a maximum concentration, t/h off a
    /// fixed flow); an entry without a measurable excess (a closed recycle, a load without water, water
    /// through a slot without technology) counts 1. Zero exactly when ``isFeasible``.
    public var violationTotal: Double = 0
    public var cost: CostBreakdown
    public var emissions: EmissionBreakdown

    /// Whether no balance or limit is violated.
    public var isFeasible: Bool { violations.isEmpty }

    /// Evaluates `design`; relative tolerance `tolerance` on limits and balances.
    public init(model: NetworkModel, graph: NetworkGraph, design: NetworkDesign, tolerance: Double = 1e-6) {
        let n = graph.nodes.count, k = model.contaminants.count
        let f = design.flows
        inletConcentrations = []
        self.violations = []
        cost = CostBreakdown()
        emissions = EmissionBreakdown()
        throughput = (0..<n).map { id in
            let inFlow = graph.incoming[id].reduce(0) { $0 + f[$1] }, outFlow = graph.outgoing[id].reduce(0) { $0 + f[$1] }
            return max(inFlow, outFlow)
        }
        let fixed = (0..<n).map { id -> [Double]? in
            switch graph.nodes[id].kind {
            case let .source(i): return model.sources[i].concentrations
            case let .unit(i):
                if case let .fixedFlow(_, _, _, out) = model.units[i].kind { return out }
                return nil
            default: return nil
            }
        }
        concentrations = Array(repeating: Array(repeating: 0, count: k), count: n)
        for id in 0..<n { if let values = fixed[id] { concentrations[id] = values } }
        let active = graph.variableQualityNodes.filter { throughput[$0] > 1e-9 }
        let position = Dictionary(uniqueKeysWithValues: active.enumerated().map { ($1, $0) })
        var violations: [String] = []
        for c in 0..<k {
            var matrix = Array(repeating: Array(repeating: 0.0, count: active.count), count: active.count)
            var rhs = Array(repeating: 0.0, count: active.count)
            for (row, id) in active.enumerated() {
                var gain = 1.0
                switch graph.nodes[id].kind {
                case let .unit(i):
                    if case .fixedLoad = model.units[i].kind { rhs[row] += 1000 * model.units[i].load(c, at: throughput[id]) }
                case let .treatment(i):
                    gain = design.technologies[i].map { 1 - model.treatments[i].technologies[$0].removal(c, at: throughput[id]) } ?? 1
                default: break
                }
                matrix[row][row] += throughput[id]
                for a in graph.incoming[id] where f[a] > 0 {
                    let from = graph.arcs[a].from
                    if let col = position[from] { matrix[row][col] -= gain * f[a] } else if fixed[from] != nil { rhs[row] += gain * f[a] * concentrations[from][c] }
                }
            }
            if let solution = Self.solveLinear(matrix, rhs) {
                for (row, id) in active.enumerated() { concentrations[id][c] = solution[row] }
            } else {
                violations.append("contaminant \(model.contaminants[c]): the mass balances have no unique solution (closed recycle without outlet)")
                violationTotal += 1
            }
        }
        let outlet = self.concentrations
        inletConcentrations = (0..<n).map { id in
            (0..<k).map { c in
                let inFlow = graph.incoming[id].reduce(0) { $0 + f[$1] }
                guard inFlow > 1e-12 else { return 0 }
                return graph.incoming[id].reduce(0) { $0 + f[$1] * outlet[graph.arcs[$1].from][c] } / inFlow
            }
        }
        for id in 0..<n { if case .discharge = graph.nodes[id].kind { concentrations[id] = inletConcentrations[id] } }
        self.violations = violations
        check(model: model, graph: graph, design: design, tolerance: tolerance)
        account(model: model, graph: graph, design: design)
    }

    private static func exceeds(_ value: Double, _ limit: Double, _ tolerance: Double) -> Bool {
        value > limit + tolerance * (1 + abs(limit))
    }

    /// Records a violation and its scaled excess (see ``violationTotal``).
    private mutating func flag(_ description: String, excess: Double) {
        violations.append(description)
        violationTotal += excess.isNaN ? 1 : max(excess, .leastNonzeroMagnitude)
    }

    /// The excess of `value` over `limit` in units of the limit's scale 1 + |limit|.
    private static func scaled(_ value: Double, over limit: Double) -> Double { (value - limit) / (1 + abs(limit)) }

    private mutating func check(model: NetworkModel, graph: NetworkGraph, design: NetworkDesign, tolerance tol: Double) {
        let f = design.flows, names = model.contaminants
        for (a, arc) in graph.arcs.enumerated() {
            if f[a] < -tol { flag("arc \(graph.label(of: a)): negative flow \(f[a])", excess: -f[a]) }
            if arc.pipe.minFlow > 0 && f[a] > tol && f[a] < arc.pipe.minFlow * (1 - tol) {
                flag("arc \(graph.label(of: a)): flow \(f[a]) below the minimum \(arc.pipe.minFlow)", excess: Self.scaled(arc.pipe.minFlow, over: f[a]))
            }
        }
        for (id, node) in graph.nodes.enumerated() {
            let inFlow = graph.incoming[id].reduce(0) { $0 + f[$1] }, outFlow = graph.outgoing[id].reduce(0) { $0 + f[$1] }
            let where_ = "\(node.name)"
            switch node.kind {
            case let .source(i):
                if let cap = model.sources[i].capacity, Self.exceeds(outFlow, cap, tol) {
                    flag("\(where_): supply \(outFlow) above capacity \(cap)", excess: Self.scaled(outFlow, over: cap))
                }
            case let .unit(i):
                switch model.units[i].kind {
                case let .fixedLoad(_, maxInlet, maxOutlet):
                    let loads = names.indices.map { model.units[i].load($0, at: inFlow) }
                    checkRange(model.units[i].operatingRange, of: "load model", at: where_, throughput: inFlow, tolerance: tol)
                    if abs(inFlow - outFlow) > tol * (1 + inFlow) {
                        flag("\(where_): inflow \(inFlow) differs from outflow \(outFlow)", excess: abs(inFlow - outFlow) / (1 + inFlow))
                    }
                    for c in names.indices {
                        if loads[c] > 0 && inFlow <= tol { flag("\(where_): no water although it picks up \(loads[c]) kg/h of \(names[c])", excess: 1); continue }
                        if Self.exceeds(inletConcentrations[id][c], maxInlet[c], tol) {
                            flag("\(where_): inlet \(names[c]) \(inletConcentrations[id][c]) ppm above \(maxInlet[c])", excess: Self.scaled(inletConcentrations[id][c], over: maxInlet[c]))
                        }
                        if Self.exceeds(concentrations[id][c], maxOutlet[c], tol) {
                            flag("\(where_): outlet \(names[c]) \(concentrations[id][c]) ppm above \(maxOutlet[c])", excess: Self.scaled(concentrations[id][c], over: maxOutlet[c]))
                        }
                        let balance = outFlow * concentrations[id][c] - inFlow * inletConcentrations[id][c] - 1000 * loads[c]
                        let scale = 1 + 1000 * loads[c] + outFlow * concentrations[id][c]
                        if abs(balance) > tol * scale { flag("\(where_): \(names[c]) mass balance off by \(balance) g/h", excess: abs(balance) / scale) }
                    }
                    let cap = model.units[i].maxFlow ?? model.economics.maxFlow
                    if Self.exceeds(inFlow, cap, tol) {
                        flag("\(where_): throughput \(inFlow) above maxFlow \(cap)", excess: Self.scaled(inFlow, over: cap))
                    }
                case let .fixedFlow(inletFlow, maxInlet, outletFlow, _):
                    if abs(inFlow - inletFlow) > tol * (1 + inletFlow) {
                        flag("\(where_): inflow \(inFlow) instead of \(inletFlow)", excess: abs(inFlow - inletFlow) / (1 + inletFlow))
                    }
                    if abs(outFlow - outletFlow) > tol * (1 + outletFlow) {
                        flag("\(where_): outflow \(outFlow) instead of \(outletFlow)", excess: abs(outFlow - outletFlow) / (1 + outletFlow))
                    }
                    for c in names.indices where Self.exceeds(inletConcentrations[id][c], maxInlet[c], tol) {
                        flag("\(where_): inlet \(names[c]) \(inletConcentrations[id][c]) ppm above \(maxInlet[c])", excess: Self.scaled(inletConcentrations[id][c], over: maxInlet[c]))
                    }
                }
            case let .treatment(i):
                if abs(inFlow - outFlow) > tol * (1 + inFlow) {
                    flag("\(where_): inflow \(inFlow) differs from outflow \(outFlow)", excess: abs(inFlow - outFlow) / (1 + inFlow))
                }
                if inFlow > tol && design.technologies[i] == nil { flag("\(where_): water passes through a slot with no technology", excess: 1) }
                let cap = model.treatments[i].capacity ?? model.economics.maxFlow
                if Self.exceeds(inFlow, cap, tol) {
                    flag("\(where_): throughput \(inFlow) above capacity \(cap)", excess: Self.scaled(inFlow, over: cap))
                }
                if let j = design.technologies[i] {
                    checkLimits(of: model.treatments[i].technologies[j], at: id, named: where_, inFlow: inFlow, contaminants: names, tolerance: tol)
                }
            case let .discharge(i):
                for (c, limit) in model.discharges[i].limits.enumerated() where Self.exceeds(concentrations[id][c], limit, tol) {
                    flag("\(where_): \(names[c]) \(concentrations[id][c]) ppm above the limit \(limit)", excess: Self.scaled(concentrations[id][c], over: limit))
                }
            }
        }
        if let cap = model.economics.carbonCap {
            let total = emissionsTotalEstimate(model: model, graph: graph, design: design)
            if Self.exceeds(total, cap, tol) { flag("carbon: emissions above the cap \(cap) kg/yr", excess: Self.scaled(total, over: cap)) }
        }
    }

    /// The built technology's inlet limits and minimum throughput at slot node `id` (a technology chosen
    /// without water breaks its minimum too: it is built, and its capital is charged).
    private mutating func checkLimits(of tech: TreatmentTechnology, at id: Int, named slot: String, inFlow: Double,
                                      contaminants names: [String], tolerance tol: Double) {
        for c in names.indices where Self.exceeds(inletConcentrations[id][c], tech.inletLimit(c), tol) {
            flag("\(slot): inlet \(names[c]) \(inletConcentrations[id][c]) ppm above \(tech.name)'s maxInlet \(tech.inletLimit(c))",
                 excess: Self.scaled(inletConcentrations[id][c], over: tech.inletLimit(c)))
        }
        checkRange(tech.operatingRange, of: "\(tech.name)'s removal model", at: slot, throughput: inFlow, tolerance: tol)
        if tech.minThroughput > 0 && inFlow < tech.minThroughput * (1 - tol) {
            flag("\(slot): throughput \(inFlow) below \(tech.name)'s minThroughput \(tech.minThroughput)",
                 excess: -Self.scaled(inFlow, over: tech.minThroughput))
        }
    }

    /// A fitted relation holds only on its data's range: a throughput outside it is a violation.
    private mutating func checkRange(_ range: ClosedRange<Double>?, of relation: String, at place: String, throughput: Double, tolerance tol: Double) {
        guard let range else { return }
        if throughput < range.lowerBound * (1 - tol) - tol || Self.exceeds(throughput, range.upperBound, tol) {
            flag("\(place): throughput \(throughput) outside the \(relation)'s data range \(range.lowerBound)...\(range.upperBound) t/h",
                 excess: max(Self.scaled(range.lowerBound, over: throughput), Self.scaled(throughput, over: range.upperBound)))
        }
    }

    private func emissionsTotalEstimate(model: NetworkModel, graph: NetworkGraph, design: NetworkDesign) -> Double {
        var copy = self
        copy.account(model: model, graph: graph, design: design)
        return copy.emissions.total
    }

    /// Recomputes the cost and emission breakdowns from the data.
    private mutating func account(model: NetworkModel, graph: NetworkGraph, design: NetworkDesign) {
        let e = model.economics, hours = e.hoursPerYear, crf = e.capitalRecoveryFactor, f = design.flows
        var cost = CostBreakdown(), carbon = EmissionBreakdown()
        for (id, node) in graph.nodes.enumerated() {
            switch node.kind {
            case let .source(i):
                cost.water += hours * model.sources[i].cost * throughput[id]
                carbon.sources += hours * model.sources[i].carbonPerTonne * throughput[id]
            case let .treatment(i):
                guard let j = design.technologies[i] else { continue }
                let tech = model.treatments[i].technologies[j], q = throughput[id]
                cost.treatmentOperation += hours * (tech.opexPerTonne + e.electricityPrice * tech.kWhPerTonne) * q
                cost.treatmentCapital += crf * (tech.capexFixed + tech.capexPerFlow * q + (tech.capexConcave?.value(at: q) ?? 0))
                carbon.treatmentElectricity += hours * e.gridFactor * tech.kWhPerTonne * q
                carbon.chemicals += hours * tech.chemicalCarbonPerTonne * q
                if let curve = tech.electricityCurve {
                    cost.treatmentOperation += hours * e.electricityPrice * curve.value(at: q)
                    carbon.treatmentElectricity += hours * e.gridFactor * curve.value(at: q)
                }
            case let .discharge(i):
                cost.discharge += hours * model.discharges[i].feePerTonne * throughput[id]
            default: break
            }
        }
        for (a, arc) in graph.arcs.enumerated() {
            let pump = e.pumpingKWhPerTonne(head: arc.pipe.head)
            cost.pipes += crf * arc.pipe.costPerFlow * f[a] + hours * e.electricityPrice * pump * f[a]
            if design.pipes[a] && arc.pipe.needsBinary { cost.pipes += crf * arc.pipe.fixedCost }
            carbon.pumping += hours * e.gridFactor * pump * f[a]
        }
        cost.carbon = e.carbonPrice * carbon.total
        self.cost = cost
        self.emissions = carbon
    }

    /// Gaussian elimination with partial pivoting; nil when singular.
    static func solveLinear(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var m = a, r = b
        let n = r.count
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(m[$0][col]) < abs(m[$1][col]) }), abs(m[pivot][col]) > 1e-12 else { return nil }
            m.swapAt(col, pivot)
            r.swapAt(col, pivot)
            for row in col + 1..<n where m[row][col] != 0 {
                let factor = m[row][col] / m[col][col]
                for j in col..<n { m[row][j] -= factor * m[col][j] }
                r[row] -= factor * r[col]
            }
        }
        var x = Array(repeating: 0.0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = r[row]
            for j in row + 1..<n { sum -= m[row][j] * x[j] }
            x[row] = sum / m[row][row]
        }
        return x
    }
}
