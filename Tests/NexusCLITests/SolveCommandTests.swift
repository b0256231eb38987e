import Foundation
import Testing
import WaterNexusTestSupport

/// `nexus solve`, run as a process on the built binary.
@Suite(.serialized)
struct SolveCommandTests {
    func nexus(_ arguments: [String]) throws -> ExternalTools.Result {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus),
                     "build the package first: \(ExternalTools.nexus) is missing")
        return try ExternalTools.run(ExternalTools.nexus, arguments)
    }

    var plan: String { ExternalTools.glpkExamples.appendingPathComponent("plan.mps").path }

    /// Random MPS seed 3 stops GLPK's MIP presolver on an assertion: the verdict comes from a retry,
    /// and both reports say so.
    @Test func retriedVerdictIsReportedWithItsNote() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-retry-\(UUID().uuidString).mps")
        try RandomMPS.text(seed: 3).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try nexus(["solve", file.path])
        #expect(text.status == 2) // proven infeasible (nexus --help: exit statuses)
        #expect(text.output.hasPrefix("status: infeasible\nnote: GLPK failed inside branch-and-cut"))
        #expect(text.output.contains("retry: branch-and-cut failed (Assertion failed: q->lb < q->ub)"))
        let json = try nexus(["solve", file.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "infeasible")
        #expect((object["retries"] as? [String])?.isEmpty == false)
    }
    var samp1: String { ExternalTools.glpkExamples.appendingPathComponent("samp1.mps").path }

    @Test(.enabled(if: ExternalTools.hasGLPKExamples, "GLPK's example models are not installed")) func textReport() throws {
        let result = try nexus(["solve", plan])
        #expect(result.status == 0)
        // plan.mps: glpsol reports VALUE = 296.2166065 (MINimum); GLPK's simplex gives the same vertex.
        #expect(result.output.contains("status: optimal"))
        #expect(result.output.contains("objective: 296.21660649819"))
        #expect(result.output.contains("BIN2") && !result.output.contains("BIN1 ")) // BIN1 is 0 at the optimum
    }

    @Test(.enabled(if: ExternalTools.hasGLPKExamples, "GLPK's example models are not installed")) func jsonReportIsOneObjectInModelOrder() throws {
        let result = try nexus(["solve", plan, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "optimal")
        let objective = try #require(object["objective"] as? Double)
        #expect(abs(objective - 296.2166065) < 1e-6)
        let variables = try #require(object["variables"] as? [String: Double])
        #expect(variables.count == 7 && variables["BIN1"] == 0)
        // keys appear in column order: BIN1 … BIN5, ALUM, SILICON
        let positions = ["BIN1", "BIN2", "BIN3", "BIN4", "BIN5", "ALUM", "SILICON"].compactMap {
            result.output.range(of: "\"\($0)\":")?.lowerBound
        }
        #expect(positions.count == 7 && positions == positions.sorted())
        #expect(object["bestBound"] == nil) // LP: no MIP fields
    }

    @Test(.enabled(if: ExternalTools.hasGLPKExamples, "GLPK's example models are not installed")) func jsonReportOfAMIPHasBoundAndGap() throws {
        let result = try nexus(["solve", samp1, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        // samp1.mps: glpsol's MIP optimum is Z = 24.33333333 (checked in GLPKExampleFileTests too).
        #expect(abs(try #require(object["objective"] as? Double) - 24.333333333) < 1e-6)
        let bound = try #require(object["bestBound"] as? Double)
        #expect(abs(bound - 24.333333333) < 1e-6)
        #expect(try #require(object["gap"] as? Double) < 1e-9)
    }

    @Test func unreadableInputGivesOneLineReason() throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.lp")
        try "Minimize\n obj: x + y\nSubject To\n c1: x + y >= \nEnd\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try nexus(["solve", bad.path])
        #expect(result.status != 0)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.errors.contains("\(bad.path):5:") && result.errors.contains("expected a number"))
        let missing = try nexus(["solve", directory.appendingPathComponent("none.mps").path])
        #expect(missing.status != 0 && missing.errors.split(separator: "\n").count == 1 && missing.errors.contains("cannot read"))
        let wrongKind = try nexus(["solve", directory.appendingPathComponent("model.txt").path])
        #expect(wrongKind.status != 0 && wrongKind.errors.contains(".mps or .lp"))
    }

    @Test(.enabled(if: ExternalTools.hasGLPKExamples, "GLPK's example models are not installed")) func writesFilesThatSolveTheSame() throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        let result = try nexus(["solve", samp1, "--write-mps", out.path, "--write-lp", out.path])
        #expect(result.status == 0)
        for file in ["samp1.mps", "samp1.lp"] {
            let path = out.appendingPathComponent(file).path
            #expect(FileManager.default.fileExists(atPath: path))
            let again = try nexus(["solve", path, "--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any])
            #expect(abs(try #require(object["objective"] as? Double) - 24.333333333) < 1e-6)
        }
        let fixed = directory.appendingPathComponent("fixed.mps")
        #expect(try nexus(["solve", plan, "--write-mps", fixed.path, "--fixed-mps"]).status == 0)
        #expect(try String(contentsOf: fixed, encoding: .utf8).contains("NAME          "))
    }

    @Test(.enabled(if: ExternalTools.hasGLPKExamples, "GLPK's example models are not installed")) func optionsReachTheSolver() throws {
        let ranges = try nexus(["solve", plan, "--ranges"])
        #expect(ranges.status == 0 && ranges.output.contains("cost lower") && ranges.output.contains("bound upper"))
        for arguments in [["--method", "primal"], ["--method", "interior"], ["--presolve", "on"], ["--exact"],
                          ["--time-limit", "30"]] {
            let result = try nexus(["solve", plan, "--json"] + arguments)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
            #expect(abs(try #require(object["objective"] as? Double) - 296.2166065) < 1e-5, "\(arguments)")
        }
        let gap = try nexus(["solve", samp1, "--mip-gap", "0.5", "--json"])
        #expect(gap.status == 0)
        let badMethod = try nexus(["solve", plan, "--method", "barrier"])
        #expect(badMethod.status != 0 && badMethod.errors.contains("primal, dual or interior"))
    }
}
