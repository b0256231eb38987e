import Testing
import WaterNexusNetwork

/// Regressions for bounds that once cut off feasible designs, so that a wrong "optimal" (or "infeasible")
/// was certified. Every expected value is worked out by hand in the comments.
@Suite struct BoundValidityTests {
    /// The trade-off network with a capacity on its fresh source. The closed loop U → T → U needs no fresh
    /// water: U picks up 1000 g/h between 10 ppm in and 100 ppm out, so it carries 1000/90 = 11.11 t/h, more
    /// than the source's 10 (or 5) t/h, and costs 0.1 · 11.11 = 1.1111. A throughput bound capped by the
    /// supply (10 or 5 t/h) once hid that loop and certified 10 (or called capacity 5 infeasible).
    @Test(arguments: [10.0, 5.0])
    func recycleLoopCarriesMoreThanTheSupply(capacity: Double) throws {
        var model = TradeOffNetwork.model()
        model.sources[0].capacity = capacity
        try expectCertifiedOptimum(model, 0.1 * 1000 / 90)
    }

    /// A source without a capacity is not held to `economics.maxFlow` (which bounds units and slots only).
    /// U picks up 6 kg/h from clean water up to 100 ppm: 60 t/h of fresh water at 1 per t, cost 60. The
    /// fixed-flow source S (20 t/h at 50 ppm) must leave somewhere; the discharge takes it at no cost, and
    /// U's inlet limit of 0 ppm excludes it, so 60 is optimal. Holding fresh water to maxFlow 50 once forced
    /// 10 t/h of U's water through T (0.1 per t) and certified 61.
    @Test func uncapacitatedSourceIsNotHeldToMaxFlow() throws {
        let yaml = """
        name: src_maxflow_bypass
        contaminants: [A]
        economics: {hoursPerYear: 1, maxFlow: 50}
        sources: [{name: fresh, cost: 1, concentrations: [0]}]
        units:
          - {name: U, loads: [6], maxInlet: [0], maxOutlet: [100], maxFlow: 80}
          - {name: S, type: fixedFlow, inletFlow: 0, outletFlow: 20, outletConcentrations: [50]}
        treatments: [{name: T, technologies: [{name: t, removal: [0.5], opexPerTonne: 0.1}]}]
        discharges: [{name: river, limits: [.inf]}]
        """
        try expectCertifiedOptimum(NetworkModel.parse(yaml: yaml), 60)
    }

    /// A fixed-flow sink takes 150 t/h, more than `maxFlow: 100`, from an uncapacitated source: feasible at
    /// 150 t/h · 1 per t = 150 (it was once called infeasible).
    @Test func fixedFlowSinkAboveMaxFlowIsFeasible() throws {
        let yaml = """
        name: sink150
        contaminants: [A]
        economics: {hoursPerYear: 1, maxFlow: 100}
        sources: [{name: fresh, cost: 1, concentrations: [0]}]
        units:
          - {name: S, type: fixedFlow, inletFlow: 150, maxInlet: [10], outletFlow: 0}
        discharges: [{name: river, limits: [.inf]}]
        """
        try expectCertifiedOptimum(NetworkModel.parse(yaml: yaml), 150)
    }

    /// An uncapacitated source's bypass pipe with a fixed cost has no bound from either end: refused with a
    /// message naming the connection and the fix, instead of an invented big-M.
    @Test func unboundedPipeBinaryIsRefused() throws {
        let yaml = """
        name: bypass_pipe
        contaminants: [A]
        sources: [{name: fresh, cost: 1, concentrations: [0]}]
        units:
          - {name: U, loads: [1], maxInlet: [0], maxOutlet: [100]}
        discharges: [{name: river, limits: [.inf]}]
        connections:
          allowed: [[fresh, U], [U, river], [fresh, river]]
          pipes: [{from: fresh, to: river, fixedCost: 10}]
        """
        #expect {
            try NetworkSolver.solve(NetworkModel.parse(yaml: yaml))
        } throws: { error in
            "\(error)".contains("fresh->river") && "\(error)".contains("capacity")
        }
    }
}

/// Solves `network` (default options) and checks the certificate against the hand value `optimum`: status
/// optimal, the design at the optimum, the lower bound below it and within the default gap 1e-3.
private func expectCertifiedOptimum(_ network: NetworkModel, _ optimum: Double,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try NetworkSolver.solve(network)
    #expect(result.status == .optimal, sourceLocation: sourceLocation)
    #expect(abs((result.upperBound ?? 0) - optimum) <= 1e-6, sourceLocation: sourceLocation)
    #expect(result.lowerBound <= optimum + 1e-9, sourceLocation: sourceLocation)
    #expect(result.lowerBound >= optimum * (1 - 1e-3) - 1e-9, sourceLocation: sourceLocation)
}
