import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusNetwork

/// Keeps the last relaxation model the solver hands to its sink.
private final class LastModel: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (name: String, model: Model)?
    func keep(_ name: String, _ model: Model) {
        guard name.hasPrefix("relaxation") else { return }
        lock.lock()
        defer { lock.unlock() }
        stored = (name, model)
    }

    var model: Model? {
        lock.lock()
        defer { lock.unlock() }
        return stored?.model
    }
}

/// One unit fed with fresh water, one treatment slot with a linear-capex technology A and a concave-capex
/// technology B (α·F^0.7), one river. All numbers are synthetic.
private func concaveCapexPlant(exponent: Double = 0.7, load: Double = 2) -> NetworkModel {
    var economics = Economics()
    economics.hoursPerYear = 8000
    economics.interestRate = 0.08
    economics.lifetimeYears = 10
    economics.electricityPrice = 0
    economics.carbonPrice = 0
    economics.maxFlow = 100
    let linear = TreatmentTechnology(name: "A", removal: [0.9], opexPerTonne: 0.2, capexFixed: 20000, capexPerFlow: 3000)
    let concave = TreatmentTechnology(name: "B", removal: [0.95], opexPerTonne: 0.2, capexFixed: 20000,
                                      capexConcave: ConcaveCapex(alpha: 8000, exponent: exponent))
    return NetworkModel(
        name: "concave capex", contaminants: ["C"],
        sources: [WaterSource(name: "fresh", cost: 1, concentrations: [0])],
        units: [.fixedLoad("U", loads: [load], maxInlet: [0], maxOutlet: [100], maxFlow: 100)],
        treatments: [TreatmentSlot(name: "T", technologies: [linear, concave], capacity: 100)],
        discharges: [Discharge(name: "river", limits: [20])],
        connections: ConnectionRules(allowed: [NodePair("fresh", "U"), NodePair("U", "T"), NodePair("U", "river"), NodePair("T", "river")]),
        economics: economics)
}

/// The optimum of ``concaveCapexPlant(load:)`` by brute force over a grid of the unit's flow F (t/h).
///
/// With F fixed the unit's outlet is 1000L/F ppm (L kg/h picked up, F ≥ 10L for the 100 ppm outlet limit,
/// F ≤ 100); the river allows 20 ppm, so a technology removing r must treat at least
/// x(F) = (1000L − 20F)·F/(1000L·r) t/h (all costs grow with x, so exactly that), and untreated operation
/// needs F ≥ 50L. Annual cost = 8000·F (fresh) + 8000·0.2·x (opex) + CRF·(20000 + 3000x) for A or
/// CRF·(20000 + 8000·x^0.7) for B, CRF = 0.08·1.08^10/(1.08^10 − 1).
private func bruteForceOptimum(load: Double = 2) -> Double {
    let crf = 0.08 * pow(1.08, 10) / (pow(1.08, 10) - 1)
    var best = 50 * load <= 100 ? 8000.0 * 50 * load : .infinity // no treatment
    let steps = 80_000, low = 10 * load
    for step in 0...steps {
        let f = low + (100 - low) * Double(step) / Double(steps)
        for (removal, capital) in [(0.9, { (x: Double) in 20000 + 3000 * x }), (0.95, { (x: Double) in 20000 + 8000 * pow(x, 0.7) })] {
            let x = (1000 * load - 20 * f) * f / (1000 * load * removal)
            guard x > 0, x <= f else { continue }
            best = min(best, 8000 * f + 8000 * 0.2 * x + crf * capital(x))
        }
    }
    return best
}

@Suite struct ConcaveCapexTests {
    @Test(arguments: BilinearRelaxation.allCases)
    func boundsBracketTheBruteForceOptimumAndTheGapCloses(relaxation: BilinearRelaxation) throws {
        let optimum = bruteForceOptimum()
        var options = NetworkSolveOptions()
        options.gap = 1e-4
        options.relaxation = relaxation
        let result = try NetworkSolver.solve(concaveCapexPlant(), options: options)
        let upper = try #require(result.upperBound)
        #expect(result.status == .optimal)
        #expect(result.lowerBound <= optimum * (1 + 1e-9))
        // The upper bound is the re-evaluated cost of a real design, so it cannot beat the true optimum.
        #expect(upper >= optimum * (1 - 1e-6))
        #expect(upper <= optimum * (1 + options.gap) + 1e-6)
        #expect((upper - result.lowerBound) / upper <= options.gap)
        // The first relaxation's secants (breakpoints 0, 6.25, 25, 50, 100 t/h) lie below α·F^β at the treated
        // flow 1600·20/1900 ≈ 16.84 t/h, so its bound is open; a breakpoint there closes it.
        let first = try #require(result.history.first)
        #expect(first.lowerBound < optimum * (1 - options.gap))
        // The reported capital charge uses the true α·F^β at the design's treated flow.
        let evaluation = try #require(result.evaluation), design = try #require(result.design)
        let slot = try #require(result.graph.nodes.firstIndex { $0.name == "T" })
        let treated = evaluation.throughput[slot]
        let crf = 0.08 * pow(1.08, 10) / (pow(1.08, 10) - 1)
        #expect(design.technologies[0] == 1)
        #expect(abs(evaluation.cost.treatmentCapital - crf * (20000 + 8000 * pow(treated, 0.7))) <= 1e-6 * evaluation.cost.treatmentCapital)
    }

