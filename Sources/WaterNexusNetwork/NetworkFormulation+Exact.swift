import WaterNexusModel

/// One product `mass = flow · concentration` of the exact model: the bilinear equality row
/// `w_{a,c} − f_a · c_{node,c} = 0` for an arc `a` leaving a variable-quality node.
struct BilinearProduct {
    /// The row's name, `bil_<arc>_<contaminant>`.
    var name: String
    var mass: Variable
    var flow: Variable
    var concentration: Variable
}

extension NetworkFormulation {
    /// Adds the concentration and mass-flow variables of every variable-quality node whose concentration
    /// the bounds do not fix, and records the products `w_a = f_a · c` in ``products`` (exact mode).
    mutating func addProducts(network: NetworkModel, graph: NetworkGraph, bounds: NetworkBounds) throws {
        for id in graph.variableQualityNodes {
            for c in network.contaminants.indices {
                guard let (conc, masses) = try addConcentration(node: id, contaminant: c, graph: graph, bounds: bounds) else { continue }
                for (a, w) in zip(graph.outgoing[id], masses) {
                    products.append(BilinearProduct(name: "bil_\(a)_\(c)", mass: w, flow: flow[a], concentration: conc))
                }
            }
        }
    }

    /// Adds the concentration `c_<node>_<c>` within its bounds and one mass flow `w_<arc>_<c>` in
    /// [0, upper · arc flow bound] per arc leaving the node (they become the arcs' ``mass``). Returns nil
    /// (adding nothing) when the bounds fix the concentration.
    mutating func addConcentration(node id: Int, contaminant c: Int, graph: NetworkGraph,
                                   bounds: NetworkBounds) throws -> (concentration: Variable, masses: [Variable])? {
        let lo = bounds.concentrationLower[id][c], hi = bounds.concentrationUpper[id][c]
        guard hi - lo > 1e-9 * (1 + abs(hi)) else { return nil }
        let conc = try model.addVariable("c_\(id)_\(c)", lower: lo, upper: hi)
        concentration[id][c] = conc
        let masses = try graph.outgoing[id].map { a in
            let w = try model.addVariable("w_\(a)_\(c)", lower: 0, upper: hi * bounds.arcUpper[a])
            mass[a][c] = w.expression
            return w
        }
        return (conc, masses)
    }
}
