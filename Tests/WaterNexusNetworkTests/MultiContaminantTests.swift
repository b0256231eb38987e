import Testing
import WaterNexusNetwork

/// A synthetic two-contaminant network: fresh and reclaimed water, two (or three) fixed-load units, one treatment
/// slot choosing between two technologies, one discharge with limits. Hours per year = 1, so costs are per hour.
func twoContaminantPark(units count: Int = 2, technologies: Int = 2) -> NetworkModel {
    var economics = Economics()
    economics.hoursPerYear = 1
    economics.maxFlow = 200
    return NetworkModel(
        name: "two_contaminant_park", contaminants: ["COD", "SS"],
        sources: [WaterSource(name: "fresh", cost: 1.0, concentrations: [0, 0]),
                  WaterSource(name: "reclaimed", cost: 0.4, concentrations: [20, 10], capacity: 30)],
        units: [WaterUnit.fixedLoad("U1", loads: [1.0, 0.5], maxInlet: [20, 15], maxOutlet: [100, 80]),
                WaterUnit.fixedLoad("U2", loads: [2.0, 1.5], maxInlet: [50, 40], maxOutlet: [200, 150]),
                WaterUnit.fixedLoad("U3", loads: [1.5, 2.5], maxInlet: [100, 80], maxOutlet: [300, 400])].prefix(count).map { $0 },
        treatments: [TreatmentSlot(name: "T", technologies: [
            TreatmentTechnology(name: "bio", removal: [0.9, 0.4], opexPerTonne: 0.15, capexFixed: 50),
            TreatmentTechnology(name: "membrane", removal: [0.6, 0.95], opexPerTonne: 0.3, capexFixed: 30),
        ].prefix(technologies).map { $0 }, capacity: 100)],
        discharges: [Discharge(name: "river", limits: [60, 50], feePerTonne: 0.1)],
        economics: economics)
}

@Suite struct MultiContaminantTests {
    static let cases: [(units: Int, technologies: Int, variant: SolverVariant)] = [
        (2, 1, .branchAndBound), (1, 2, .branchAndBound), (2, 1, .refinePMC), (1, 2, .refinePMC), (1, 2, .refineNMDT),
    ]

    @Test(arguments: 0..<cases.count)
    func gapClosesAndBoundsHoldAgainstIndependentMultistart(caseIndex: Int) throws {
        let (units, technologies, variant) = Self.cases[caseIndex]
        let network = twoContaminantPark(units: units, technologies: technologies)
        var options = NetworkSolveOptions()
        variant.apply(to: &options)
        options.timeLimit = 60
        let result = try NetworkSolver.solve(network, options: options)
        #expect(result.status == .optimal)
        let upper = try #require(result.upperBound)
        #expect((upper - result.lowerBound) / upper <= 1e-3 + 1e-12)
        #expect(result.evaluation?.violations.isEmpty == true)
        expectFlowBalances(result)
        var sampler = IndependentSampler(state: 2024)
        let costs = try sampler.feasibleCosts(network, samples: 200)
        #expect(costs.count >= 10, "too few feasible samples: \(costs.count)")
        let bestSample = try #require(costs.min())
        // The lower bound never exceeds a feasible cost; the certified design is at least as good as any
        // sample up to the gap.
        #expect(result.lowerBound <= bestSample + 1e-6)
        #expect(upper <= bestSample * (1 + 1e-3) + 1e-6)
    }
}
