import Foundation
import Testing
import WaterNexusInput
import WaterNexusBatch

struct SweepSpecTests {
    let yaml = """
    name: demo
    command: [istp, Models/henan.yaml]
    parameters:
      scenario: ["S0,R1", "S1,R2"]
      order: [optimistic, pessimistic]
    seeds: [7]
    arguments: [--json]
    """

    @Test func expandsTheGridInDeclarationOrder() throws {
        let runs = try SweepSpec.parse(yaml: yaml, file: "s.yaml").runs()
        #expect(runs.map(\.id) == ["run-0001", "run-0002", "run-0003", "run-0004"])
        #expect(runs[1].arguments == ["istp", "Models/henan.yaml", "--scenario", "S0,R1", "--order", "pessimistic", "--seed", "7", "--json"])
        #expect(runs[2].settings.map(\.value) == ["S1,R2", "optimistic", "7"])
    }

    @Test(arguments: [
        ("command: [x]", "name", 1),
        ("name: a", "command", 1),
        ("name: a\ncommand: [x]\nparameters: [1, 2]", "parameters", 3),
        ("name: a\ncommand: [x]\nseeds: [one]", "seeds[0]", 3),
        ("name: a\ncommand: [x]\ncolour: red", "colour", 3),
        ("name: a\ncommand: [x]\nparameters:\n  p: []", "parameters.p", 4),
    ])
    func badSpecsNameTheFieldAndLine(text: String, field: String, line: Int) {
        #expect {
            try SweepSpec.parse(yaml: text, file: "bad.yaml")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file == "bad.yaml" && error.field == field && error.line == line
        }
    }

    @Test func shellQuotingSurvivesSpacesAndQuotes() {
        #expect(shellQuote("S0,R1") == "S0,R1")
        #expect(shellQuote("it's a b") == "'it'\\''s a b'")
    }
}

struct SweepExecutionTests {
    /// A tiny JSON-printing program: doubles its --x and echoes --tag, so the merged table can be
    /// checked by hand (x = 1, 2, 3 → twice = 2, 4, 6).
    func makeSpec() -> SweepSpec {
        let program = "import json, sys; a = dict(zip(sys.argv[1::2], sys.argv[2::2])); "
            + "print(json.dumps({'twice': 2 * float(a['--x']), 'echo': a['--label'], 'nested': {'ok': True}, 'list': [1, 2.5], 'long': list(range(9))}))"
        return SweepSpec(name: "t", command: ["-c", program], parameters: [("x", ["1", "2", "3"]), ("label", ["a b"])])
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func localRunAndGNUParallelJobFileMergeIdentically() throws {
        let python = "/usr/bin/python3"
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let local = SweepDirectory(root: root.appendingPathComponent("local"))
        let runs = try local.writePlan(makeSpec(), executable: python, workingDirectory: root.path)
        let summary = try SweepRunner(executable: python, workingDirectory: root.path, jobs: 2).run(runs, in: local)
        #expect(summary == .init(skipped: 0, succeeded: 3, failed: 0))
        let again = try SweepRunner(executable: python, workingDirectory: root.path, jobs: 2).run(runs, in: local)
        #expect(again == .init(skipped: 3, succeeded: 0, failed: 0)) // resumable: nothing re-run

        let viaParallel = SweepDirectory(root: root.appendingPathComponent("parallel"))
        _ = try viaParallel.writePlan(makeSpec(), executable: python, workingDirectory: root.path)
        let parallel = Process()
        parallel.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        parallel.arguments = ["parallel", "-j", "2", "--will-cite"]
        parallel.standardInput = try FileHandle(forReadingFrom: viaParallel.jobsFile)
        try parallel.run()
        parallel.waitUntilExit()
        #expect(parallel.terminationStatus == 0, "GNU parallel must be installed (apt-get install parallel)")

        let merged = try SweepMerge.merge(local)
        // short lists become indexed columns; the 9-element list is left out
        #expect(merged.header == ["id", "x", "label", "exit_status", "echo", "list[0]", "list[1]", "nested.ok", "twice"])
        #expect(merged.rows.map { $0.last! } == ["2", "4", "6"])
        #expect(merged.rows.allSatisfy { $0[3] == "0" && $0[4] == "a b" && $0[5] == "1" && $0[6] == "2.5" && $0[7] == "true" })
        #expect(try SweepMerge.merge(viaParallel).render() == merged.render())
    }

    @Test func failedRunsAreRecordedNotFatal() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = SweepDirectory(root: root)
        let spec = SweepSpec(name: "f", command: ["-c", "import sys; sys.exit(3)"], parameters: [("x", ["1"])])
        let runs = try directory.writePlan(spec, executable: "/usr/bin/python3", workingDirectory: root.path)
        let summary = try SweepRunner(executable: "/usr/bin/python3", workingDirectory: root.path, jobs: 1).run(runs, in: directory)
        #expect(summary.failed == 1)
        #expect(try SweepMerge.merge(directory).rows[0][2] == "3")
    }
}
