import Foundation
import Testing
import WaterNexusNetwork
import WaterNexusTestSupport

/// Seeded random networks solved by nexus and, from the exported exact QCP, by SCIP: the two must agree
/// (see ``SCIPAgreement``). `NEXUS_SCIP_INSTANCES` sets the number of seeds (default 50) and
/// `NEXUS_SCIP_TIME_LIMIT` each solver's time limit per instance (default 5 s); the benchmark
/// Benchmarks/network/differential.sh runs 200 seeds at 10 s. A disagreement names the seed, explains it
/// (SCIP's design re-evaluated, the bounds of nexus it crosses) and leaves the model YAML and the QCP in a
/// temporary folder to reproduce it with `nexus network` and Scripts/scip_solve.py (`NEXUS_SCIP_KEEP=1` keeps
/// every instance's files).
@Suite struct SCIPDifferentialTests {
    static let environment = ProcessInfo.processInfo.environment
    static let instances = Int(environment["NEXUS_SCIP_INSTANCES"] ?? "") ?? 50
    static let timeLimit = Double(environment["NEXUS_SCIP_TIME_LIMIT"] ?? "") ?? 5
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-scip-differential-\(ProcessInfo.processInfo.processIdentifier)") // one folder per test run: parallel runs do not share files

    @Test(.enabled(if: SCIP.isAvailable, Comment(rawValue: SCIP.missing)), arguments: (1...max(instances, 1)).map(UInt64.init))
    func nexusAgreesWithSCIP(seed: UInt64) throws {
        let yaml = RandomNetworks.yaml(seed: seed)
        let network = try NetworkModel.parse(yaml: yaml, file: "seed_\(seed).yaml")
        var options = NetworkSolveOptions()
        options.timeLimit = Self.timeLimit
        options.gap = 1e-3
        let result = try NetworkSolver.solve(network, options: options)
        let place = Self.folder.appendingPathComponent("seed_\(seed)")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let qcp = place.appendingPathComponent("model.lp")
        try NetworkQCP.build(network).write(to: qcp)
        let scip = try SCIP.solve(qcp, timeLimit: Self.timeLimit, gap: 1e-3, withSolution: true)
        let agreement = SCIPAgreement(nexus: result, scip: scip, nexusGap: options.gap, scipGap: 1e-3)
        let contradictions = agreement.contradictions
        let verdict = contradictions.isEmpty ? (agreement.isInconclusive ? "inconclusive" : "agree") : "DISAGREE"
        print("seed \(seed): \(verdict) | \(agreement.nexusSummary) | \(scip)")
        let keep = Self.environment["NEXUS_SCIP_KEEP"] != nil
        if contradictions.isEmpty && !keep {
            try? FileManager.default.removeItem(at: place)
            return
        }
        try yaml.write(to: place.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
        if contradictions.isEmpty { return }
        Issue.record(Comment(rawValue: """
            seed \(seed): nexus and SCIP disagree
              \(contradictions.joined(separator: "\n  "))
              \(agreement.nexusSummary)
              \(scip)
              \(SCIPDesign(network: network, values: scip.values).diagnosis.joined(separator: "\n  "))
              reproduce: nexus network \(place.path)/model.yaml --gap 1e-3 --time-limit \(Self.timeLimit); python3 Scripts/scip_solve.py \(qcp.path)
            """))
    }
}