    @Test func lastRelaxationWithoutTheIncumbentCutoffStaysBelowTheOptimum() throws {
        // The solver cuts its relaxations off at the incumbent, which would hide a relaxation that
        // overestimates; so take its last relaxation MILP (its breakpoints include the optimal treated flow,
        // where the secants touch α·F^β), drop the cutoff and solve it to optimality here.
        let last = LastModel()
        var options = NetworkSolveOptions()
        options.gap = 1e-4
        options.solver = RecordingSolver(GLPKSolver()) { name, model in last.keep(name, model) }
        _ = try NetworkSolver.solve(concaveCapexPlant(), options: options)
        var model = try #require(last.model)
        try model.removeConstraint(try #require(model.constraint(named: "incumbent")))
        var exact = SolverOptions()
        exact.mipGap = 0
        let solution = try GLPKSolver.solve(model, options: exact)
        let optimum = bruteForceOptimum(), bound = try #require(solution.objective)
        #expect(solution.status == .optimal)
        #expect(bound <= optimum * (1 + 1e-9))
        // …and it is tight: the relaxation is exact at the optimal design.
        #expect(bound >= optimum * (1 - 1e-6))
    }

    @Test(arguments: [1.5, 2.5, 3.5])
    func otherLoadsMatchTheBruteForceToo(load: Double) throws {
        let optimum = bruteForceOptimum(load: load)
        let result = try NetworkSolver.solve(concaveCapexPlant(load: load))
        let upper = try #require(result.upperBound)
        #expect(result.status == .optimal)
        #expect(result.lowerBound <= optimum * (1 + 1e-9) && upper >= optimum * (1 - 1e-6))
        #expect(upper <= optimum * (1 + NetworkSolveOptions().gap))
    }

    @Test func modelFileHasTheSameOptimum() throws {
        let network = try NetworkModel.load(path: packageRoot() + "/Models/network/concave_capex.yaml")
        // economics, fresh, U, A, B, river: all tagged synthetic.
        #expect(network.provenance.count == 6 && network.provenance.allSatisfy { $0.tag == .synthetic })
        #expect(network.treatments[0].technologies[1].capexConcave == ConcaveCapex(alpha: 8000, exponent: 0.7))
        let result = try NetworkSolver.solve(network)
        let optimum = bruteForceOptimum(), upper = try #require(result.upperBound)
        #expect(result.status == .optimal)
        #expect(result.lowerBound <= optimum * (1 + 1e-9) && upper >= optimum * (1 - 1e-6))
        #expect(upper <= optimum * (1 + NetworkSolveOptions().gap))
    }

    @Test func linearCapexWouldChooseDifferently() throws {
        // Sanity check that the concave term matters: with β → exponent 0.999 technology B's capital at
        // x ≈ 16.8 t/h is ≈ 8000·16.8 = 134,000, far above A's 20000 + 3000·17.8 ≈ 73,000, so A wins.
        let result = try NetworkSolver.solve(concaveCapexPlant(exponent: 0.999))
        #expect(result.status == .optimal)
        #expect(result.design?.technologies[0] == 0)
    }

    @Test func fileReadsAndValidatesTheConcaveTerm() throws {
        let yaml = """
        contaminants: [C]
        sources: [{name: fresh, cost: 1, concentrations: [0]}]
        units: [{name: U, loads: [2], maxInlet: [0], maxOutlet: [100], maxFlow: 100}]
        treatments:
          - name: T
            capacity: 100
            technologies:
              - {name: A, removal: [0.9], capexPerFlow: 3000}
              - {name: B, removal: [0.95], capexConcave: {alpha: 8000, exponent: 0.7}}
        discharges: [{name: river, limits: [20]}]
        """
        let model = try NetworkModel.parse(yaml: yaml)
        #expect(model.treatments[0].technologies[1].capexConcave == ConcaveCapex(alpha: 8000, exponent: 0.7))
        #expect(model.treatments[0].technologies[0].capexConcave == nil)
        let convex = try #require(invalid(yaml.replacingOccurrences(of: "exponent: 0.7", with: "exponent: 1.2")))
        #expect(convex.contains("exponent") && convex.contains("1.2") && convex.contains("capexConcave") && convex.contains("line"))
        let negative = try #require(invalid(yaml.replacingOccurrences(of: "alpha: 8000", with: "alpha: -1")))
        #expect(negative.contains("alpha"))
        let typo = try #require(invalid(yaml.replacingOccurrences(of: "exponent:", with: "exponnent:")))
        #expect(typo.contains("exponnent"))
        // The programmatic route is checked too.
        var bad = concaveCapexPlant()
        bad.treatments[0].technologies[1].capexConcave = ConcaveCapex(alpha: 8000, exponent: 1.2)
        #expect(throws: NetworkError.self) { try bad.validate() }
    }
}
