import Testing
import WaterNexusMultiobjective
import WaterNexusNetwork

/// MORIME on a network model against the certified ε-constraint front.
@Suite struct MORIMEComparisonTests {
    /// The trade-off network of ``TradeOffNetwork``.
    func tradeOff() -> NetworkModel { TradeOffNetwork.model() }

    let options = MORIMEOptions(populationSize: 40, stop: .evaluations(3000), archiveSize: 40, seed: 7)

    /// Every front point is feasible when re-evaluated, and its objectives match a hand calculation from
    /// its flows: cost = 1 · (fresh flow) + 0.1 · Q_T; emissions = 2 · 0.5306 · Q_T, with Q_T the larger of
    /// T's inflow and outflow (they agree within the evaluation's balance tolerance).
    @Test func frontPointsAreFeasibleAndCostedAsByHand() throws {
        let problem = try NetworkMORIMEProblem(model: tradeOff())
        let result = try MORIME.run(problem, options: options)
        #expect(!result.front.isEmpty)
        let graph = problem.graph
        let t = graph.nodes.firstIndex { $0.name == "T" }!
        let fresh = graph.outgoing[0]
        for candidate in result.front {
            let evaluation = NetworkEvaluation(model: tradeOff(), graph: NetworkGraph(tradeOff()), design: problem.design(candidate.x))
            #expect(evaluation.isFeasible, "\(evaluation.violations)")
            let freshFlow = fresh.reduce(0) { $0 + candidate.x[$1] }
            let treated = max(graph.incoming[t].reduce(0) { $0 + candidate.x[$1] }, graph.outgoing[t].reduce(0) { $0 + candidate.x[$1] })
            let cost = freshFlow + (treated > 0 ? 0.1 * treated : 0), carbon = 2 * 0.5306 * treated
            #expect(abs(candidate.evaluation.objectives[0] - cost) <= 1e-9 * (1 + cost))
            #expect(abs(candidate.evaluation.objectives[1] - carbon) <= 1e-9 * (1 + carbon))
        }
    }

