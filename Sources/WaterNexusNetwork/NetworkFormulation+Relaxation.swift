import Foundation
import WaterNexusModel

extension NetworkFormulation {
    /// Adds concentration variables and a MILP relaxation of `w_a = f_a · c` for every arc leaving a
    /// variable-quality node whose concentration is not fixed by its bounds.
    mutating func addRelaxation(_ scheme: BilinearRelaxation, partitions: [[ConcentrationPartition]],
                                network: NetworkModel, graph: NetworkGraph, bounds: NetworkBounds) throws {
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                guard let (conc, masses) = try addConcentration(node: id, contaminant: c, graph: graph, bounds: bounds) else { continue }
                let lo = bounds.concentrationLower[id][c], hi = bounds.concentrationUpper[id][c]
                let arcs = graph.outgoing[id]
                switch scheme {
                case .piecewiseMcCormick where partitions[id][c].breakpoints.count <= 2:
                    try addMcCormick(conc, lower: lo, upper: hi, arcs: arcs, masses: masses, bounds: bounds)
                case .piecewiseMcCormick:
                    try addPiecewiseMcCormick(conc, node: id, contaminant: c, breakpoints: partitions[id][c].breakpoints, arcs: arcs, masses: masses, bounds: bounds)
                case .nmdt:
                    try addNMDT(conc, node: id, contaminant: c, lower: lo, upper: hi, bits: partitions[id][c].bits, arcs: arcs, masses: masses, bounds: bounds)
                }
                // Node-level McCormick on the total outlet mass W = F · c, F in the node's throughput bounds.
                let total = masses.map(\.expression).sum(), throughput = arcs.map { flow[$0] }.sum()
                let fLo = bounds.throughputLower[id], fHi = bounds.throughputUpper[id]
                try model.addConstraint(total - lo * throughput - fLo * conc >= -fLo * lo)
                try model.addConstraint(total - hi * throughput - fHi * conc >= -fHi * hi)
                try model.addConstraint(total - lo * throughput - fHi * conc <= -fHi * lo)
                try model.addConstraint(total - hi * throughput - fLo * conc <= -fLo * hi)
            }
        }
    }

    /// Plain McCormick envelopes of w = f·c on f ∈ [0, f̄], c ∈ [lo, hi] (one interval: no binaries).
    private mutating func addMcCormick(_ conc: Variable, lower lo: Double, upper hi: Double, arcs: [Int], masses: [Variable],
                                       bounds: NetworkBounds) throws {
        for (arc, w) in zip(arcs, masses) {
            let fU = bounds.arcUpper[arc], f = flow[arc]
            try model.addConstraint(w - lo * f >= 0)
            try model.addConstraint(w - hi * f - fU * conc >= -fU * hi)
            try model.addConstraint(w - lo * f - fU * conc <= -fU * lo)
            try model.addConstraint(w - hi * f <= 0)
        }
    }

    /// Piecewise McCormick with one binary per interval, shared by all arcs leaving the node
    /// (convex-hull disaggregation of the flow and the concentration per interval).
    private mutating func addPiecewiseMcCormick(_ conc: Variable, node id: Int, contaminant c: Int, breakpoints b: [Double],
                                                arcs: [Int], masses: [Variable], bounds: NetworkBounds) throws {
        let pieces = b.count - 1
        var z: [Variable] = [], part: [Variable] = []
        for n in 0..<pieces {
            if pieces == 1 {
                z.append(try model.addVariable("z_\(id)_\(c)_\(n)", lower: 1, upper: 1))
            } else {
                z.append(try model.addVariable("z_\(id)_\(c)_\(n)", kind: .binary))
            }
            let piece = try model.addVariable("cp_\(id)_\(c)_\(n)", lower: 0, upper: b[n + 1])
            try model.addConstraint(piece - b[n] * z[n] >= 0)
            try model.addConstraint(piece - b[n + 1] * z[n] <= 0)
            part.append(piece)
        }
        try model.addConstraint(z.sum() == 1)
        try model.addConstraint(conc - part.sum() == 0)
        for (arc, w) in zip(arcs, masses) {
            let fU = bounds.arcUpper[arc]
            var fn: [Variable] = []
            for n in 0..<pieces {
                let v = try model.addVariable("fp_\(arc)_\(c)_\(n)", lower: 0, upper: fU)
                try model.addConstraint(v - fU * z[n] <= 0)
                fn.append(v)
            }
            try model.addConstraint(flow[arc] - fn.sum() == 0)
            var under1 = w.expression, under2 = w.expression, over1 = w.expression, over2 = w.expression
            for n in 0..<pieces {
                under1 -= b[n] * fn[n]
                under2 -= fU * part[n] + b[n + 1] * fn[n] - (fU * b[n + 1]) * z[n]
                over1 -= fU * part[n] + b[n] * fn[n] - (fU * b[n]) * z[n]
                over2 -= b[n + 1] * fn[n]
            }
            try model.addConstraint(under1 >= 0)
            try model.addConstraint(under2 >= 0)
            try model.addConstraint(over1 <= 0)
            try model.addConstraint(over2 <= 0)
        }
    }

    /// Normalized multiparametric disaggregation: c = lo + (hi − lo)(Σ_l 2^{-l} z_l + Δλ), Δλ ∈ [0, 2^{-P}];
    /// each product f·z_l is linearized exactly and f·Δλ by McCormick.
    private mutating func addNMDT(_ conc: Variable, node id: Int, contaminant c: Int, lower lo: Double, upper hi: Double, bits: Int,
                                  arcs: [Int], masses: [Variable], bounds: NetworkBounds) throws {
        let width = hi - lo, step = pow(2.0, -Double(bits))
        var z: [Variable] = []
        var lambda = LinearExpression()
        for l in 1...max(bits, 1) where bits > 0 {
            let digit = try model.addVariable("z_\(id)_\(c)_\(l)", kind: .binary)
            z.append(digit)
            lambda += pow(2.0, -Double(l)) * digit
        }
        let residual = try model.addVariable("dl_\(id)_\(c)", lower: 0, upper: step)
        lambda += residual
        try model.addConstraint(conc - width * lambda == lo)
        for (arc, w) in zip(arcs, masses) {
            let fU = bounds.arcUpper[arc], f = flow[arc]
            var scaled = LinearExpression()
            for (l, digit) in z.enumerated() {
                let product = try model.addVariable("wz_\(arc)_\(c)_\(l + 1)", lower: 0, upper: fU)
                try model.addConstraint(product - fU * digit <= 0)
                try model.addConstraint(product - f <= 0)
                try model.addConstraint(product - f - fU * digit >= -fU)
                scaled += pow(2.0, -Double(l + 1)) * product
            }
            let dw = try model.addVariable("dw_\(arc)_\(c)", lower: 0, upper: fU * step)
            try model.addConstraint(dw - fU * residual - step * f >= -fU * step)
            try model.addConstraint(dw - fU * residual <= 0)
            try model.addConstraint(dw - step * f <= 0)
            scaled += dw
            try model.addConstraint(w - lo * f - width * scaled == 0)
        }
    }
}
