import Testing
import WaterNexusNetwork

/// Wang & Smith (1994), Example 1: four operations, one contaminant, fresh water at 0 ppm.
/// Limiting data (C_in,max, C_out,max in ppm; load in kg/h): op1 (0, 100; 2), op2 (50, 100; 5),
/// op3 (50, 800; 30), op4 (400, 800; 4). Published: minimum fresh water 90 t/h; 112.5 t/h without reuse.
func wangSmith(reuse: Bool) -> NetworkModel {
    let data: [(String, Double, Double, Double)] = [("op1", 0, 100, 2), ("op2", 50, 100, 5), ("op3", 50, 800, 30), ("op4", 400, 800, 4)]
    let units = data.map { WaterUnit.fixedLoad($0.0, loads: [$0.3], maxInlet: [$0.1], maxOutlet: [$0.2]) }
    var connections = ConnectionRules()
    if !reuse {
        connections.allowed = data.flatMap { [NodePair("fresh", $0.0), NodePair($0.0, "drain")] }
    }
    var economics = Economics()
    economics.hoursPerYear = 1 // cost = fresh water in t/h
    return NetworkModel(name: "wang_smith_1994_ex1", contaminants: ["ppm"],
                        sources: [WaterSource(name: "fresh", cost: 1, concentrations: [0])],
                        units: units, discharges: [Discharge(name: "drain", limits: [.infinity])],
                        connections: connections, economics: economics)
}

/// Re-checks the flow balances of a design directly from its arcs (independently of the evaluator).
func expectFlowBalances(_ result: NetworkResult) {
    guard let design = result.design else { Issue.record("no design"); return }
    let graph = result.graph
    for (id, node) in graph.nodes.enumerated() where node.hasInlet && node.hasOutlet {
        let inFlow = graph.incoming[id].reduce(0) { $0 + design.flows[$1] }
        let outFlow = graph.outgoing[id].reduce(0) { $0 + design.flows[$1] }
        #expect(abs(inFlow - outFlow) < 1e-6, "\(node.name): in \(inFlow) out \(outFlow)")
    }
}

@Suite struct WangSmithTests {
    @Test func minimumFreshWaterWithReuseIs90() throws {
        let result = try NetworkSolver.solveFixedQuality(wangSmith(reuse: true))
        #expect(result.status == .optimal)
        let fresh = try #require(result.upperBound)
        #expect(abs(fresh - 90) < 1e-6)
        let evaluation = try #require(result.evaluation)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations)")
        // Mass balance of op3 recomputed by hand from the design: F·C_out = Σ f·C_in + 30 000 g/h.
        let design = try #require(result.design)
        let graph = result.graph
        let op3 = try #require(graph.nodes.firstIndex { $0.name == "op3" })
        let inMass = graph.incoming[op3].reduce(0.0) { $0 + design.flows[$1] * evaluation.concentrations[graph.arcs[$1].from][0] }
        let throughput = graph.outgoing[op3].reduce(0.0) { $0 + design.flows[$1] }
        #expect(abs(throughput * evaluation.concentrations[op3][0] - inMass - 30_000) < 1e-4)
        expectFlowBalances(result)
    }

    @Test func withoutReuseIs112point5() throws {
        // Hand calculation: 2000/100 + 5000/100 + 30000/800 + 4000/800 = 20 + 50 + 37.5 + 5 = 112.5 t/h.
        let result = try NetworkSolver.solveFixedQuality(wangSmith(reuse: false))
        #expect(result.status == .optimal)
        #expect(abs((result.upperBound ?? 0) - 112.5) < 1e-6)
        #expect(result.evaluation?.violations.isEmpty == true)
        expectFlowBalances(result)
    }

    @Test(arguments: SolverVariant.allCases)
    func globalSolverCertifies90(variant: SolverVariant) throws {
        var options = NetworkSolveOptions()
        variant.apply(to: &options)
        let result = try NetworkSolver.solve(wangSmith(reuse: true), options: options)
        #expect(result.status == .optimal)
        #expect(abs((result.upperBound ?? 0) - 90) < 1e-5)
        #expect(result.lowerBound <= 90 + 1e-6)
        #expect(result.lowerBound >= 90 * (1 - 1e-3) - 1e-6)
        #expect(result.evaluation?.violations.isEmpty == true)
        expectFlowBalances(result)
    }
}

@Suite struct FixedQualityTests {
    @Test func outletsAtMaximaAreOnlyClaimedOptimalWhenTheTheoremApplies() throws {
        // Two contaminants and a treatment slot: the LP at fixed concentrations is only a feasible design.
        let result = try NetworkSolver.solveFixedQuality(twoContaminantPark(units: 1, technologies: 2))
        #expect(result.status != .optimal)
        #expect(result.lowerBound == -.infinity)
        if let evaluation = result.evaluation { #expect(evaluation.violations.isEmpty) }
    }
}
