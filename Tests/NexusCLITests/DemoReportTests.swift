import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The default job's HTML report: it holds every table and figure it announces, one per CSV and SVG
/// file of the folder, every SVG parses as XML, and the report needs nothing outside itself.
@Suite(.serialized)
struct DemoReportTests {
    @Test func demoReportHoldsEveryAnnouncedTableAndFigure() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let out = try ExternalTools.temporaryDirectory()
        // `--html` is accepted like on every other command; the demo writes report.html either way.
        let run = try ExternalTools.run(ExternalTools.nexus, ["demo", "--out", out.path, "--html"], in: ExternalTools.packageRoot)
        #expect(run.status == 0, "\(run.errors)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        let csvCount = files.filter { $0.hasSuffix(".csv") }.count
        let svgFiles = files.filter { $0.hasSuffix(".svg") }

        let tables = html.components(separatedBy: "<table class=\"data\">").count - 1
        let figures = html.components(separatedBy: "<figure ").count - 1
        #expect(tables == csvCount && figures == svgFiles.count)
        #expect(html.components(separatedBy: "<figure").count - 1 == figures)
        #expect(html.components(separatedBy: "<figcaption").count - 1 == figures)
        // self-contained: no scripts, nothing fetched (the SVG namespace URI is a name, not a fetch)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("url(http") && !html.contains("@import"))
        #expect(html.contains("estimated")) // the provenance tags of the unpublished inputs are shown

        for name in svgFiles {
            let parser = XMLParser(data: try Data(contentsOf: out.appendingPathComponent(name)))
            #expect(parser.parse(), "\(name) is not well-formed XML: \(String(describing: parser.parserError))")
        }
    }
}

/// `nexus network --out DIR --html` on Wang & Smith (1994) Example 1: the diagram's fresh-water arcs
/// carry the published minimum of 90 t/h in total, and the folder's report holds its figure.
@Suite(.serialized)
struct NetworkOutputTests {
    @Test func networkFolderHasDiagramFlowsAndReport() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let out = try ExternalTools.temporaryDirectory()
        let run = try ExternalTools.run(ExternalTools.nexus, ["network", "Models/network/wang_smith_1994.yaml", "--out", out.path, "--html"],
                                        in: ExternalTools.packageRoot)
        #expect(run.status == 0, "\(run.errors)")
        let flows = try String(contentsOf: out.appendingPathComponent("flows.csv"), encoding: .utf8)
        let fresh = flows.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }.filter { $0[0] == "fresh" }
        #expect(abs(fresh.compactMap { Double($0[2]) }.reduce(0, +) - 90) < 1e-6)
        let svg = try Data(contentsOf: out.appendingPathComponent("network.svg"))
        #expect(XMLParser(data: svg).parse())
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<figure") && html.contains("network.svg"))
    }
}
