import Testing
import WaterNexusNetwork

/// Random small instances (2 units, 2 contaminants, 1 treatment with 1–2 technologies) from a seeded generator.
func randomNetwork(seed: UInt64) -> NetworkModel {
    var sampler = IndependentSampler(state: seed)
    func draw(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * sampler.uniform() }
    let units = (1...2).map { i in
        let maxIn = [draw(0, 40), draw(0, 40)]
        return WaterUnit.fixedLoad("U\(i)", loads: [draw(0.5, 2), draw(0.5, 2)], maxInlet: maxIn,
                                   maxOutlet: maxIn.map { $0 + draw(60, 200) })
    }
    let technologies = (0..<(sampler.uniform() < 0.5 ? 1 : 2)).map { j in
        TreatmentTechnology(name: "t\(j)", removal: [draw(0.3, 0.95), draw(0.3, 0.95)], opexPerTonne: draw(0.05, 0.4), capexFixed: draw(0, 40))
    }
    var economics = Economics()
    economics.hoursPerYear = 1
    economics.maxFlow = 150
    return NetworkModel(name: "random_\(seed)", contaminants: ["A", "B"],
                        sources: [WaterSource(name: "fresh", cost: 1, concentrations: [0, 0])],
                        units: units, treatments: [TreatmentSlot(name: "T", technologies: technologies, capacity: 100)],
                        discharges: [Discharge(name: "river", limits: [draw(30, 120), draw(30, 120)], feePerTonne: draw(0, 0.2))],
                        economics: economics)
}

@Suite struct RelaxationValidityTests {
    @Test(arguments: SolverVariant.allCases)
    func boundNeverExceedsRandomFeasiblePoints(variant: SolverVariant) throws {
        var checked = 0
        for seed in UInt64(1)...4 {
            let network = randomNetwork(seed: seed)
            var sampler = IndependentSampler(state: seed &* 7919)
            let costs = try sampler.feasibleCosts(network, samples: 100)
            guard let best = costs.min() else { continue }
            var options = NetworkSolveOptions()
            variant.apply(to: &options)
            options.maxIterations = 2 // refine: two relaxation rounds, partitions with binaries, bounds from OBBT
            options.timeLimit = 10
            let result = try NetworkSolver.solve(network, options: options)
            #expect(result.lowerBound <= best + 1e-6 * max(1, abs(best)), "seed \(seed): LB \(result.lowerBound) > feasible \(best)")
            if let upper = result.upperBound {
                #expect(result.lowerBound <= upper + 1e-9)
                #expect(result.evaluation?.violations.isEmpty == true)
            }
            checked += 1
        }
        #expect(checked >= 2)
    }

    @Test func technologyLimitsKeepTheBoundBelowRandomFeasiblePoints() throws {
        // The same random networks with an inlet limit (half the largest unit outlet limit, per contaminant) and
        // a minimum throughput of 5 t/h on every technology; the sampler enforces both on its own.
        var checked = 0
        for seed in UInt64(1)...4 {
            var network = randomNetwork(seed: seed)
            let ceilings = network.contaminants.indices.map { c in
                network.units.map { unit -> Double in
                    if case let .fixedLoad(_, _, maxOutlet) = unit.kind { return maxOutlet[c] }
                    return 0
                }.max() ?? 0
            }
            for j in network.treatments[0].technologies.indices {
                network.treatments[0].technologies[j].maxInlet = ceilings.map { $0 / 2 }
                network.treatments[0].technologies[j].minThroughput = 5
            }
            var sampler = IndependentSampler(state: seed &* 7919)
            let costs = try sampler.feasibleCosts(network, samples: 100)
            guard let best = costs.min() else { continue }
            var options = NetworkSolveOptions()
            options.maxIterations = 2
            options.timeLimit = 10
            let result = try NetworkSolver.solve(network, options: options)
            #expect(result.lowerBound <= best + 1e-6 * max(1, abs(best)), "seed \(seed): LB \(result.lowerBound) > feasible \(best)")
            if result.upperBound != nil { #expect(result.evaluation?.violations.isEmpty == true) }
            checked += 1
        }
        #expect(checked >= 2)
    }
}
