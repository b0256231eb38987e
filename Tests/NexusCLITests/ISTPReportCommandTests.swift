import Foundation
import Testing
import WaterNexusReports

/// `nexus istp ... --out DIR --html` on the Henan case: the report a person reads (structure, size,
/// headline numbers against the published ones) and a result folder that keeps every file inside it.
@Suite(.serialized)
struct ISTPReportCommandTests {
    /// Runs `nexus istp` with `arguments` writing into a new folder; returns the folder and report.html.
    static func run(_ arguments: [String]) throws -> (folder: URL, html: String) {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let out = try ExternalTools.temporaryDirectory()
        let result = try ExternalTools.run(ExternalTools.nexus, ["istp", "Models/henan.yaml"] + arguments + ["--out", out.path, "--html"],
                                           in: ExternalTools.packageRoot)
        #expect(result.status == 0, "\(result.errors)")
        return (out, try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8))
    }

    /// The interval shown after `label` in the summary's headline table ("[19.2755, 24.2929]").
    static func headline(_ html: String, _ label: String) throws -> (Double, Double) {
        let start = try #require(html.range(of: label)).upperBound
        let open = try #require(html.range(of: "[", range: start..<html.endIndex)).upperBound
        let close = try #require(html.range(of: "]", range: open..<html.endIndex)).lowerBound
        let numbers = html[open..<close].split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        try #require(numbers.count == 2)
        return (numbers[0], numbers[1])
    }

    @Test func allScenariosReportIsSmallAndSummaryFirst() throws {
        let (folder, html) = try Self.run(["--all-scenarios"])
        #expect(ReportStructure.problems(in: html) == [])
        // The report was 2 MB with 23,511 table cells; the big tables now stay in the CSV files beside it.
        #expect(html.utf8.count < 300_000, "\(html.utf8.count) bytes")
        #expect(html.components(separatedBy: "<td").count - 1 < 1_000)
        #expect(html.components(separatedBy: "<figure").count - 1 >= 5)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("henan_S1_R1_allocations.csv").path))
        for name in ["henan_scenarios.csv", "henan_source_totals.csv", "henan_sector_totals.csv"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
            #expect(html.contains("href=\"\(name)\""), "\(name) linked")
        }
        // The paper's S2 interval under R1 is [19.22, 24.33] × 10¹² RMB; our f⁻ is 4.25 % above it, the
        // documented cost of reproducing the energy effect (docs/reproduction/henan.md), our f⁺ within 0.04 %.
        let (lo, hi) = try Self.headline(html, "f± of S2,R1")
        #expect(abs(lo - 19.22) <= 0.05 * 19.22 && abs(hi - 24.33) <= 0.01 * 24.33, "[\(lo), \(hi)]")
        #expect(html.contains("Recommended scenario"))
    }

    @Test func singleScenarioReportShowsItsPublishedInterval() throws {
        let (_, html) = try Self.run(["--scenario", "S0,R2"])
        #expect(ReportStructure.problems(in: html) == [])
        #expect(html.utf8.count < 300_000)
        // The paper: [19.56, 24.75] × 10¹² RMB for S0,R2.
        let (lo, hi) = try Self.headline(html, "f± of S0,R2")
        #expect(abs(lo - 19.56) <= 0.02 * 19.56 && abs(hi - 24.75) <= 0.02 * 24.75, "[\(lo), \(hi)]")
    }

    /// A model named `../../x` run with `--out o/p` used to write `x_scenarios.csv` two folders above
    /// `o/p`; the folder writer now keeps every file inside `o/p`.
    @Test func modelNameCannotLeaveTheOutputFolder() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let root = try ExternalTools.temporaryDirectory()
        let model = root.appendingPathComponent("model.yaml")
        let original = try String(contentsOf: ExternalTools.packageRoot.appendingPathComponent("Models/henan.yaml"), encoding: .utf8)
        let data = ExternalTools.packageRoot.appendingPathComponent("Data/henan").path
        try original.replacingOccurrences(of: "name: henan", with: "name: ../../x")
            .replacingOccurrences(of: "../Data/henan", with: data)
            .write(to: model, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("o/p")
        let result = try ExternalTools.run(ExternalTools.nexus, ["istp", model.path, "--out", out.path], in: root)
        #expect(result.status == 0, "\(result.errors)")
        let inside = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(inside.contains("x_scenarios.csv") && inside.contains("x_S1_R1_allocations.csv"), "\(inside)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["model.yaml", "o"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("o").path) == ["p"])
    }
}
