import Foundation
import WaterNexusNetwork

/// Small models with fitted relations, their operating data written to a temporary folder.
enum HybridFixtures {
    /// A folder holding `files` (name → text), fresh per call.
    static func folder(_ files: [String: String]) throws -> String {
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-hybrid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: place.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return place.path
    }

    /// CSV operating data `flow,<column>,tag` at the given points.
    static func csv(_ column: String, _ points: [(Double, Double)]) -> String {
        "flow,\(column),tag,source\n" + points.map { "\($0.0),\($0.1),synthetic,test\n" }.joined()
    }

    /// The load of the brute-force case (kg/h): 1 + 0.08 F up to 20 t/h, then 2.6 + 0.02 (F − 20) (concave).
    static func load(_ f: Double) -> Double { f <= 20 ? 1 + 0.08 * f : 2.6 + 0.02 * (f - 20) }
    /// The removal of the brute-force case: 0.9 up to 10 t/h, then falling 0.01 per t/h (0.6 at 40 t/h).
    static func removal(_ f: Double) -> Double { f <= 10 ? 0.9 : 0.9 - 0.01 * (f - 10) }

    /// One unit U (load `load`, inlet ≤ 10 ppm, outlet ≤ 150 ppm, 5–40 t/h) fed by fresh water at 0 ppm (1 per t),
    /// one treatment T (removal `removal`, 2–40 t/h, 0.5 per t) that may recycle to U, and a river taking at most
    /// 30 ppm. Both curves come from exact data at whole t/h (every 5th point held out; the kinks are fitted
    /// points), so the fits reproduce them.
    static func bruteForceCase() throws -> NetworkModel {
        let directory = try folder([
            "load.csv": csv("load", (5...40).map { (Double($0), load(Double($0))) }),
            "removal.csv": csv("removal", (2...40).map { (Double($0), removal(Double($0))) }),
        ])
        let yaml = """
        name: hybrid_brute_force
        contaminants: [A]
        economics: {hoursPerYear: 1, maxFlow: 40}
        sources: [{name: fresh, cost: 1, concentrations: [0]}]
        units:
          - name: U
            loads: [2]
            maxInlet: [10]
            maxOutlet: [150]
            hybridLoad: [{contaminant: A, data: load.csv, class: monotonePWL, segments: 2, monotone: increasing, holdout: 5}]
        treatments:
          - name: T
            technologies:
              - name: t
                removal: [0.8]
                opexPerTonne: 0.5
                hybridRemoval: [{contaminant: A, data: removal.csv, class: monotonePWL, segments: 2, monotone: decreasing, holdout: 5}]
        discharges: [{name: river, limits: [30]}]
        connections:
          allowed: [[fresh, U], [U, T], [T, U], [T, river], [U, river]]
        """
        return try NetworkModel.parse(yaml: yaml, file: "hybrid_brute_force.yaml", directory: directory)
    }

    /// The brute-force case worked out by hand for unit throughput F, treated flow T and recycle R ≤ T ≤ F:
    /// the unit's outlet c = 1000·L(F) / (F − R·(1 − r(T))), the treated water (1 − r(T))·c, the unit's inlet
    /// R·(1 − r(T))·c / F, the river's mix of the bypass and the treated water; cost = fresh (F − R) + 0.5·T.
    /// With `fitted`, L and r are the fitted relations (F in 5–40, T zero or in 2–40); without, the fixed load 2
    /// and removal 0.8. Nil when a limit is broken.
    static func state(_ f: Double, _ t: Double, _ r: Double, fitted: Bool = true) -> (cost: Double, unit: Double, treated: Double)? {
        let slack = 1e-9
        guard r <= t + slack, t <= f + slack, f <= 40 + slack, f > 0 else { return nil }
        if fitted { guard f >= 5 - slack, t == 0 || (t >= 2 - slack && t <= 40 + slack) else { return nil } }
        let pass = t > 0 ? 1 - (fitted ? removal(t) : 0.8) : 1
        let c = 1000 * (fitted ? load(f) : 2) / (f - r * pass), treated = pass * c
        let inlet = r * treated / f, river = ((f - t) * c + (t - r) * treated) / max(f - r, 1e-12)
        // Limits hold within the tolerance NetworkEvaluation accepts: 1e-6 × (1 + |limit|).
        func within(_ value: Double, _ limit: Double) -> Bool { value <= limit + 1e-6 * (1 + limit) }
        guard within(inlet, 10), within(c, 150), f - r <= 1e-12 || within(river, 30) else { return nil }
        return ((f - r) + 0.5 * t, c, treated)
    }

