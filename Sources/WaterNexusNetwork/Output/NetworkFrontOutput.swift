import Foundation
import WaterNexusReports

/// Everything `nexus network MODEL --pareto N` shows and writes: the ε-constraint cost–carbon front, every
/// point a least-cost design under an emissions cap solved to global optimality within the gap.
public struct NetworkFrontOutput: ResultOutput {
    /// One point of the front: the cap imposed (nil for the unconstrained minimum-cost point) and the solve.
    public struct Point: Sendable {
        public var cap: Double?
        public var summary: NetworkReport
    }

    /// The points, from the tightest cap to the minimum-cost point.
    public var points: [Point]
    /// The model's name.
    public var model: String
    /// The model file as given on the command line.
    public var modelFile: String
    /// The relative gap and time limit of every solve.
    public var requestedGap: Double
    public var timeLimit: Double
    var provenanceEntries: [DataProvenance]

    public init(model: NetworkModel, points: [NetworkPareto.Point], modelFile: String, options: NetworkSolveOptions) {
        self.points = points.map { Point(cap: $0.cap, summary: NetworkReport(model: model, result: $0.result)) }
        self.model = model.name
        self.modelFile = modelFile
        requestedGap = options.gap
        timeLimit = options.timeLimit
        provenanceEntries = model.provenance
    }

    public var title: String { "Water network \(model): cost–carbon front" }

    public var provenance: [ProvenanceEntry] {
        provenanceEntries.map { ProvenanceEntry(name: $0.entry, value: "", tag: $0.tag, source: $0.source) }
    }

    public func text() -> String {
        var table = TextTable(headers: ["cap kgCO2/yr", "cost", "emissions kgCO2/yr", "lower bound", "gap", "status"])
        for point in points {
            let s = point.summary
            table.append([point.cap.map { NumberFormat.fixed($0, 1) } ?? "none", s.costTotal.map { NumberFormat.fixed($0, 2) } ?? "-",
                          s.emissionsTotal.map { NumberFormat.fixed($0, 1) } ?? "-", s.lowerBound.map { NumberFormat.fixed($0, 2) } ?? "-",
                          s.gap.map { String(format: "%.2e", $0) } ?? "-", s.status])
        }
        return "Cost–carbon front (ε-constraint; each point solved to the gap)\n" + table.render()
    }

    /// Every point's ``NetworkReport``, in order.
    public func json() throws -> String { try ReportJSON.encode(points.map(\.summary)) }

    /// One row per point at full precision: cap, cost, emissions, lower bound, gap, status.
    func frontTable() -> CSVTable {
        var table = CSVTable(header: ["cap_kgCO2", "cost", "emissions_kgCO2", "lower_bound", "gap", "status"])
        func cell(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        for point in points {
            let s = point.summary
            table.append([cell(point.cap), cell(s.costTotal), cell(s.emissionsTotal), cell(s.lowerBound), cell(s.gap), s.status])
        }
        return table
    }

    /// The designs in the (emissions, cost) plane, joined in cap order.
    func frontChart() -> ScatterChart {
        var chart = ScatterChart(title: "\(model): least cost under each emissions cap", xLabel: "annual emissions (kgCO2/yr)", yLabel: "annual cost")
        chart.addSeries(name: "ε-constraint designs (global optimum within the gap)", points: designs.map { ($0.emissions, $0.cost) }, connect: true)
        return chart
    }

    /// The points with a design, as (cost, emissions).
    var designs: [(cost: Double, emissions: Double)] {
        points.compactMap { p in p.summary.costTotal.flatMap { c in p.summary.emissionsTotal.map { (c, $0) } } }
    }

    /// " The steepest segment, from 5.9 to 0 kgCO2, costs 0.75 per kgCO2 avoided." (empty below two designs).
    func steepestSegment() -> String {
        let sorted = designs.sorted { $0.emissions < $1.emissions }
        let slopes = zip(sorted, sorted.dropFirst()).compactMap { low, high -> (Double, Double, Double)? in
            high.emissions > low.emissions ? ((low.cost - high.cost) / (high.emissions - low.emissions), high.emissions, low.emissions) : nil
        }
        guard let steepest = slopes.max(by: { $0.0 < $1.0 }) else { return "" }
        let fmt = { ReportNumber.format($0) }
        return " The steepest segment, from \(fmt(steepest.1)) to \(fmt(steepest.2)) kgCO2, costs \(fmt(steepest.0)) per kgCO2 avoided."
    }

    /// Writes front.json, front.csv and front.svg.
    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        try folder.write(json(), to: "front.json", description: "every point's solved network for programs")
        try folder.write(frontTable().render(), to: "front.csv", description: "cap, cost, emissions, lower bound, gap and status per point, full precision")
        try folder.write(frontChart().svg(), to: "front.svg", description: "the cost–carbon front")
    }

