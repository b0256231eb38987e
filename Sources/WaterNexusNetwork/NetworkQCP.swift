import WaterNexusModel

/// The exact nonconvex model of a network, as a quadratically constrained program for independent solvers
/// (SCIP, Gurobi, BARON …): the check on our own certificates.
///
/// Variables: arc flows, pipe binaries, technology choices and flows, the binaries of piecewise-linear
/// electricity curves, concentrations `c_<node>_<c>` of variable-quality nodes in [0, data ceiling], and
/// mass flows `w_<arc>_<c>` on the arcs leaving them, tied by the rows `bil_<arc>_<c>: w − f · c = 0`.
/// A throughput-dependent removal adds its pass fraction `rho_<node>_<j>_<c>` (the fitted curve's λ/segment
/// embedding) and the mass it lets through, tied by `pass_<node>_<j>_<c>: pm − rho · mt = 0`; a fitted load is
/// its curve's embedding (linear with binaries).
/// Balances are equalities; the objective is ``NetworkFormulation``'s (the cost that ``NetworkEvaluation``
/// recomputes, or the emissions), with the carbon cap as a row when there is one.
///
/// Every bound comes straight from the data (``NetworkBounds/init(dataOf:graph:)``), never from our bound
/// tightening, so that a solver reading the file can catch a wrong bound of ours.
public enum NetworkQCP {
    /// The exact model of `network` for `options.objective` and the carbon cap (`options.carbonCap`,
    /// else the model's).
    /// - Throws: ``NetworkError/invalidModel(place:problem:fix:)`` for an invalid model, for a concave capital
    ///   cost α·F^β (not expressible with products of two variables), and for a pipe binary without a
    ///   data bound on its flow (no big-M).
    public static func build(_ network: NetworkModel, options: NetworkSolveOptions = NetworkSolveOptions()) throws -> QuadraticModel {
        try network.validate()
        var network = network
        if let cap = options.carbonCap { network.economics.carbonCap = cap }
        for slot in network.treatments {
            for tech in slot.technologies {
                guard let term = tech.capexConcave else { continue }
                throw NetworkError.invalidModel(
                    place: "treatment \(slot.name), technology \(tech.name)",
                    problem: "the concave capital cost \(term.alpha)·F^\(term.exponent) (capexConcave) has no exact form with products of two variables, so the QCP cannot be written",
                    fix: "remove capexConcave to export the rest of the model, or solve this model with nexus network, which handles it")
            }
        }
        let graph = NetworkGraph(network)
        let bounds = NetworkBounds(dataOf: network, graph: graph)
        for (a, arc) in graph.arcs.enumerated() where arc.pipe.needsBinary && !bounds.arcUpper[a].isFinite {
            throw NetworkError.invalidModel(
                place: "connection \(graph.label(of: a))",
                problem: "the pipe needs an on/off binary (fixedCost or minFlow) but no data bounds its flow, so the binary has no big-M",
                fix: "give source \(graph.nodes[arc.from].name) a capacity")
        }
        var formulation = try NetworkFormulation(network: network, graph: graph, bounds: bounds, mode: .exact,
                                                 carbonCap: network.economics.carbonCap,
                                                 emissionsObjective: options.objective == .emissions)
        formulation.model.name = network.name
        var qcp = QuadraticModel(formulation.model)
        for product in formulation.products {
            try qcp.addConstraint(product.name, product.mass.expression == 0,
                                  quadratic: [QuadraticTerm(-1, product.flow, product.concentration)])
        }
        for product in formulation.removalProducts {
            try qcp.addConstraint(product.name, product.passed.expression == 0,
                                  quadratic: [QuadraticTerm(-1, product.pass, product.inletMass)])
        }
        return qcp
    }
}
