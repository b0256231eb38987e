import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusNetwork
import WaterNexusTestSupport

@Suite struct HybridOptimizationTests {
    /// The λ/segment embedding of each fitted curve, solved by GLPK with its argument fixed, equals the
    /// curve's forward evaluation at sampled points, whether the output is minimized or maximized.
    @Test func embeddedCurvesEqualTheForwardPass() throws {
        let network = try NetworkModel.load(path: packageRoot() + "/Models/network/hybrid_park.yaml")
        var sampler = IndependentSampler(state: 3)
        for (_, fitted) in network.fittedRelations {
            for _ in 0..<12 {
                let t = fitted.range.lowerBound + (fitted.range.upperBound - fitted.range.lowerBound) * sampler.uniform()
                for sense in [ObjectiveSense.minimize, .maximize] {
                    var model = Model(name: "embedding")
                    let x = try model.addVariable("x", lower: 0, upper: 1000)
                    try model.addConstraint(x.expression == t)
                    let y = try fitted.curve.embed(in: &model, argument: x.expression, active: LinearExpression(constant: 1), name: "c")
                    try model.setObjective(sense, y)
                    let solution = try GLPKSolver.solve(model)
                    #expect(solution.status == .optimal)
                    #expect(abs((solution.objective ?? .nan) - fitted.curve.value(at: t)) <= 1e-9 * (1 + abs(fitted.curve.value(at: t))))
                }
            }
        }
    }

    /// The brute-force case's optimum (see ``HybridFixtures/bruteForceCase()``) against an enumeration written
    /// here from the physics: unit throughput F, treated flow T, recycle R ≤ T ≤ F; the unit's outlet is
    /// c = 1000·L(F) / (F − R·(1 − r(T))), the treated water (1 − r(T))·c; cost = fresh (F − R) + 0.5·T. (A numpy grid at 0.25 t/h puts the optimum near F 16.75, T 16.5, R 6.75:
    /// inside the falling part of the removal curve.)
    @Test func globalOptimumMatchesBruteForce() throws {
        let network = try HybridFixtures.bruteForceCase()
        let load = try #require(network.units[0].loadCurve(0)).curve, removal = try #require(network.treatments[0].technologies[0].removalCurve(0)).curve
        // The fits reproduce the generating functions (exact data, kinks at training points).
        for f in stride(from: 5.0, through: 40, by: 0.5) { #expect(abs(load.value(at: f) - HybridFixtures.load(f)) < 1e-9) }
        for f in stride(from: 2.0, through: 40, by: 0.5) { #expect(abs(removal.value(at: f) - HybridFixtures.removal(f)) < 1e-9) }
        func cost(_ f: Double, _ t: Double, _ r: Double) -> Double? {
            guard f >= 5 - 1e-9, f <= 40 + 1e-9, r <= t + 1e-9, t <= f + 1e-9, t == 0 || (t >= 2 - 1e-9 && t <= 40 + 1e-9) else { return nil }
            let pass = t > 0 ? 1 - HybridFixtures.removal(t) : 1
            let c = 1000 * HybridFixtures.load(f) / (f - r * pass), treated = pass * c
            let inlet = r * treated / f, river = ((f - t) * c + (t - r) * treated) / max(f - r, 1e-12)
            let tol = 1e-7
            guard inlet <= 10 + tol, c <= 150 + tol, f - r <= 1e-12 || river <= 30 + tol else { return nil }
            return (f - r) + 0.5 * t
        }
        func search(_ fs: [Double], _ ts: (Double) -> [Double], _ rs: (Double) -> [Double]) -> (Double, Double, Double, Double) {
            var best = (Double.infinity, 0.0, 0.0, 0.0)
            for f in fs { for t in ts(f) { for r in rs(t) { if let v = cost(f, t, r), v < best.0 { best = (v, f, t, r) } } } }
            return best
        }
        let coarse = search(Array(stride(from: 5.0, through: 40, by: 0.25)), { f in [0] + Array(stride(from: 2.0, through: f, by: 0.25)) },
                            { t in Array(stride(from: 0.0, through: t, by: 0.25)) })
        let (_, f0, t0, r0) = coarse
        let fine = search(Array(stride(from: max(f0 - 0.3, 5), through: min(f0 + 0.3, 40), by: 0.005)),
                          { f in t0 == 0 ? [0] : Array(stride(from: max(t0 - 0.3, 2), through: min(t0 + 0.3, f), by: 0.005)) },
                          { t in Array(stride(from: max(r0 - 0.3, 0), through: min(r0 + 0.3, t), by: 0.005)) })
        let brute = min(coarse.0, fine.0)
        var options = NetworkSolveOptions()
        options.gap = 1e-4
        options.timeLimit = 60
        let result = try NetworkSolver.solve(network, options: options)
        #expect(result.status == .optimal)
        let value = try #require(result.upperBound)
        // Certified: no grid point beats the design by more than the gap, and the bound stays below every grid point.
        #expect(value <= brute * (1 + 1e-4) + 1e-9)
        #expect(result.lowerBound <= brute + 1e-9)
        // The grid comes within its resolution of the optimum (0.005 t/h steps).
        #expect(brute - value <= 0.02)
        // The design, re-evaluated by the formulas above, is feasible at the reported cost.
        let design = try #require(result.design), graph = result.graph
        func flow(_ from: String, _ to: String) -> Double {
            graph.arcs.indices.first { graph.nodes[graph.arcs[$0].from].name == from && graph.nodes[graph.arcs[$0].to].name == to }.map { design.flows[$0] } ?? 0
        }
        let f = flow("fresh", "U") + flow("T", "U"), t = flow("U", "T"), r = flow("T", "U")
        let recomputed = try #require(cost(f, t, r))
        #expect(abs(recomputed - value) <= 1e-6 * (1 + value))
        print("hybrid brute force: nexus \(value) (LB \(result.lowerBound), \(result.iterations) nodes), grid \(brute) at F \(fine.1) T \(fine.2) R \(fine.3)")
    }

    /// SCIP, solving the exported exact model of the bundled hybrid park (with the fitted curves' binaries and
    /// the products pass fraction × inlet mass), agrees with nexus's certificate.
    @Test(.enabled(if: SCIP.isAvailable, Comment(rawValue: SCIP.missing)))
    func scipAgreesOnTheHybridPark() throws {
        let network = try NetworkModel.load(path: packageRoot() + "/Models/network/hybrid_park.yaml")
        var options = NetworkSolveOptions()
        options.gap = 1e-3
        options.timeLimit = 60
        let result = try NetworkSolver.solve(network, options: options)
        #expect(result.status == .optimal)
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-hybrid-park-\(UUID().uuidString).lp")
        try NetworkQCP.build(network).write(to: place)
        let text = try String(contentsOf: place, encoding: .utf8)
        #expect(text.contains("pass_") && text.contains("rho_") && text.contains("ld_"))
        let scip = try SCIP.solve(place, timeLimit: 20, gap: 1e-3, withSolution: true)
        let agreement = SCIPAgreement(nexus: result, scip: scip, nexusGap: 1e-3, scipGap: 1e-3)
        #expect(agreement.contradictions.isEmpty, Comment(rawValue: agreement.contradictions.joined(separator: "; ")))
        #expect(scip.primal != nil)
        print("hybrid park: \(agreement.nexusSummary) | \(scip)")
    }
}
