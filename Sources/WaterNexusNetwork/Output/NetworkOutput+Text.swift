import Foundation
import WaterNexusReports

/// The terminal view of a solved network: status, bounds and effort, provenance, flows, nodes, the cost
/// and emission breakdowns, and the fitted unit models.
extension NetworkOutput {
    public func text() -> String {
        let r = summary
        func number(_ value: Double?, _ decimals: Int = 4) -> String { value.map { NumberFormat.fixed($0, decimals) } ?? "-" }
        var lines = ["Network \(r.model): \(r.status)"]
        if let message = r.message { lines.append(message) }
        lines.append("objective (upper bound) \(number(r.upperBound))  lower bound \(number(r.lowerBound))  gap \(r.gap.map { String(format: "%.2e", $0) } ?? "-")")
        lines.append("\(r.method == NetworkSolveMethod.branchAndBound.rawValue ? "nodes" : "rounds") \(r.iterations)  MILPs \(r.milpsSolved)  LPs \(r.lpsSolved)  time \(String(format: "%.2f", r.seconds)) s")
        if !r.provenance.isEmpty {
            var tags = TextTable(headers: ["data entry", "tag", "source or reason"], alignments: [.left, .left, .left])
            for p in r.provenance { tags.append([p.entry, p.tag.rawValue, p.source]) }
            lines += ["", "Data provenance", tags.render()]
        }
        guard let cost = r.cost, let carbon = r.emissions else { return lines.joined(separator: "\n") }
        var arcs = TextTable(headers: ["from", "to", "flow t/h"] + r.contaminants.map { "\($0) ppm" },
                             alignments: [.left, .left] + Array(repeating: .right, count: 1 + r.contaminants.count))
        for a in r.arcs { arcs.append([a.from, a.to, number(a.flow)] + a.concentrations.map { number($0, 3) }) }
        var nodes = TextTable(headers: ["node", "kind", "technology", "throughput t/h"] + r.contaminants.map { "out \($0) ppm" },
                              alignments: [.left, .left, .left] + Array(repeating: .right, count: 1 + r.contaminants.count))
        for n in r.nodes { nodes.append([n.name, n.kind, n.technology ?? "", number(n.throughput)] + n.outletConcentrations.map { number($0, 3) }) }
        var money = TextTable(headers: ["cost part", "per year"], alignments: [.left, .right])
        for part in costParts + [("total", cost.total)] { money.append([part.name, number(part.value, 2)]) }
        var co2 = TextTable(headers: ["emission part", "kgCO2 per year"], alignments: [.left, .right])
        for part in emissionParts + [("total", carbon.total)] { co2.append([part.name, number(part.value, 1)]) }
        lines += ["", "Flows", arcs.render(), "", "Nodes", nodes.render(), "", money.render(), "", co2.render()]
        for fit in r.hybridFits {
            lines.append("hybrid electricity model of \(fit.slot)/\(fit.technology): training RMSE \(number(fit.errors.trainingRMSE, 3)) kWh/h, validation RMSE \(number(fit.errors.validationRMSE, 3)) kWh/h")
        }
        lines.append(r.violations.isEmpty ? "Re-evaluation: every balance and limit holds." : "Re-evaluation found: " + r.violations.joined(separator: "; "))
        lines += hybridText()
        return lines.joined(separator: "\n")
    }
}
