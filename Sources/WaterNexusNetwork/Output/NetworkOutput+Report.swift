import Foundation
import WaterNexusReports

/// The HTML report of a solved network, read like a paper's results section: the question and the answer
/// with the objective, bounds, gap, status and method, cost, emissions and water, beside the flowsheet;
/// then the cost and emission breakdowns, the flows, the technology choices, the bounds over the search,
/// the fitted unit models and the re-evaluation; run inputs and provenance at the end.
extension NetworkOutput {
    public func report(files: [String]) -> HTMLReport {
        var report = HTMLReport(title: title)
        report.subtitle = "Model \(modelFile)"
        report.setSummary(summarySection())
        func csv(_ name: String) -> String? { files.contains(name) ? name : nil }
        if summary.cost != nil {
            report.addSection(costSection(csv: csv("costs.csv")))
            report.addSection(emissionSection(csv: csv("emissions.csv")))
            report.addSection(flowSection(flows: csv("flows.csv"), nodes: csv("nodes.csv")))
            if let section = technologySection() { report.addSection(section) }
        }
        if let section = convergenceSection() { report.addSection(section) }
        if let section = hybridSection(files: files) { report.addSection(section) }
        if summary.cost != nil { report.addSection(checkSection()) }
        report.setInputs(command: "", parameters: runInputs)
        return report
    }

    /// The run's settings, for the inputs table at the end.
    var runInputs: [(String, String)] {
        [("model file", modelFile), ("objective", "annual cost (water, treatment, pipes and pumping, discharge, carbon price)"),
         ("emissions cap", carbonCap.map { "\(ReportNumber.format($0)) kgCO2/yr" } ?? "none"),
         ("global method", methodName), ("requested gap", percent(requestedGap)), ("time limit", "\(ReportNumber.format(timeLimit)) s")]
    }

    // MARK: - Summary

    func summarySection() -> ReportSummary {
        let r = summary, fmt = { ReportNumber.format($0) }
        let cap = carbonCap.map { " with emissions of at most \(fmt($0)) kgCO2 per year" } ?? ""
        let question = "Which water network serves \(r.model) at the least annual cost\(cap) — which sources, reuse and treatment — "
            + "and how close to the global optimum is it proven to be?"
        var answer = [certificateSentence()]
        var headline: [(label: String, value: String)] = []
        if let objective = r.upperBound { headline.append(("Objective: annual cost", fmt(objective))) }
        headline.append(("Lower bound", r.lowerBound.map(fmt) ?? "none"))
        headline.append(("Gap", r.gap.map(percent) ?? "none"))
        headline.append(("Status", statusPhrase))
        headline.append(("Method", "\(shortMethodName), \(shortEffort)"))
        guard let emissions = r.emissionsTotal, r.cost != nil else {
            return ReportSummary(question: question, answer: answer, headline: headline)
        }
        headline.append(("Annual emissions", "\(fmt(emissions)) kgCO2"))
        headline.append(("Water drawn from sources", "\(fmt(waterDrawn)) t/h"))
        headline.append(("Wastewater discharged", "\(fmt(wastewater)) t/h"))
        answer.append("It emits \(fmt(emissions)) kgCO2 per year. " + largestPart(costParts, of: "the annual cost", unit: "")
            + " " + largestPart(emissionParts, of: "the emissions", unit: " kgCO2"))
        answer.append(waterSentence())
        if !r.violations.isEmpty { answer.append("Re-evaluating the design found: " + r.violations.joined(separator: "; ") + ".") }
        return ReportSummary(question: question, answer: answer, headline: headline,
                             figure: ReportFigure(svg: diagram().svg(), caption: flowsheetCaption()))
    }

