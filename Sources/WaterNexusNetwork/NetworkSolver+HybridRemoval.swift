import WaterNexusGLPK

/// Branching and primal guesses for throughput-dependent removals (``RemovalProduct``).
///
/// The McCormick envelopes of `P = ρ·M` are exact once the pass fraction ρ is pinned, and ρ's interval is
/// the fitted curve's range over the slot's throughput interval: so the search branches on that throughput,
/// and the envelopes close as the box narrows.
extension NetworkSolver {
    /// The slot whose removal envelopes are most violated at the relaxation's solution (mass error in g/h),
    /// and where to split its throughput interval: at the technology's throughput when it lies well inside,
    /// else at the middle. Nil when every product is exact to 1e-7 of its scale or its interval is a point.
    func throughputBranchingPoint(_ formulation: NetworkFormulation, _ solution: Solution,
                                  box: NetworkBounds) -> (node: Int, point: Double, error: Double)? {
        var chosen: (node: Int, point: Double, error: Double)?
        for product in formulation.removalProducts {
            let mass = solution.value(product.inletMass)
            let error = abs(solution.value(product.passed) - solution.value(product.pass) * mass)
            let lo = box.throughputLower[product.node], hi = box.throughputUpper[product.node], width = hi - lo
            guard error > 1e-7 * (1 + mass), width > 1e-6 * (1 + hi), error > (chosen?.error ?? 0) else { continue }
            let value = solution.value(product.flow)
            chosen = (product.node, value > lo + 0.1 * width && value < hi - 0.1 * width ? value : lo + width / 2, error)
        }
        return chosen
    }

    /// The relaxation's pass fractions `[slot][technology][contaminant]` (nil without fitted removals), the
    /// first guess of the fixed-quality heuristic.
    func relaxedPassFractions(_ formulation: NetworkFormulation, _ solution: Solution) -> [[[Double]]]? {
        guard !formulation.removalProducts.isEmpty else { return nil }
        var pass = maximalPassFractions()
        for product in formulation.removalProducts {
            pass[product.slot][product.technology][product.contaminant] = solution.value(product.pass)
        }
        return pass
    }

    /// The pass fractions a verified design's built technologies have at their throughputs (the largest for
    /// the others); nil without fitted removals.
    func evaluatedPassFractions(_ design: NetworkDesign, _ evaluation: NetworkEvaluation) -> [[[Double]]]? {
        guard network.hasHybridRemoval else { return nil }
        var pass = maximalPassFractions()
        for (id, node) in graph.nodes.enumerated() {
            guard case let .treatment(t) = node.kind, let j = design.technologies[t] else { continue }
            let tech = network.treatments[t].technologies[j]
            pass[t][j] = network.contaminants.indices.map { 1 - tech.removal($0, at: evaluation.throughput[id]) }
        }
        return pass
    }

    /// Pass fraction 1 for every slot, technology and contaminant (clipped to each curve's largest by the formulation).
    private func maximalPassFractions() -> [[[Double]]] {
        network.treatments.map { slot in slot.technologies.map { _ in network.contaminants.map { _ in 1.0 } } }
    }
}
