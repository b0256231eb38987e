import Foundation
import Testing
import WaterNexusReports

/// `nexus sweep` on the Henan ISTP scenarios: run locally, and through the emitted GNU parallel job
/// file, the merged tables must be identical (same settings, exit statuses and result fields).
@Suite(.serialized)
struct SweepCommandTests {
    @Test func henanScenariosLocallyAndThroughGNUParallelMergeIdentically() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let parallel = try #require(ExternalTools.which("parallel"), "GNU parallel is needed (apt-get install parallel)")
        let root = ExternalTools.packageRoot
        let directory = try ExternalTools.temporaryDirectory()
        let spec = directory.appendingPathComponent("henan.yaml")
        try """
        name: henan-risk
        command: [istp, Models/henan.yaml]
        parameters:
          scenario: ["S0,R1", "S0,R2", "S0,R3", "S2,R1"]
        arguments: [--json]
        """.write(to: spec, atomically: true, encoding: .utf8)
        let local = directory.appendingPathComponent("local").path
        let emitted = directory.appendingPathComponent("emitted").path

        let run = try ExternalTools.run(ExternalTools.nexus, ["sweep", spec.path, "--out", local, "--jobs", "2", "--quiet"], in: root)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("4 succeeded, 0 failed"))
        let resumed = try ExternalTools.run(ExternalTools.nexus, ["sweep", spec.path, "--out", local, "--quiet"], in: root)
        #expect(resumed.output.contains("0 succeeded, 0 failed, 4 already done"))

        let emit = try ExternalTools.run(ExternalTools.nexus, ["sweep", spec.path, "--out", emitted, "--emit-only"], in: root)
        #expect(emit.status == 0)
        let jobs = URL(fileURLWithPath: emitted).appendingPathComponent("jobs.txt").path
        let viaParallel = try ExternalTools.run("/bin/sh", ["-c", "\(parallel) --will-cite -j 2 < '\(jobs)'"], in: root)
        #expect(viaParallel.status == 0, "\(viaParallel.output)")

        let mergedLocal = try ExternalTools.run(ExternalTools.nexus, ["merge", local, "--out", "-"], in: root)
        let mergedEmitted = try ExternalTools.run(ExternalTools.nexus, ["merge", emitted, "--out", "-"], in: root)
        #expect(mergedLocal.status == 0 && mergedEmitted.status == 0)
        #expect(mergedLocal.output == mergedEmitted.output)
        // Each row carries the scenario's net-benefit interval; risk relaxation cannot lower it (R1 ≤ R2 ≤ R3).
        let table = try CSVTable.parse(mergedLocal.output, source: "merged")
        #expect(table.rows.map { $0[1] } == ["S0,R1", "S0,R2", "S0,R3", "S2,R1"])
        let upper = try #require(table.header.firstIndex(of: "netBenefit[1]"))
        let benefits = table.rows.prefix(3).compactMap { Double($0[upper]) }
        #expect(benefits.count == 3 && benefits[0] <= benefits[1] && benefits[1] <= benefits[2])
    }
}