    /// The unit's throughput in a design of the brute-force case (fresh and recycled water in).
    static func unitThroughput(_ design: NetworkDesign, _ graph: NetworkGraph) -> Double {
        graph.arcs.indices.filter { graph.nodes[graph.arcs[$0].to].name == "U" }.reduce(0) { $0 + design.flows[$1] }
    }

    /// The flow on the arc `from` → `to` in a design (0 when there is no such arc).
    static func flow(_ design: NetworkDesign, _ graph: NetworkGraph, _ from: String, _ to: String) -> Double {
        graph.arcs.indices.first { graph.nodes[graph.arcs[$0].from].name == from && graph.nodes[graph.arcs[$0].to].name == to }.map { design.flows[$0] } ?? 0
    }

    /// A seeded variant of the brute-force case for differential tests: random increasing load and decreasing
    /// removal data (three random pieces, noise-free), random limits and prices, and a second unit V that may
    /// take U's or T's water.
    static func randomCase(seed: UInt64) throws -> NetworkModel {
        var sampler = IndependentSampler(state: seed &* 7919 &+ 17)
        func draw(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * sampler.uniform() }
        let slopes = (0..<3).map { _ in draw(0.005, 0.12) }, drops = (0..<3).map { _ in draw(0, 0.015) }
        let base = draw(0.5, 2), top = draw(0.85, 0.98)
        func piecewise(_ f: Double, _ start: Double, _ rates: [Double], sign: Double) -> Double {
            var value = start, x = 2.0
            for (n, rate) in rates.enumerated() {
                let end = n == rates.count - 1 ? 40 : 2 + 38 * Double(n + 1) / Double(rates.count)
                value += sign * rate * (min(f, end) - x)
                if f <= end { return value }
                x = end
            }
            return value
        }
        let directory = try folder([
            "load.csv": csv("load", (4...40).map { (Double($0), piecewise(Double($0), base, slopes, sign: 1)) }),
            "removal.csv": csv("removal", (2...40).map { (Double($0), max(piecewise(Double($0), top, drops, sign: -1), 0)) }),
        ])
        let yaml = """
        name: hybrid_random_\(seed)
        contaminants: [A]
        economics: {hoursPerYear: 1, maxFlow: 40}
        sources: [{name: fresh, cost: 1, concentrations: [\(draw(0, 5))]}]
        units:
          - name: U
            loads: [2]
            maxInlet: [\(draw(5, 30))]
            maxOutlet: [\(draw(120, 300))]
            hybridLoad: [{contaminant: A, data: load.csv, class: monotonePWL, segments: 3, monotone: increasing}]
          - {name: V, loads: [\(draw(0.5, 2))], maxInlet: [\(draw(20, 60))], maxOutlet: [\(draw(150, 300))], maxFlow: 40}
        treatments:
          - name: T
            technologies:
              - {name: t, removal: [0.8], opexPerTonne: \(draw(0.1, 0.6)), capexFixed: \(draw(0, 5)), hybridRemoval: [{contaminant: A, data: removal.csv, class: monotonePWL, segments: 3, monotone: decreasing}]}
        discharges: [{name: river, limits: [\(draw(25, 60))]}]
        connections:
          allowed: [[fresh, U], [fresh, V], [U, T], [T, U], [T, V], [U, V], [T, river], [U, river], [V, river], [V, T]]
        """
        return try NetworkModel.parse(yaml: yaml, file: "hybrid_random_\(seed).yaml", directory: directory)
    }
}