    /// What the bounds prove, by status.
    func certificateSentence() -> String {
        let r = summary, fmt = { ReportNumber.format($0) }
        switch NetworkResult.Status(rawValue: r.status) {
        case .infeasible:
            return "No network meets every limit" + (r.message.map { ": \($0)" } ?? ".")
        case .noSolution, nil:
            return "The solve stopped (time limit \(fmt(timeLimit)) s) before it found a verified design; "
                + "no design can cost less than the lower bound \(r.lowerBound.map(fmt) ?? "–") per year."
        case .optimal, .feasible:
            let objective = r.upperBound.map(fmt) ?? "–", bound = r.lowerBound.map(fmt) ?? "–", gap = r.gap.map(percent) ?? "–"
            let proof = r.status == NetworkResult.Status.optimal.rawValue
                ? "a certified global optimum to the requested gap of \(percent(requestedGap))"
                : "a verified design but not yet certified: the solve stopped at its time limit of \(fmt(timeLimit)) s with the gap above the requested \(percent(requestedGap))"
            return "The best design costs \(objective) per year. No design can cost less than the lower bound \(bound), "
                + "so it is within \(gap) of the global optimum: \(proof) (\(methodName), \(effortPhrase))."
        }
    }

    var statusPhrase: String {
        switch NetworkResult.Status(rawValue: summary.status) {
        case .optimal: return "optimal (gap ≤ \(percent(requestedGap)))"
        case .feasible: return "feasible (time limit)"
        case .infeasible: return "infeasible"
        case .noSolution, nil: return "no design found within the limits"
        }
    }

    var methodName: String {
        summary.method == NetworkSolveMethod.branchAndBound.rawValue
            ? "spatial branch-and-bound over McCormick LP relaxations (GLPK)"
            : "MILP relaxation refined round by round (GLPK)"
    }

    var shortMethodName: String {
        summary.method == NetworkSolveMethod.branchAndBound.rawValue ? "branch-and-bound" : "relaxation refinement"
    }

    /// What one iteration of the method is called: a branch-and-bound node or a refinement round.
    private var stepNoun: String { summary.method == NetworkSolveMethod.branchAndBound.rawValue ? "node" : "round" }

    var shortEffort: String {
        "\(ReportNumber.count(summary.iterations, stepNoun)), \(ReportNumber.format(summary.seconds, digits: 3)) s"
    }

    var effortPhrase: String {
        let r = summary
        return "\(ReportNumber.count(r.iterations, stepNoun)), \(r.milpsSolved) MILPs, \(r.lpsSolved) LPs, \(ReportNumber.format(r.seconds, digits: 3)) s"
    }

    var waterDrawn: Double { nodes("source").reduce(0) { $0 + $1.throughput } }
    var wastewater: Double { nodes("discharge").reduce(0) { $0 + $1.throughput } }

    /// Water in and out, and the treatment each slot runs.
    func waterSentence() -> String {
        let fmt = { ReportNumber.format($0) }
        func list(_ nodes: [NetworkReport.Node]) -> String {
            nodes.filter { $0.throughput > 0 }.map { "\($0.name) \(fmt($0.throughput)) t/h" }.joined(separator: ", ")
        }
        var text = waterDrawn > 0 ? "It draws \(fmt(waterDrawn)) t/h of water (\(list(nodes("source"))))" : "It draws no water from its sources"
        text += wastewater > 0 ? " and discharges \(fmt(wastewater)) t/h of wastewater (\(list(nodes("discharge")))). "
            : " and discharges no wastewater" + (waterDrawn > 0 ? ". " : ": the water circulates in a closed loop. ")
        let treatments = nodes("treatment")
        let used = treatments.filter { $0.technology != nil && $0.throughput > 0 }
        if treatments.isEmpty {
            text += "The model has no treatment slots: reuse is direct."
        } else if used.isEmpty {
            text += "No treatment slot is used."
        } else {
            text += "Treatment: " + used.map { "\($0.name) runs \($0.technology!) at \(fmt($0.throughput)) t/h" }.joined(separator: "; ")
                + (used.count < treatments.count ? "; \(ReportNumber.count(treatments.count - used.count, "slot")) unused." : ".")
        }
        return text
    }

    /// "The largest part of the annual cost is treatment operation: 731 395 (57.4 %), then …".
    func largestPart(_ parts: [(name: String, value: Double)], of whole: String, unit: String) -> String {
        let total = parts.reduce(0) { $0 + $1.value }
        guard total > 0 else { return "All parts of \(whole) are zero." }
        let ranked = parts.enumerated().sorted { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }.map(\.element)
        var text = "The largest part of \(whole) is \(ranked[0].name): \(ReportNumber.format(ranked[0].value))\(unit) (\(percent(ranked[0].value / total)))"
        if ranked.count > 1, ranked[1].value > 0 {
            text += ", then \(ranked[1].name) (\(percent(ranked[1].value / total)))"
        }
        return text + "."
    }

