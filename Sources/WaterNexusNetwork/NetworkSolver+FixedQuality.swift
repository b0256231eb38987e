extension NetworkSolver {
    /// Solves the linear (or, with pipe and technology binaries, mixed-integer linear) problem obtained by
    /// fixing every variable outlet concentration at `concentrations` `[node][contaminant]`, or at its upper
    /// bound (for fixed-load units: C_out,max) when nil.
    ///
    /// For one contaminant, fixed-load units only, no treatment and no pipe binaries, outlets at their maxima
    /// are optimal (Savelski & Bagajewicz 2000, necessary conditions of optimality), so the result is a proven
    /// optimum (`status` optimal, lower bound = upper bound). Otherwise it is a verified feasible design
    /// (`status` feasible, lower bound −∞).
    public static func solveFixedQuality(_ network: NetworkModel, concentrations: [[Double]]? = nil,
                                         options: NetworkSolveOptions = NetworkSolveOptions()) throws -> NetworkResult {
        var solver = try NetworkSolver(network, options: options)
        let fixed = solver.clipped(concentrations ?? solver.bounds.concentrationUpper)
        guard let (value, design, evaluation) = try solver.solveFixed(fixed) else {
            let cause = InfeasibilityDiagnosis.reason(network: solver.network, graph: solver.graph, bounds: solver.bounds)
            return solver.result(.noSolution, message: "no network satisfies the limits with these concentrations" + (cause.map { "; likely cause: " + $0 } ?? ""))
        }
        solver.best = (value, design, evaluation)
        let singleContaminantLP = network.contaminants.count == 1 && network.treatments.isEmpty
            && solver.graph.arcs.allSatisfy { !$0.pipe.needsBinary }
            && network.units.allSatisfy { if case .fixedLoad = $0.kind { true } else { false } }
            && options.objective == .cost && concentrations == nil
        if singleContaminantLP { solver.lowerBound = value }
        return solver.result(singleContaminantLP ? .optimal : .feasible, message: nil)
    }
}
