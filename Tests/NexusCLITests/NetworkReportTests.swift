import Foundation
import Testing
import WaterNexusReports

/// `nexus network MODEL --out DIR --html`, run as a process on the built binary: the report passes the
/// structure check, and the summary's headline numbers are the solved values and agree with values
/// obtained without the solver (a published optimum, a brute-force optimum, hand calculations).
@Suite(.serialized)
struct NetworkReportTests {
    struct Run {
        var folder: URL
        var html: String
        /// result.json of a single solve (nil for a front).
        var result: [String: Any]?
        /// The summary's headline table, label → value as shown.
        var headline: [String: String]

        func number(_ label: String) -> Double? {
            headline[label].flatMap { Double($0.split(separator: " ").first ?? "") }
        }

        func csv(_ name: String) throws -> [[String]] {
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }

        /// A breakdown CSV's value for `part`.
        func part(_ part: String, in file: String) throws -> Double? {
            try csv(file).first { $0.first == part }.flatMap { Double($0[1]) }
        }
    }

    func run(_ arguments: [String]) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let folder = try ExternalTools.temporaryDirectory()
        let result = try ExternalTools.runNexus(["network"] + arguments + ["--out", folder.path, "--html"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let json = try? Data(contentsOf: folder.appendingPathComponent("result.json"))
        return Run(folder: folder, html: html, result: json.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] },
                   headline: Self.headline(html))
    }

    /// The label–value rows of the summary's headline table.
    static func headline(_ html: String) -> [String: String] {
        guard let start = html.range(of: "<section id=\"summary\">"),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return [:] }
        var values: [String: String] = [:]
        for row in html[start.upperBound..<end.lowerBound].components(separatedBy: "<tr><th scope=\"row\">").dropFirst() {
            let label = row.components(separatedBy: "</th>")[0]
            let cells = row.components(separatedBy: "<td class=\"num\">")
            if cells.count > 1 { values[label] = cells[1].components(separatedBy: "</td>")[0] }
        }
        return values
    }

    /// The arc labels of a flowsheet SVG.
    static func arcLabels(_ svg: String) -> [String] {
        guard let group = svg.components(separatedBy: "class=\"arc-labels\"").dropFirst().first else { return [] }
        return group.components(separatedBy: "</g>")[0].components(separatedBy: "</text>").dropLast()
            .compactMap { $0.components(separatedBy: ">").last }
    }

    /// The headline's bounds and emissions are the solve's, as result.json holds them.
    func expectHeadlineMatchesResult(_ run: Run) throws {
        let result = try #require(run.result)
        let upper = try #require(result["upperBound"] as? Double), lower = try #require(result["lowerBound"] as? Double)
        #expect(run.headline["Objective: annual cost"] == ReportNumber.format(upper))
        #expect(run.headline["Lower bound"] == ReportNumber.format(lower))
        let emissions = try #require(result["emissionsTotal"] as? Double)
        #expect(run.headline["Annual emissions"] == ReportNumber.format(emissions) + " kgCO2")
        #expect(run.html.contains("The best design costs \(ReportNumber.format(upper)) per year."))
    }

    /// Wang & Smith (1994) Example 1: the published minimum fresh water is 90 t/h; with 1 per t and one
    /// hour per year the cost is the fresh water, and every tonne leaves through the drain.
    @Test func wangSmithReportStatesThePublishedMinimum() throws {
        let run = try run(["Models/network/wang_smith_1994.yaml"])
        #expect(ReportStructure.problems(in: run.html) == [])
        try expectHeadlineMatchesResult(run)
        let objective = try #require(run.number("Objective: annual cost")), bound = try #require(run.number("Lower bound"))
        #expect(abs(objective - 90) < 1e-3)
        #expect(bound <= 90 + 1e-6 && bound >= 90 * (1 - 1e-3))
        #expect(run.number("Water drawn from sources") == 90 && run.number("Wastewater discharged") == 90)
        #expect(run.headline["Status"]?.hasPrefix("optimal") == true)
        #expect(try run.part("water", in: "costs.csv").map { abs($0 - 90) < 1e-6 } == true)
        // The summary opens the page with the flowsheet; its labels are readable numbers, never "0.0".
        let svg = try String(contentsOf: run.folder.appendingPathComponent("network.svg"), encoding: .utf8)
        let labels = Self.arcLabels(svg)
        #expect(labels.count == 9 && !labels.contains("0.0"), "\(labels)")
        #expect(run.html.contains("<h2>Cost breakdown</h2>") && run.html.contains("<h2>Emissions breakdown</h2>"))
    }

    /// Concave capital cost (technology choice between a linear-capex A and an economies-of-scale B): the
    /// brute-force optimum is 198 534.72 per year with B treating 16.84 t/h at F = 20 t/h
    /// (Tests/WaterNexusNetworkTests/ConcaveCapexTests.swift).
    @Test func technologyChoiceReportMatchesTheBruteForceOptimum() throws {
        let run = try run(["Models/network/concave_capex.yaml"])
        #expect(ReportStructure.problems(in: run.html) == [])
        try expectHeadlineMatchesResult(run)
        let objective = try #require(run.number("Objective: annual cost")), bound = try #require(run.number("Lower bound"))
        #expect(abs(objective - 198_534.72) / 198_534.72 < 1e-3)
        #expect(bound <= 198_534.72 * (1 + 1e-6))
        #expect(run.number("Water drawn from sources") == 20)
        #expect(run.html.contains("<h2>Technology choices</h2>") && run.html.contains("T runs B on 16.8421 t/h"))
        #expect(run.html.contains("annual cost by part") && run.html.contains("<h2>Bounds over the search</h2>"))
    }

    /// Reverse-osmosis recycle with a hybrid electricity model: the water circulates in a closed loop at
    /// F = 20 kg/h · 1000 / (2500 − 0.05 · 2500) ppm = 8.42105 t/h; the capital part is the capital recovery
    /// factor (8 %, 10 years) times 10⁶ + 10⁴ · F, and the electricity part of the operating cost, at
    /// 0.65 per kWh, gives the treatment-electricity emissions at 0.5306 kgCO2/kWh.
    @Test func hybridReportMatchesHandCalculation() throws {
        let run = try run(["Models/network/ro_recycle.yaml"])
        #expect(ReportStructure.problems(in: run.html) == [])
        try expectHeadlineMatchesResult(run)
        let flow = 20.0 * 1000 / (2500 - 0.05 * 2500)
        let loop = try run.csv("flows.csv").dropFirst().compactMap { Double($0[2]) }
        #expect(loop.count == 2 && loop.allSatisfy { abs($0 - flow) < 1e-6 }, "\(loop)")
        #expect(run.number("Water drawn from sources") == 0 && run.html.contains("closed loop"))
        let growth = pow(1.08, 10.0), recovery = 0.08 * growth / (growth - 1)
        let capital = try #require(try run.part("treatment capital (annualized)", in: "costs.csv"))
        #expect(abs(capital - recovery * (1e6 + 1e4 * flow)) < 1e-6 * capital)
        let operation = try #require(try run.part("treatment operation", in: "costs.csv"))
        let electricity = try #require(try run.part("treatment electricity", in: "emissions.csv"))
        #expect(abs((operation - 0.8 * flow * 8000) / 0.65 * 0.5306 - electricity) < 1e-6 * electricity)
        #expect(run.html.contains("hybrid model") && run.html.contains("validation RMSE"))
    }

    /// The ε-constraint front of the one-unit recycle: by hand, fresh water only gives 0 kgCO2 at 10 (1000 g/h
    /// over 100 ppm, 1 per t), the closed loop 0.1 · 1000/90 = 1.11111 at 2 · 0.5306 · 1000/90 = 11.7911 kgCO2.
    @Test func paretoReportStatesBothEndsOfTheFront() throws {
        let run = try run(["Models/network/recycle_tradeoff.yaml", "--pareto", "3"])
        #expect(ReportStructure.problems(in: run.html) == [])
        #expect(run.headline["Least cost"] == "\(ReportNumber.format(0.1 * 1000 / 90)) per year at \(ReportNumber.format(2 * 0.5306 * 1000 / 90)) kgCO2")
        #expect(run.headline["Least emissions"] == "0 kgCO2 at 10 per year")
        #expect(run.headline["Points certified"] == "3 of 3")
        #expect(try run.csv("front.csv").count == 4)
    }
}

/// `nexus compare MODEL --out DIR --html` on a network model: the report passes the structure check and
/// its summary states the certified minima, which the one-unit recycle gives by hand.
@Suite(.serialized)
struct NetworkComparisonReportTests {
    @Test func comparisonReportStatesTheCertifiedMinima() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let folder = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ExternalTools.runNexus(["compare", "Models/network/recycle_tradeoff.yaml", "--points", "3", "--runs", "1",
                                                 "--budget", "1000", "--population", "20", "--out", folder.path, "--html"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(ReportStructure.problems(in: html) == [])
        let headline = NetworkReportTests.headline(html)
        #expect(headline["Exact points"] == "3 (3 certified)" && headline["Certificate check"] == "passed")
        // By hand: minimum cost 0.1 · 1000/90 (closed loop), minimum emissions 0 (fresh water only).
        #expect(html.contains("from the certified minimum \(ReportNumber.format(0.1 * 1000 / 90)) (lower bound"))
        #expect(html.contains("from the certified minimum 0 (lower bound"))
    }
}