    public func report(files: [String]) -> HTMLReport {
        var report = HTMLReport(title: title)
        report.subtitle = "Model \(modelFile)"
        let fmt = { ReportNumber.format($0) }
        let certified = points.filter { $0.summary.status == NetworkResult.Status.optimal.rawValue }.count
        let question = "What does each cut in emissions cost for \(model): the least annual cost of its water network under a range of emissions caps?"
        var answer: [String] = [], headline: [(label: String, value: String)] = []
        if let cheapest = designs.min(by: { $0.cost < $1.cost }), let cleanest = designs.min(by: { $0.emissions < $1.emissions }) {
            answer.append("The least-cost design costs \(fmt(cheapest.cost)) per year and emits \(fmt(cheapest.emissions)) kgCO2; "
                + "the least-emission design on the front emits \(fmt(cleanest.emissions)) kgCO2 at \(fmt(cleanest.cost)) per year.")
            let avoided = cheapest.emissions - cleanest.emissions
            if avoided > 0 {
                answer.append("Avoiding those \(fmt(avoided)) kgCO2 per year costs \(fmt(cleanest.cost - cheapest.cost)) more, "
                    + "\(fmt((cleanest.cost - cheapest.cost) / avoided)) per kgCO2 on average.")
            }
            headline += [("Least cost", "\(fmt(cheapest.cost)) per year at \(fmt(cheapest.emissions)) kgCO2"),
                         ("Least emissions", "\(fmt(cleanest.emissions)) kgCO2 at \(fmt(cleanest.cost)) per year")]
        } else {
            answer.append("No point of the front has a verified design.")
        }
        let largestGap = points.compactMap(\.summary.gap).max().map(NetworkOutput.percent) ?? "none"
        answer.append("\(certified) of \(points.count) points are certified global optima within the requested gap of "
            + "\(NetworkOutput.percent(requestedGap)) (largest gap reached \(largestGap)).")
        headline += [("Points certified", "\(certified) of \(points.count)"), ("Largest gap", largestGap),
                     ("Method", "ε-constraint, global solves")]
        let caption = "Each point is the least annual cost (y) under an emissions cap, at the emissions it reaches (x); "
            + "moving left along the line trades cost for emissions." + steepestSegment()
        report.setSummary(ReportSummary(question: question, answer: answer, headline: headline,
                                        figure: ReportFigure(svg: frontChart().svg(), caption: caption)))
        report.addSection(ReportSection(id: "points", title: "Points of the front",
                                        paragraphs: ["Each cap is a step from the least-emission design's emissions to the least-cost design's; the last point has no cap."],
                                        tables: [ReportTable(title: "Front points", caption: "Cap, cost, emissions, lower bound, gap and status per point.",
                                                             header: ["cap kgCO2/yr", "cost per year", "emissions kgCO2/yr", "lower bound", "gap", "status"],
                                                             rows: frontTable().rows.map { [$0[0].isEmpty ? "none" : $0[0]] + $0.dropFirst() },
                                                             csvFile: files.contains("front.csv") ? "front.csv" : nil)]))
        report.setInputs(command: "", parameters: [("model file", modelFile), ("points", "\(points.count)"),
                                                    ("requested gap", NetworkOutput.percent(requestedGap)), ("time limit per solve", "\(fmt(timeLimit)) s")])
        return report
    }
}
