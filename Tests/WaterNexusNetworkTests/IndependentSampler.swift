import Foundation
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusNetwork

/// Feasible network costs found independently of the library's formulation: draw random outlet
/// concentrations and a random technology per slot, solve the LP in flows with "outlet mass ≥ inlet mass +
/// load" (any flows satisfying it give true concentrations no higher than the drawn ones), then simulate the
/// true concentrations by fixed-point iteration and keep the point only if every limit holds.
/// A drawn technology's inlet limits and minimum throughput hold for the flows and are re-checked after the
/// simulation. Assumes: default connections, no pipe costs, no carbon price, electricity price 0, fixed-load units.
struct IndependentSampler {
    var state: UInt64

    mutating func uniform() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }

    /// Verified costs of `samples` random draws (infeasible draws are skipped).
    mutating func feasibleCosts(_ network: NetworkModel, samples: Int) throws -> [Double] {
        var costs: [Double] = []
        for _ in 0..<samples {
            if let cost = try sample(network) { costs.append(cost) }
        }
        return costs
    }

    mutating func sample(_ network: NetworkModel) throws -> Double? {
        let k = network.contaminants.count
        // Node order: sources, units, treatments, discharges.
        let ns = network.sources.count, nu = network.units.count, nt = network.treatments.count, nd = network.discharges.count
        let n = ns + nu + nt + nd
        var conc = Array(repeating: Array(repeating: 0.0, count: k), count: n)
        let topUnit = (0..<k).map { c in network.units.map { unit -> Double in
            if case let .fixedLoad(_, _, maxOut) = unit.kind { return maxOut[c] }
            return 0 }.max() ?? 0 }
        for (i, s) in network.sources.enumerated() { conc[i] = s.concentrations }
        for (i, u) in network.units.enumerated() {
            guard case let .fixedLoad(_, _, maxOut) = u.kind else { return nil }
            conc[ns + i] = maxOut.map { $0 * uniform() }
        }
        var tech: [Int?] = []
        for (i, t) in network.treatments.enumerated() {
            let pick = Int(uniform() * Double(t.technologies.count + 1))
            tech.append(pick < t.technologies.count ? pick : nil)
            conc[ns + nu + i] = topUnit.map { $0 * uniform() * uniform() }
        }
        var arcs: [(Int, Int)] = []
        for from in 0..<(ns + nu + nt) {
            for to in ns..<n where to != from {
                if from < ns && to >= ns + nu + nt { continue }
                arcs.append((from, to))
            }
        }
        var model = Model(name: "sample")
        let f = try arcs.map { _ in try model.addVariable(lower: 0) }
        func inflow(_ v: Int) -> LinearExpression { arcs.indices.filter { arcs[$0].1 == v }.map { f[$0] }.sum() }
        func outflow(_ v: Int) -> LinearExpression { arcs.indices.filter { arcs[$0].0 == v }.map { f[$0] }.sum() }
        func inMass(_ v: Int, _ c: Int) -> LinearExpression {
            LinearExpression(terms: arcs.indices.filter { arcs[$0].1 == v }.map { (f[$0], conc[arcs[$0].0][c]) })
        }
        var cost = LinearExpression()
        for (i, s) in network.sources.enumerated() {
            cost += s.cost * outflow(i)
            if let cap = s.capacity { try model.addConstraint(outflow(i) <= cap) }
        }
        for (i, u) in network.units.enumerated() {
            guard case let .fixedLoad(loads, maxIn, _) = u.kind else { return nil }
            let v = ns + i
            try model.addConstraint(inflow(v) - outflow(v) == 0)
            for c in 0..<k {
                try model.addConstraint(conc[v][c] * outflow(v) - inMass(v, c) >= 1000 * loads[c])
                try model.addConstraint(inMass(v, c) - maxIn[c] * inflow(v) <= 0)
            }
        }
        let hours = network.economics.hoursPerYear, i = network.economics.interestRate, years = network.economics.lifetimeYears
        let crf = i * pow(1 + i, years) / (pow(1 + i, years) - 1)
        var fixedCost = 0.0
        for (t, slot) in network.treatments.enumerated() {
            let v = ns + nu + t
            try model.addConstraint(inflow(v) - outflow(v) == 0)
            guard let j = tech[t] else {
                try model.addConstraint(inflow(v) == 0)
                continue
            }
            let technology = slot.technologies[j]
            if let cap = slot.capacity { try model.addConstraint(inflow(v) <= cap) }
            if technology.minThroughput > 0 { try model.addConstraint(inflow(v) >= technology.minThroughput) }
            for c in 0..<k {
                try model.addConstraint(conc[v][c] * outflow(v) - (1 - technology.removal[c]) * inMass(v, c) >= 0)
                if let limit = technology.maxInlet?[c], limit.isFinite { try model.addConstraint(inMass(v, c) - limit * inflow(v) <= 0) }
            }
            cost += (hours * technology.opexPerTonne + crf * technology.capexPerFlow) * inflow(v)
            fixedCost += crf * technology.capexFixed
        }
        for (d, discharge) in network.discharges.enumerated() {
            let v = ns + nu + nt + d
            cost += (hours * discharge.feePerTonne) * inflow(v)
            for c in 0..<k where discharge.limits[c].isFinite {
                try model.addConstraint(inMass(v, c) - discharge.limits[c] * inflow(v) <= 0)
            }
        }
        // Source costs were per t/h; scale by hours.
        try model.setObjective(.minimize, cost)
        let solution = try GLPKSolver.solve(model, options: SolverOptions())
        guard solution.status == .optimal, let objective = solution.objective else { return nil }
        let flows = f.map { max(solution.value($0), 0) }
        // Simulate the true concentrations (Gauss–Seidel on the mass balances) and re-check every limit.
        var actual = conc
        for v in ns..<(ns + nu + nt) { actual[v] = Array(repeating: 0, count: k) }
        let entering = (0..<n).map { v in arcs.indices.filter { arcs[$0].1 == v && flows[$0] > 0 } }
        for _ in 0..<400 {
            for v in ns..<(ns + nu + nt) {
                let through = entering[v].reduce(0.0) { $0 + flows[$1] }
                guard through > 1e-9 else { continue }
                for c in 0..<k {
                    let mass = entering[v].reduce(0.0) { $0 + flows[$1] * actual[arcs[$1].0][c] }
                    if v < ns + nu, case let .fixedLoad(loads, _, _) = network.units[v - ns].kind {
                        actual[v][c] = (mass + 1000 * loads[c]) / through
                    } else if let j = tech[v - ns - nu] {
                        actual[v][c] = (1 - network.treatments[v - ns - nu].technologies[j].removal[c]) * mass / through
                    }
                }
            }
        }
        func inletConcentration(_ v: Int, _ c: Int) -> Double {
            let through = entering[v].reduce(0.0) { $0 + flows[$1] }
            guard through > 1e-9 else { return 0 }
            return entering[v].reduce(0.0) { $0 + flows[$1] * actual[arcs[$1].0][c] } / through
        }
        for (i, u) in network.units.enumerated() {
            guard case let .fixedLoad(_, maxIn, maxOut) = u.kind else { return nil }
            for c in 0..<k where inletConcentration(ns + i, c) > maxIn[c] * (1 + 1e-6) + 1e-6 || actual[ns + i][c] > maxOut[c] * (1 + 1e-6) + 1e-6 {
                return nil
            }
        }
        for (t, slot) in network.treatments.enumerated() {
            guard let j = tech[t], let limits = slot.technologies[j].maxInlet else { continue }
            for c in 0..<k where inletConcentration(ns + nu + t, c) > limits[c] * (1 + 1e-6) + 1e-6 { return nil }
        }
        for (d, discharge) in network.discharges.enumerated() {
            for c in 0..<k where inletConcentration(ns + nu + nt + d, c) > discharge.limits[c] * (1 + 1e-6) + 1e-6 { return nil }
        }
        return hours == 1 ? objective + fixedCost : nil
    }
}
