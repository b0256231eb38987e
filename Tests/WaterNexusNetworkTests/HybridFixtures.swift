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
}
