import Foundation
import Testing
import WaterNexusReports

struct ResultFolderReportTests {
    /// A fresh folder with the given files.
    func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "nexus-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        return path
    }

    @Test func withoutManifestShowsEveryCSVAndSVG() throws {
        let dir = try folder(["b.csv": "x,y\n1,2\n", "a.csv": "k\nv\n", "fig.svg": SampleFigures.line(),
                              "provenance.csv": "name,value,unit,tag,source\nPrice,2.1,$/m³,published,\"Paper, T2\"\n",
                              "notes.txt": "hello"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let html = try ResultFolderReport.build(folder: dir).html()
        #expect(announcedCounts(html)! == (2, 1))
        #expect(occurrences(of: "<table class=\"data\">", in: html) == 2)
        #expect(occurrences(of: "<figure ", in: html) == 1)
        // Tables in name order, the provenance file as provenance, every file listed.
        let a = try #require(html.range(of: "Table 1. A</strong> Full precision: <a href=\"a.csv\">")),
            b = try #require(html.range(of: "Table 2. B</strong>"))
        #expect(a.lowerBound < b.lowerBound)
        #expect(html.contains("<td>Price</td><td class=\"num\">2.1 $/m³</td>"))
        for name in ["a.csv", "b.csv", "fig.svg", "notes.txt", "provenance.csv"] {
            #expect(html.contains("<li><a href=\"\(name)\"><code>\(name)</code></a>"))
        }
    }

    @Test func manifestSetsTitleOrderAndCaptions() throws {
        let manifest = """
        {"title": "Front study", "command": "nexus front x.yaml",
         "parameters": [{"name": "points", "value": "21"}],
         "provenance": [{"name": "Cap", "value": "150 Mm³", "tag": "synthetic", "source": "test"}],
         "tables": [{"file": "b.csv", "title": "Second first", "caption": "Shown first."}],
         "figures": [{"file": "g.svg", "caption": "Bars."}, {"file": "f.svg", "caption": "Lines."}],
         "files": [{"file": "b.csv", "description": "the b table"}]}
        """
        let dir = try folder(["report.json": manifest, "a.csv": "k\nv\n", "b.csv": "x\n1\n",
                              "f.svg": SampleFigures.line(), "g.svg": SampleFigures.bar(), "report.html": "old"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let html = try ResultFolderReport.build(folder: dir, excluding: ["report.html"]).html()
        #expect(announcedCounts(html)! == (1, 2))
        #expect(html.contains("<h1>Front study</h1>"))
        #expect(html.contains("<code>nexus front x.yaml</code>"))
        #expect(html.contains("Table 1. Second first</strong> Shown first."))
        let bars = try #require(html.range(of: "Figure 1.</strong> Bars.")), lines = try #require(html.range(of: "Figure 2.</strong> Lines."))
        #expect(bars.lowerBound < lines.lowerBound)
        #expect(html.contains("<li><a href=\"b.csv\"><code>b.csv</code></a> — the b table</li>"))
        #expect(!html.contains("<code>report.html</code>"))
    }

    @Test func errorsSayWhatAndWhere() throws {
        let missing = try folder(["report.json": #"{"figures": [{"file": "nope.svg"}]}"#])
        defer { try? FileManager.default.removeItem(atPath: missing) }
        let e1 = try #require(throws: ResultFolderError.self) { try ResultFolderReport.build(folder: missing) }
        #expect(e1.description.contains("figures[0].file names 'nope.svg'"))

        let badField = try folder(["report.json": #"{"tables": [{"title": "no file"}]}"#])
        defer { try? FileManager.default.removeItem(atPath: badField) }
        let e2 = try #require(throws: ResultFolderError.self) { try ResultFolderReport.build(folder: badField) }
        #expect(e2.description.contains("field 'tables[0].file' is required"))

        let badCSV = try folder(["t.csv": "a,b\n1\n"])
        defer { try? FileManager.default.removeItem(atPath: badCSV) }
        let e3 = try #require(throws: CSVParseError.self) { try ResultFolderReport.build(folder: badCSV) }
        #expect(e3.line == 2 && e3.file.hasSuffix("t.csv"))

        #expect(throws: ResultFolderError.self) { try ResultFolderReport.build(folder: "/nonexistent/folder") }
    }

    /// Tags are read ignoring case and surrounding spaces; any other text is refused with the file and row.
    @Test func provenanceTagsAreChecked() throws {
        #expect(ProvenanceTag(text: " Estimated ") == .estimated)
        #expect(ProvenanceTag(text: "estmated") == nil)
        let path = try folder(["provenance.csv": "name,value,tag,source\nprice,2.1,Published,Table 2\nloss,5,guess,none\n"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: ResultFolderError.self) { try ResultFolderReport.readProvenance(path + "/provenance.csv") }
        #expect(error.description.contains("data row 2 has tag 'guess'"))
        #expect(error.description.contains("provenance.csv"))
    }
}

struct ResultFolderSummaryTests {
    @Test func manifestSummaryOpensTheRebuiltReport() throws {
        let path = NSTemporaryDirectory() + "nexus-report-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var folder = try ResultFolderWriter(path: path)
        try folder.write("plan,cost\nA,2.1\n", to: "plans.csv")
        try folder.write(SampleFigures.line(), to: "front.svg")
        var report = HTMLReport(title: "Plans")
        report.setSummary(ReportSummary(question: "Which plan is cheapest?", answer: ["Plan A, at 2.1 million $."],
                                        headline: [("cost (million $)", "2.1")]))
        try folder.writeReport(report, manifest: ReportManifest(title: "Plans"))
        // `nexus report` rebuilds the page from the folder: the summary comes back first.
        let html = try ResultFolderReport.build(folder: path, excluding: ["report.html"]).html()
        #expect(html.contains("<strong>Question.</strong> Which plan is cheapest?"))
        #expect(html.contains("<th scope=\"row\">cost (million $)</th><td class=\"num\">2.1</td>"))
        #expect(ReportStructure.problems(in: html) == [])
    }
}
