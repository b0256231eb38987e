import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WaterNexusReports

/// The default job's HTML report (issue: reports that read like a paper's results section): it opens
/// with the summary, passes the structure check, stays under 300 KB, inlines only SVG that parses, needs
/// nothing outside itself, and the folder still holds every file the demo has always written.
@Suite(.serialized)
struct DemoReportTests {
    /// Every file the default job writes (CSV at full precision, SVG, JSON), besides the report.
    static let demoFiles = ["inputs_unpublished.csv", "calibration.csv", "front_summary.csv", "front_points.csv", "chosen_plans.csv",
                            "original_comparison.csv", "preference_sweep.csv", "scenarios.csv", "summary.json", "report.json", "report.html",
                            "morime_vs_exact_90_summary.csv", "morime_vs_exact_90_choice.csv", "morime_vs_exact_90_fronts.csv"]
        + ["75", "90", "95"].flatMap { ["front_\($0).svg", "sweep_objectives_\($0).svg", "sweep_sources_\($0).svg", "scenarios_sources_\($0).svg"] }
        + ["scenarios_f1.svg", "scenarios_f2.svg", "scenarios_f3.svg", "chosen_sources.svg",
           "morime_vs_exact_90_f1_f2.svg", "morime_vs_exact_90_f1_f3.svg", "morime_vs_exact_90_f2_f3.svg"]

    /// One demo run shared by the tests of this suite.
    static let run: (folder: URL, html: String, status: Int32, errors: String)? = {
        guard FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), let out = try? ExternalTools.temporaryDirectory() else { return nil }
        // `--html` is accepted like on every other command; the demo writes report.html either way.
        guard let run = try? ExternalTools.run(ExternalTools.nexus, ["demo", "--out", out.path, "--html"], in: ExternalTools.packageRoot) else { return nil }
        let html = (try? String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)) ?? ""
        return (out, html, run.status, run.errors)
    }()

    @Test func demoReportIsSummaryFirstSmallAndSelfContained() throws {
        let run = try #require(Self.run, "build the package first")
        #expect(run.status == 0, "\(run.errors)")
        let html = run.html
        #expect(ReportStructure.problems(in: html) == [])
        #expect(html.utf8.count <= 300_000, "report.html is \(html.utf8.count) bytes")
        let files = try FileManager.default.contentsOfDirectory(atPath: run.folder.path)
        for name in Self.demoFiles { #expect(files.contains(name), "\(name) is no longer written") }
        // the summary comes first, with its key figure (the front at 90 %); the sections follow in order
        let order = ["<section id=\"summary\"", "Exact front at 90 %", "id=\"chosen\"", "id=\"fronts\"", "id=\"sweep\"", "id=\"scenarios\"",
                     "id=\"morime\"", "id=\"calibration\"", "id=\"inputs\"", "id=\"provenance\"", "id=\"files\""]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "missing: \(zip(order, positions).filter { $0.1 == nil }.map(\.0))")
        #expect(positions.compactMap { $0 }.sorted() == positions.compactMap { $0 })
        // every figure is captioned; every linked CSV is in the folder; the long front table is only linked
        #expect(html.components(separatedBy: "<figure ").count == html.components(separatedBy: "<figcaption").count)
        for link in html.components(separatedBy: "<a href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) where !link.hasPrefix("#") {
            #expect(files.contains(link), "link to \(link), which is not in the folder")
        }
        #expect(!html.contains("x(LR,residential)") && html.contains("front_points.csv"))
        // self-contained: no scripts, nothing fetched (the SVG namespace URI is a name, not a fetch)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("url(http") && !html.contains("@import"))
        #expect(html.contains("tag-estimated")) // the provenance tags of the unpublished inputs are shown
        for name in files where name.hasSuffix(".svg") {
            let parser = XMLParser(data: try Data(contentsOf: run.folder.appendingPathComponent(name)))
            #expect(parser.parse(), "\(name) is not well-formed XML: \(String(describing: parser.parserError))")
        }
    }

    /// The summary's headline numbers are the solved plan's (summary.json), and they match values found
    /// independently: the least-emission full supply by hand (reservoir LR at its availability, the
    /// diversions for the rest of the 1812.5 million m³ demand, no recycled water:
    /// 75 %: 757.8125·1.182632 + 1054.6875·1.45 = 2425.5102; 90 %: 730.625·1.182632 + 1081.875·1.45 = 2432.7793)
    /// and the paper's Table 2 at 90 % (f1 0, f2 2428.4, f3 10587.0; docs/reproduction/yiwu.md).
    @Test func summaryHeadlineIsTheSolvedPlan() throws {
        let run = try #require(Self.run, "build the package first")
        let summary = try #require(run.html.components(separatedBy: "<section id=\"summary\">").dropFirst().first?
            .components(separatedBy: "</section>").first)
        func headline(_ label: String) -> String? {
            summary.components(separatedBy: "<th scope=\"row\">\(label)</th><td class=\"num\">").dropFirst().first?
                .components(separatedBy: "</td>").first?.replacingOccurrences(of: "&nbsp;", with: " ")
        }
        let data = try Data(contentsOf: run.folder.appendingPathComponent("summary.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(root["runs"] as? [[String: Any]])
        let handF2 = ["75": 2425.5101875, "90": 2432.779255]
        for rate in ["75", "90", "95"] {
            let entry = try #require(runs.first { $0["scenario"] as? String == "O" && $0["rate"] as? String == rate })
            let point = try #require((entry["chosen"] as? [String: Any])?["point"] as? [String: Any])
            let f = try #require(point["objectives"] as? [String: Double])
            let flows = try #require(point["flows"] as? [String: Double])
            let sources = ["LR", "HJ", "PJ", "RW"].map { s in flows.filter { $0.key.hasPrefix(s + "->") }.values.reduce(0, +) }
            func shown(_ x: Double) -> String { abs(x) <= 1e-6 ? "0" : ReportNumber.format(x) }
            #expect(headline("Regret choice at \(rate) %") == "f1 \(shown(f["f1"]!)) · f2 \(shown(f["f2"]!)) · f3 \(shown(f["f3"]!))")
            #expect(headline("its sources at \(rate) %") == zip(["LR", "HJ", "PJ", "RW"], sources).map { "\($0) \(shown($1))" }.joined(separator: " · "))
            #expect(abs(f["f1"]!) < 1e-6, "the regret choice has no shortage at \(rate) % (the paper's finding)")
            if let expected = handF2[rate] {
                #expect(abs(f["f2"]! - expected) < 1e-4)
                #expect(headline("Regret choice at \(rate) %")?.contains("f2 \(ReportNumber.format(expected))") == true)
            }
        }
        #expect(headline("its sources at 90 %")?.hasPrefix("LR 730.625 · ") == true)
        #expect(headline("Paper&#39;s choice at 90 % (Table 2)") ?? headline("Paper's choice at 90 % (Table 2)") == "f1 0 · f2 2428.4 · f3 10587")
        #expect(summary.contains("has no shortage at any rate"))
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
