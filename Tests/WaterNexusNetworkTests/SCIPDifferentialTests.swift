import Foundation
import Testing
import WaterNexusNetwork
import WaterNexusTestSupport

/// Seeded random networks solved by nexus and, from the exported exact QCP, by SCIP: the two must agree
/// (see ``SCIPAgreement``). `NEXUS_SCIP_INSTANCES` sets the number of seeds (default 50; the benchmark
/// Benchmarks/network/differential.sh runs 200). A disagreement names the seed and leaves the model YAML and
/// the QCP in a temporary folder to reproduce it with `nexus network` and Scripts/scip_solve.py.
@Suite struct SCIPDifferentialTests {
    static let instances = Int(ProcessInfo.processInfo.environment["NEXUS_SCIP_INSTANCES"] ?? "") ?? 50
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-scip-differential")

    @Test(.enabled(if: SCIP.isAvailable, Comment(rawValue: SCIP.missing)), arguments: (1...max(instances, 1)).map(UInt64.init))
    func nexusAgreesWithSCIP(seed: UInt64) throws {
        let yaml = RandomNetworks.yaml(seed: seed)
        let network = try NetworkModel.parse(yaml: yaml, file: "seed_\(seed).yaml")
        var options = NetworkSolveOptions()
        options.timeLimit = 10
        options.gap = 1e-3
        let result = try NetworkSolver.solve(network, options: options)
        let place = Self.folder.appendingPathComponent("seed_\(seed)")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let qcp = place.appendingPathComponent("model.lp")
        try NetworkQCP.build(network).write(to: qcp)
        let scip = try SCIP.solve(qcp, timeLimit: 20, gap: 1e-4)
        let agreement = SCIPAgreement(nexus: result, scip: scip, nexusGap: options.gap, scipGap: 1e-4)
        let contradictions = agreement.contradictions
        if contradictions.isEmpty {
            try? FileManager.default.removeItem(at: place)
            if agreement.isInconclusive { print("seed \(seed): SCIP inconclusive (\(scip)); \(agreement.nexusSummary)") }
            return
        }
        try yaml.write(to: place.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
        Issue.record(Comment(rawValue: """
            seed \(seed): nexus and SCIP disagree
              \(contradictions.joined(separator: "\n  "))
              \(agreement.nexusSummary)
              \(scip)
              reproduce: nexus network \(place.path)/model.yaml --gap 1e-3 --time-limit 10; python3 Scripts/scip_solve.py \(qcp.path)
            """))
    }
}