    func flowsheetCaption() -> String {
        let r = summary, fmt = { ReportNumber.format($0) }
        guard let widest = r.arcs.max(by: { $0.flow < $1.flow }) else { return "The network carries no flow." }
        let kinds = Dictionary(r.nodes.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let reuse = r.arcs.filter { kinds[$0.from] != "source" && kinds[$0.to] != "discharge" }.count
        let tiny = r.arcs.filter { $0.flow < 0.05 }.count
        return "The optimal flowsheet, arc width proportional to flow (t/h): \(r.arcs.count) arcs carry water, "
            + "\(reuse) of them reuse or recycle it between units and treatments; the widest, \(widest.from) → \(widest.to), carries \(fmt(widest.flow)) t/h"
            + (tiny > 0 ? "; \(ReportNumber.count(tiny, "arc")) carr\(tiny == 1 ? "ies" : "y") under 0.05 t/h, labelled \"< 0.1\"" : "")
            + (idleNodes.isEmpty ? "." : ". Not drawn, carrying no water: \(idleNodes.joined(separator: ", ")).")
    }

    // MARK: - Sections

    func costSection(csv: String?) -> ReportSection {
        breakdownSection(id: "costs", title: "Cost breakdown", name: "annual cost", parts: costParts, chart: costChart(), table: costTable(),
                         csv: csv, unit: "", perYear: "per year")
    }

    func emissionSection(csv: String?) -> ReportSection {
        breakdownSection(id: "emissions", title: "Emissions breakdown", name: "annual emissions", parts: emissionParts, chart: emissionChart(),
                         table: emissionTable(), csv: csv, unit: " kgCO2", perYear: "kgCO2 per year")
    }

    /// A breakdown in words (largest parts, parts at zero), as bars and as a table.
    private func breakdownSection(id: String, title: String, name: String, parts: [(name: String, value: Double)], chart: BarChart,
                                  table: CSVTable, csv: String?, unit: String, perYear: String) -> ReportSection {
        let total = parts.reduce(0) { $0 + $1.value }
        let capitalized = name.prefix(1).uppercased() + name.dropFirst()
        return ReportSection(
            id: id, title: title,
            paragraphs: [largestPart(parts, of: "the \(name) of \(ReportNumber.format(total))\(unit)", unit: unit) + " " + zeroParts(parts)],
            figures: breakdownFigure(parts, chart: chart, what: capitalized, unit: perYear),
            tables: [ReportTable(table, title: "\(capitalized) by part", caption: "Each part (\(perYear)) with its share of the total.", csvFile: csv)])
    }

    private func zeroParts(_ parts: [(name: String, value: Double)]) -> String {
        let zero = parts.filter { $0.value == 0 }.map(\.name)
        return zero.isEmpty ? "" : "Zero in this design: \(zero.joined(separator: ", "))."
    }

    /// The bar chart of a breakdown with a caption that names its tallest bar; none when every part is zero.
    private func breakdownFigure(_ parts: [(name: String, value: Double)], chart: BarChart, what: String, unit: String) -> [ReportFigure] {
        let total = parts.reduce(0) { $0 + $1.value }
        guard let top = parts.max(by: { $0.value < $1.value }), total > 0 else { return [] }
        let zero = parts.filter { $0.value == 0 }.count
        let caption = "\(what) by part (\(unit)): the tallest bar, \(top.name), is \(percent(top.value / total)) of the total \(ReportNumber.format(total))"
            + (zero > 0 ? "; the \(ReportNumber.count(zero, "part")) at zero \(zero == 1 ? "is" : "are") not drawn." : ".")
        return [ReportFigure(svg: chart.svg(), caption: caption)]
    }

    func flowSection(flows: String?, nodes: String?) -> ReportSection {
        let r = summary
        let units = self.nodes("unit")
        let text = "Figure 1 draws the \(r.arcs.count) arcs that carry water; the tables give each flow with the concentrations it carries (ppm), "
            + "and each node's throughput and outlet concentrations. \(ReportNumber.count(units.count, "process unit")) take"
            + "\(units.count == 1 ? "s" : "") \(ReportNumber.format(units.reduce(0) { $0 + $1.throughput })) t/h in all."
        return ReportSection(id: "flows", title: "Flows and concentrations", paragraphs: [text], tables: [
            ReportTable(flowTable(), title: "Flows", caption: "Flow (t/h) and concentration of each contaminant (ppm) per arc carrying water.", csvFile: flows),
            ReportTable(nodeTable(), title: "Nodes", caption: "Throughput (t/h), chosen technology and outlet concentrations (ppm) per node.", csvFile: nodes),
        ])
    }

    func technologySection() -> ReportSection? {
        let slots = nodes("treatment")
        guard !slots.isEmpty else { return nil }
        var table = TextTable(headers: ["treatment slot", "technology", "throughput t/h"] + summary.contaminants.flatMap { ["in \($0) ppm", "out \($0) ppm"] })
        for slot in slots {
            let concentrations = zip(slot.inletConcentrations, slot.outletConcentrations).flatMap { [NumberFormat.exact($0), NumberFormat.exact($1)] }
            table.append([slot.name, slot.technology ?? "none", NumberFormat.exact(slot.throughput)] + concentrations)
        }
        let fmt = { ReportNumber.format($0) }
        let sentences = slots.map { slot -> String in
            guard let technology = slot.technology, slot.throughput > 0 else { return "\(slot.name) is not built." }
            let drops = summary.contaminants.indices.compactMap { c -> String? in
                let a = slot.inletConcentrations[c], b = slot.outletConcentrations[c]
                return a > b ? "\(summary.contaminants[c]) from \(fmt(a)) to \(fmt(b)) ppm" : nil
            }
            return "\(slot.name) runs \(technology) on \(fmt(slot.throughput)) t/h" + (drops.isEmpty ? "." : ", lowering " + drops.joined(separator: " and ") + ".")
        }
        return ReportSection(id: "technologies", title: "Technology choices", paragraphs: [sentences.joined(separator: " ")], tables: [
            ReportTable(table, title: "Chosen technology per treatment slot",
                        caption: "What each slot treats and how far it lowers each contaminant (inlet and outlet ppm); a slot without a technology is not built."),
        ])
    }

    func convergenceSection() -> ReportSection? {
        guard let first = history.first, let last = history.last else { return nil }
        let fmt = { ReportNumber.format($0) }
        let byTime = summary.method == NetworkSolveMethod.branchAndBound.rawValue
        let firstUpper = history.compactMap(\.upperBound).first
        let span = byTime ? "over \(ReportNumber.format(last.seconds, digits: 3)) s" : "over \(ReportNumber.count(last.iteration, "round"))"
        func fall(_ from: Double, _ to: Double?) -> String {
            guard let to else { return "" }
            return from == to ? "; the best verified design stays at \(fmt(to))" : "; the best verified design falls from \(fmt(from)) to \(fmt(to))"
        }
        let caption = "The lower bound (relaxation) rises from \(first.lowerBound.isFinite ? fmt(first.lowerBound) : "-inf") to \(fmt(last.lowerBound)) \(span)"
            + (firstUpper.map { fall($0, last.upperBound) } ?? "")
            + ". Where the two lines meet the design is proven optimal; the space left between them is the gap (\(summary.gap.map(percent) ?? "none"))."
        return ReportSection(id: "bounds", title: "Bounds over the search",
                             paragraphs: ["The certificate comes from two bounds: every verified design is an upper bound on the optimum, every relaxation a lower bound."],
                             figures: [ReportFigure(svg: convergence().svg(), caption: caption)])
    }

    func checkSection() -> ReportSection {
        let text = summary.violations.isEmpty
            ? "The design was re-evaluated from its flows alone (mass balances, concentration limits, capacities): every balance and limit holds."
            : "Re-evaluating the design from its flows found: " + summary.violations.joined(separator: "; ") + "."
        return ReportSection(id: "check", title: "Re-evaluation", paragraphs: [text])
    }

    func percent(_ fraction: Double) -> String { Self.percent(fraction) }

    /// A fraction as a percentage with 3 significant digits; below 0.001 % it reads "< 0.001 %".
    static func percent(_ fraction: Double) -> String {
        if fraction > 0 && 100 * fraction < 0.001 { return "< 0.001 %" }
        return ReportNumber.format(100 * fraction, digits: 3) + " %"
    }
}
