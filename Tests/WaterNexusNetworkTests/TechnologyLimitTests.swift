import Testing
import WaterNexusNetwork

/// Synthetic (hand-chosen values): two units picking up 1 and 2 kg/h (inlet ≤ 20 ppm, outlet ≤ 100 ppm), fresh
/// water at 1 per t, one slot offering `ro` (90 % removal, 0.1 per t, inlet limit `roMaxInlet`) and `bio`
/// (80 % removal, 0.15 per t, no limit), every connection allowed; one hour per year, so costs are per hour.
///
/// Hand optimum. The 3000 g/h picked up leave either with discharged water (at most 100 ppm, since every
/// outlet is: units ≤ 100, the slot ≤ 0.2·100; discharged water = fresh water F) or through the slot, which
/// removes r·s·Q of a flow Q entering at s ppm. So 3000 ≤ 100·F + r·s·Q with s ≤ min(100, maxInlet), and
/// cost = F + p·Q ≥ 3000·min(1/100, p / (r·s_max)) (p: price per t treated). Treating is cheaper per gram for
/// both technologies (ro 0.1/90, bio 0.15/80 < 1/100), and a closed loop reaches the bound: both units leave at
/// s_max, the slot returns (1 − r)·s_max ≤ 20 ppm to both (ro 5–10, bio 20), no fresh water. Optimum
/// 3000·p/(r·s_max) of the cheaper technology.
private func recycleLoop(roMaxInlet: Double) -> NetworkModel {
    var economics = Economics()
    economics.hoursPerYear = 1
    economics.maxFlow = 100
    let ro = TreatmentTechnology(name: "ro", removal: [0.9], opexPerTonne: 0.1, maxInlet: [roMaxInlet])
    let bio = TreatmentTechnology(name: "bio", removal: [0.8], opexPerTonne: 0.15)
    return NetworkModel(name: "limited recycle", contaminants: ["A"],
                        sources: [WaterSource(name: "fresh", cost: 1, concentrations: [0])],
                        units: [.fixedLoad("U1", loads: [1], maxInlet: [20], maxOutlet: [100]),
                                .fixedLoad("U2", loads: [2], maxInlet: [20], maxOutlet: [100])],
                        treatments: [TreatmentSlot(name: "T", technologies: [ro, bio], capacity: 100)],
                        discharges: [Discharge(name: "river", limits: [.infinity])], economics: economics)
}

/// Synthetic: one unit picking up 1 kg/h from fresh water only (inlet 0 ppm, outlet ≤ 100 ppm), its water to a
/// river allowing 20 ppm, directly or through a slot offering `A` (90 %, 0.1 per t, at least `minimumA` t/h
/// when built) or `B` (95 %, 0.15 per t); one hour per year.
///
/// Hand optimum. The unit takes F ≥ 10 t/h and leaves at 1000/F ppm; treating x t/h with removal r keeps
/// 1000 − r·(1000/F)·x g/h for the river's 20·F, so x ≥ (1000 − 20F)·F/(1000r). Cost F + p·x rises with F on
/// [10, 50] (slope ≥ 1 − p/r > 0), so F = 10 at 100 ppm and x ≥ 800/(100r): A 8.8889 t/h (cost 10.8889),
/// B 8.4211 t/h (cost 10 + 0.15·800/95 = 11.2632). Fresh water alone needs 50 t/h.
private func endOfPipe(minimumA: Double) -> NetworkModel {
    var economics = Economics()
    economics.hoursPerYear = 1
    economics.maxFlow = 100
    let a = TreatmentTechnology(name: "A", removal: [0.9], opexPerTonne: 0.1, minThroughput: minimumA)
    let b = TreatmentTechnology(name: "B", removal: [0.95], opexPerTonne: 0.15)
    return NetworkModel(name: "end of pipe", contaminants: ["A"],
                        sources: [WaterSource(name: "fresh", cost: 1, concentrations: [0])],
                        units: [.fixedLoad("U", loads: [1], maxInlet: [0], maxOutlet: [100])],
                        treatments: [TreatmentSlot(name: "T", technologies: [a, b], capacity: 100)],
                        discharges: [Discharge(name: "river", limits: [20])],
                        connections: ConnectionRules(allowed: [NodePair("fresh", "U"), NodePair("U", "T"), NodePair("U", "river"), NodePair("T", "river")]),
                        economics: economics)
}

/// Solves to a 1e-6 gap and checks the certificate: optimal, the hand value inside the bounds, the design
/// re-evaluated without violations; returns the result.
private func solveTight(_ network: NetworkModel, expect optimum: Double, variant: SolverVariant = .branchAndBound) throws -> NetworkResult {
    var options = NetworkSolveOptions()
    options.gap = 1e-6
    variant.apply(to: &options)
    let result = try NetworkSolver.solve(network, options: options)
    let upper = try #require(result.upperBound)
    #expect(result.status == .optimal)
    #expect(abs(upper - optimum) <= 1e-6 * optimum, "upper bound \(upper), hand value \(optimum)")
    #expect(result.lowerBound <= optimum * (1 + 1e-9))
    #expect(result.evaluation?.violations.isEmpty == true, "\(result.evaluation?.violations ?? [])")
    return result
}

private func technology(_ result: NetworkResult, in network: NetworkModel) -> String? {
    result.design?.technologies[0].map { network.treatments[0].technologies[$0].name }
}