    /// No MORIME point beats a certified lower bound, and the per-objective gaps are at least −(certified
    /// gap). The certified minimum cost is the hand value 1000/900.
    @Test func noPointBeatsTheCertifiedFront() throws {
        let problem = try NetworkMORIMEProblem(model: tradeOff())
        let exact = try NetworkPareto.solve(tradeOff(), count: 4)
        let report = try NetworkFrontComparison.compare(problem, exact: exact, options: options, seeds: [1, 2])
        #expect(abs(report.costMinimum.value - 1000.0 / 900) < 1e-3)
        #expect(report.exactPoints.allSatisfy { $0.status == "optimal" })
        #expect(report.certificateBreaches.isEmpty, "\(report.certificateBreaches)")
        for run in report.comparison.runs {
            #expect(!run.front.isEmpty)
            for point in run.front {
                for e in report.exactPoints where e.cap.map({ point[1] <= $0 * (1 + 1e-9) }) ?? true {
                    #expect(point[0] >= e.lowerBound - 1e-6 * max(1, e.lowerBound))
                }
            }
        }
        let optima = [report.costMinimum, report.emissionsMinimum]
        for gaps in report.relativeObjectiveGaps {
            for k in 0..<2 { #expect(gaps[k] >= -(optima[k].gap ?? 0) - 1e-6) }
        }
    }

    /// Models/network/ro_recycle.yaml (estimated data, a fitted electricity curve and a fixed capital cost):
    /// the certified emission minimum is the hand value for fresh water only (20 kg/h into 2500 − 300 ppm:
    /// 9.0909 t/h, 8000 h · 0.3 kgCO2/t = 21 818.18 kgCO2/yr, cost 8000 · (4.2 + 1.2) · 9.0909 = 392 727.27),
    /// and no MORIME point beats a certified lower bound.
    @Test func roRecycleModelFile() throws {
        let network = try NetworkModel.load(path: packageRoot() + "/Models/network/ro_recycle.yaml")
        let exact = try NetworkPareto.solve(network, count: 3)
        let report = try NetworkFrontComparison.compare(try NetworkMORIMEProblem(model: network), exact: exact, options: options, seeds: [3])
        #expect(abs(report.emissionsMinimum.value - 8000 * 0.3 * 20000 / 2200) < 1e-3)
        #expect(abs(try #require(report.exactPoints.first?.cost) - 8000 * 5.4 * 20000 / 2200) < 1e-3)
        #expect(!report.comparison.runs[0].front.isEmpty)
        #expect(report.certificateBreaches.isEmpty, "\(report.certificateBreaches)")
    }

    /// The breach detector itself: a point 1 % below the minimum-cost lower bound is reported, one at the
    /// bound is not; a point within a cap proven infeasible is reported.
    @Test func breachDetectorFlagsAPointBelowALowerBound() {
        let exact = [NetworkFrontComparison.ExactPoint(cap: nil, status: "optimal", cost: 100, emissions: 5, lowerBound: 99.9, gap: 1e-3, seconds: 0)]
        let emissions = NetworkFrontComparison.Optimum(objective: "emissions", value: 0, lowerBound: 0, gap: 0, status: "optimal")
        #expect(NetworkFrontComparison.certificateBreaches(front: [[99.9, 3]], seed: 1, exact: exact, emissionsMinimum: emissions).isEmpty)
        let breaches = NetworkFrontComparison.certificateBreaches(front: [[98.9, 3]], seed: 1, exact: exact, emissionsMinimum: emissions)
        #expect(breaches.count == 1 && breaches.first?.lowerBound == 99.9)
        // A cap proven infeasible: any point within it is a breach, a point above it is not.
        let infeasible = [NetworkFrontComparison.ExactPoint(cap: 1, status: "infeasible", cost: nil, emissions: nil, lowerBound: .infinity, gap: nil, seconds: 0)]
        #expect(NetworkFrontComparison.certificateBreaches(front: [[500, 0.5]], seed: 1, exact: infeasible, emissionsMinimum: emissions).count == 1)
        #expect(NetworkFrontComparison.certificateBreaches(front: [[500, 2]], seed: 1, exact: infeasible, emissionsMinimum: emissions).isEmpty)
    }

    /// Same seed, same front (and the thread count does not matter).
    @Test func sameSeedSameFront() throws {
        let problem = try NetworkMORIMEProblem(model: tradeOff())
        var one = options
        one.threads = 1
        var two = options
        two.threads = 2
        let a = try MORIME.run(problem, options: one), b = try MORIME.run(problem, options: two)
        #expect(a.front.map(\.x) == b.front.map(\.x))
        #expect(a.frontObjectives == b.frontObjectives)
    }

    /// Repair on a chain fresh → boiler (fixed flow: 20 t/h in, 18 t/h out) → river: the flows 5 and 3
    /// are scaled to exactly 20 and 18 (hand values), and the repaired design is feasible.
    @Test func repairMeetsFixedFlows() throws {
        let model = NetworkModel(
            name: "chain", contaminants: ["A"], sources: [WaterSource(name: "fresh", cost: 1, concentrations: [0])],
            units: [WaterUnit(name: "boiler", kind: .fixedFlow(inletFlow: 20, maxInlet: [10], outletFlow: 18, outletConcentrations: [50]))],
            discharges: [Discharge(name: "river", limits: [.infinity])])
        let problem = try NetworkMORIMEProblem(model: model)
        #expect(problem.graph.arcs.count == 2)
        var x = [5.0, 3.0]
        problem.repair(&x)
        #expect(x == [20, 18])
        #expect(problem.evaluate(x).violation == 0)
        #expect(abs(problem.evaluate([5, 3]).violation - (15.0 / 21 + 15.0 / 19)) < 1e-12) // |5 − 20|/(1 + 20) + |3 − 18|/(1 + 18)
    }

    /// The numeric violation by hand: a unit limited to 20 ppm at its inlet fed 10 t/h of 50 ppm water
    /// exceeds by (50 − 20)/(1 + 20) = 1.428571…; outlet 50 + 1000/10 = 150 ppm is within its 1000 ppm.
    @Test func violationTotalIsTheScaledExcess() throws {
        let model = NetworkModel(
            name: "dirty", contaminants: ["A"], sources: [WaterSource(name: "well", cost: 1, concentrations: [50])],
            units: [WaterUnit.fixedLoad("U", loads: [1], maxInlet: [20], maxOutlet: [1000])],
            discharges: [Discharge(name: "river", limits: [.infinity])])
        let problem = try NetworkMORIMEProblem(model: model, repairSweeps: 0)
        let labels = problem.graph.arcs.indices.map { problem.graph.label(of: $0) }
        var x = Array(repeating: 0.0, count: problem.dimension)
        x[labels.firstIndex(of: "well->U")!] = 10
        x[labels.firstIndex(of: "U->river")!] = 10
        let evaluation = problem.evaluation(x)
        #expect(evaluation.violations.count == 1)
        #expect(abs(evaluation.violationTotal - 30.0 / 21) < 1e-12)
    }
}
