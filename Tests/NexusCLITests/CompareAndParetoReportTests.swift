import Foundation
import Testing
import WaterNexusReports
import WaterNexusTestSupport

/// The reports of `nexus compare MODEL --html` (allocation), `nexus compare --problem --html` and
/// `nexus pareto --html`: summary first, the structure check passes, and the compare summaries' headline
/// is the run's JSON value.
@Suite(.serialized)
struct CompareAndParetoReportTests {
    func nexus(_ arguments: [String]) throws -> ExternalTools.Result {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        return try ExternalTools.run(ExternalTools.nexus, arguments, in: ExternalTools.packageRoot)
    }

    @Test func compareReportHasStructureAndHeadline() throws {
        let out = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try nexus(["compare", "Models/yiwu.yaml", "--rate", "90", "--budget", "400", "--population", "20",
                                "--out", out.path, "--html"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(ReportStructure.problems(in: html) == [])
        for file in ["morime_vs_exact_90_summary.csv", "morime_vs_exact_90_choice.csv", "morime_vs_exact_90_fronts.csv",
                     "morime_vs_exact_90.json", "convergence.svg", "report.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file) missing")
        }
        let json = try Data(contentsOf: out.appendingPathComponent("morime_vs_exact_90.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let comparison = try #require((root["report"] as? [String: Any])?["comparison"] as? [String: Any])
        let run = try #require((comparison["runs"] as? [[String: Any]])?.first)
        let ratio = try #require((run["indicators"] as? [String: Any])?["hypervolumeRatio"] as? Double)
        #expect(html.contains("<th scope=\"row\">Hypervolume / exact</th><td class=\"num\">\(ReportNumber.format(ratio, digits: 4))</td>"))
        #expect(ratio > 0 && ratio <= 1)
    }

    @Test func paretoReportHasStructure() throws {
        let out = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try nexus(["pareto", "Models/yiwu.yaml", "--rate", "90", "--scenario", "O", "--points", "5", "--out", out.path, "--html"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(ReportStructure.problems(in: html) == [])
        #expect(html.contains("<section id=\"summary\">") && html.contains("Regret choice at 90 %"))
        #expect(result.output.contains("scenario O, rate 90 %:"))
    }

    @Test func testProblemReportHasStructureAndHeadline() throws {
        let out = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try nexus(["compare", "--problem", "zdt1", "--budget", "400", "--population", "20", "--out", out.path, "--html", "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(ReportStructure.problems(in: html) == [])
        let json = try Data(contentsOf: out.appendingPathComponent("comparison.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let ratio = try #require((run["indicators"] as? [String: Any])?["hypervolumeRatio"] as? Double)
        #expect(html.contains("<th scope=\"row\">Hypervolume / true front</th><td class=\"num\">\(ReportNumber.format(ratio, digits: 4))</td>"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("fronts.svg").path))
    }

    /// A case without a regret rule (one source, one recycled source, one user; synthetic) still opens with
    /// a summary: the front's size and ranges. By hand: demand 5, A (GHG 1, pollutant 2 per unit) up to 3,
    /// R (GHG 3, no pollutant) up to 2.5 (cap 0.5 of demand): f1 ≤ 5 (nothing supplied), f2 ≤ 2.5·1 + 2.5·3 = 10,
    /// f3 ≤ 3·2 = 6.
    @Test func reportWithoutChoiceStillOpensWithASummary() throws {
        let model = try writeMiniCase()
        let folder = URL(fileURLWithPath: (model as NSString).deletingLastPathComponent)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try nexus(["pareto", folder.appendingPathComponent("mini.yaml").path, "--points", "5", "--out", out.path, "--html"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(ReportStructure.problems(in: html) == [])
        #expect(html.contains("no regret rule") && html.contains("f1 from 0 to 5, f2 from 0 to 10 and f3 from 0 to 6."))
    }
}
