import Foundation
import Testing
import WaterNexusReports

struct ResultFolderWriterTests {
    @Test(arguments: [
        ("../../x_scenarios.csv", "x_scenarios.csv"), ("a/b c.csv", "a_b_c.csv"), (".hidden", "hidden"),
        ("..", "unnamed"), ("ok-name_1.svg", "ok-name_1.svg"), ("C:\\\\tmp\\\\y.csv", "C__tmp_y.csv"),
    ])
    func namesStayInsideTheFolder(name: String, safe: String) {
        #expect(ResultFolderWriter.safeName(name) == safe)
    }

    @Test func writesInsideListsOnceAndWritesTheReport() throws {
        let root = NSTemporaryDirectory() + "nexus-writer-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var folder = try ResultFolderWriter(path: root + "/o/p")
        try folder.write("a\n", to: "../../x_scenarios.csv", description: "scenarios")
        try folder.write("b\n", to: "../../x_scenarios.csv")
        #expect(folder.files.map(\.name) == ["x_scenarios.csv"])
        #expect(try String(contentsOfFile: root + "/o/p/x_scenarios.csv", encoding: .utf8) == "b\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/x_scenarios.csv"))

        var report = HTMLReport(title: "t")
        report.setSummary(ReportSummary(question: "q", answer: ["a"]))
        try folder.writeReport(report, manifest: ReportManifest(title: "t", command: "nexus x"))
        #expect(folder.files.map(\.name) == ["x_scenarios.csv", "report.json", "report.html"])
        let manifest = try ReportManifest.decode(Data(contentsOf: URL(fileURLWithPath: root + "/o/p/report.json")), file: "report.json")
        #expect(manifest.files == [ReportManifest.File(file: "x_scenarios.csv", description: "scenarios")])
        let html = try String(contentsOfFile: root + "/o/p/report.html", encoding: .utf8)
        #expect(html.contains("<li><a href=\"x_scenarios.csv\"><code>x_scenarios.csv</code></a> — scenarios</li>"))
        #expect(folder.summaryLine == "Files written to \(root)/o/p/: x_scenarios.csv, report.json, report.html")
    }

    @Test func refusesAFileAsFolder() throws {
        let file = NSTemporaryDirectory() + "nexus-writer-\(UUID().uuidString)"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = try #require(throws: ResultFolderError.self) { try ResultFolderWriter(path: file) }
        #expect(error.reason.contains("is a file, not a folder"))
    }
}