@Suite struct TechnologyLimitTests {
    @Test func withoutAnInletLimitRoRecyclesAtOneHundredPpm() throws {
        // 3000·0.1/(0.9·100) = 3.3333 (bio: 3000·0.15/(0.8·100) = 5.625).
        let network = recycleLoop(roMaxInlet: .infinity)
        let result = try solveTight(network, expect: 3000 * 0.1 / 90)
        #expect(technology(result, in: network) == "ro")
    }

    @Test(arguments: SolverVariant.allCases)
    func anInletLimitOf80PpmKeepsRoAtAHigherCost(variant: SolverVariant) throws {
        // s_max = 80: 3000·0.1/(0.9·80) = 4.1667 < bio's 5.625; units leave at 80 ppm, inlets at 8 ppm.
        let network = recycleLoop(roMaxInlet: 80)
        let result = try solveTight(network, expect: 3000 * 0.1 / 72, variant: variant)
        #expect(technology(result, in: network) == "ro")
        let slot = try #require(result.graph.nodes.firstIndex { $0.name == "T" })
        #expect(try #require(result.evaluation).inletConcentrations[slot][0] <= 80 * (1 + 1e-6))
    }

    @Test(arguments: SolverVariant.allCases)
    func anInletLimitOf50PpmMakesBioWin(variant: SolverVariant) throws {
        // s_max = 50: ro would cost 3000·0.1/(0.9·50) = 6.6667 > bio's 3000·0.15/(0.8·100) = 5.625.
        let network = recycleLoop(roMaxInlet: 50)
        let result = try solveTight(network, expect: 3000 * 0.15 / 80, variant: variant)
        #expect(technology(result, in: network) == "bio")
    }

    @Test func fixedQualityDesignsMeetTheInletLimit() throws {
        // Concentrations fixed (node order fresh, U1, U2, T, river) with the units at 50 ppm and the slot at 5:
        // only ro reaches 5 ppm (bio leaves at 0.2·50 = 10), and the limit holds at 50 ppm exactly; the design
        // is the closed ro loop of the hand optimum at s_max = 50, 3000·0.1/45 = 6.6667, and passes the evaluation.
        let network = recycleLoop(roMaxInlet: 50)
        let result = try NetworkSolver.solveFixedQuality(network, concentrations: [[0], [50], [50], [5], [0]])
        #expect(abs((result.upperBound ?? 0) - 3000 * 0.1 / 45) <= 1e-6)
        #expect(result.evaluation?.violations.isEmpty == true, "\(result.evaluation?.violations ?? [])")
        #expect(technology(result, in: network) == "ro")
        // Units fixed at 60 ppm, the slot at 12: without the limit ro would win (3000·0.1/(0.9·60) = 5.5556);
        // with it, ro's feed needs 0.2 t of fresh water per t to reach 50 ppm (0.1 + 0.2·1.1 = 0.32 per 54 g
        // removed), so bio wins: 3000·0.15/(0.8·60) = 9.375 (it leaves at 0.2·60 = 12 ppm).
        let above = try NetworkSolver.solveFixedQuality(network, concentrations: [[0], [60], [60], [12], [0]])
        #expect(technology(above, in: network) == "bio")
        #expect(abs((above.upperBound ?? 0) - 9.375) <= 1e-6)
        #expect(above.evaluation?.violations.isEmpty == true)
    }

    @Test func theEvaluationRejectsADesignAboveTheInletLimit() throws {
        // The unlimited optimum sends 100 ppm into ro; under a 50 ppm limit that design is a violation.
        let free = try solveTight(recycleLoop(roMaxInlet: .infinity), expect: 3000 * 0.1 / 90)
        let limited = recycleLoop(roMaxInlet: 50)
        let evaluation = NetworkEvaluation(model: limited, graph: NetworkGraph(limited), design: try #require(free.design))
        #expect(evaluation.violations.count == 1)
        #expect(evaluation.violations.first?.contains("ro's maxInlet 50") == true)
        // Excess (100 − 50)/(1 + 50).
        #expect(abs(evaluation.violationTotal - 50.0 / 51) <= 1e-4)
    }

    @Test func aMinimumThroughputMakesATechnologyTreatMoreThanNeeded() throws {
        // Without a minimum A treats 800/90 = 8.8889 t/h: cost 10 + 0.88889. With 9.5 t/h it treats 9.5:
        // 10 + 0.95 = 10.95, still below B's 11.2632.
        let free = try solveTight(endOfPipe(minimumA: 0), expect: 10 + 0.1 * 800 / 90)
        let network = endOfPipe(minimumA: 9.5)
        let result = try solveTight(network, expect: 10.95)
        #expect(technology(result, in: network) == "A")
        let slot = try #require(result.graph.nodes.firstIndex { $0.name == "T" })
        #expect(abs(try #require(result.evaluation).throughput[slot] - 9.5) <= 1e-6)
        // The free optimum treats too little for the minimum: the evaluation names it.
        let evaluation = NetworkEvaluation(model: network, graph: result.graph, design: try #require(free.design))
        #expect(evaluation.violations.count == 1)
        #expect(evaluation.violations.first?.contains("below A's minThroughput 9.5") == true)
    }

    @Test(arguments: SolverVariant.allCases)
    func aMinimumAboveTheAvailableWaterMakesTheOtherTechnologyWin(variant: SolverVariant) throws {
        // A needs 12 t/h, so the unit must take F ≥ 12 t/h: cost ≥ 12 + 1.2 = 13.2 > B's 10 + 0.15·800/95.
        let network = endOfPipe(minimumA: 12)
        let result = try solveTight(network, expect: 10 + 0.15 * 800 / 95, variant: variant)
        #expect(technology(result, in: network) == "B")
    }
}
