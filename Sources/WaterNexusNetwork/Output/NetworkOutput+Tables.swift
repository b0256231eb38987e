import WaterNexusReports

/// The result-folder tables of a solved network, at full precision, and the breakdown parts they share
/// with the terminal, the charts and the report.
extension NetworkOutput {
    /// Annual cost by part (currency/yr), in the order of ``CostBreakdown``; empty without a design.
    public var costParts: [(name: String, value: Double)] {
        guard let c = summary.cost else { return [] }
        return [("water", c.water), ("treatment operation", c.treatmentOperation), ("treatment capital (annualized)", c.treatmentCapital),
                ("pipes and pumping", c.pipes), ("discharge", c.discharge), ("carbon price", c.carbon)]
    }

    /// Annual emissions by part (kgCO2/yr), in the order of ``EmissionBreakdown``; empty without a design.
    public var emissionParts: [(name: String, value: Double)] {
        guard let e = summary.emissions else { return [] }
        return [("sources", e.sources), ("treatment electricity", e.treatmentElectricity), ("chemicals", e.chemicals), ("pumping", e.pumping)]
    }

    /// Nodes of one kind (`source`, `unit`, `treatment`, `discharge`), in model order.
    func nodes(_ kind: String) -> [NetworkReport.Node] { summary.nodes.filter { $0.kind == kind } }

    /// One row per arc: from, to, flow and the concentration of each contaminant.
    func flowTable() -> CSVTable {
        var table = CSVTable(header: ["from", "to", "flow"] + summary.contaminants.map { "concentration \($0)" })
        for arc in summary.arcs {
            table.append([arc.from, arc.to, NumberFormat.exact(arc.flow)] + arc.concentrations.map(NumberFormat.exact))
        }
        return table
    }

    /// One row per node: kind, technology, throughput and the outlet concentration of each contaminant.
    func nodeTable() -> CSVTable {
        var table = CSVTable(header: ["node", "kind", "technology", "throughput t/h"] + summary.contaminants.map { "outlet \($0) ppm" })
        for node in summary.nodes {
            table.append([node.name, node.kind, node.technology ?? "", NumberFormat.exact(node.throughput)]
                + node.outletConcentrations.map(NumberFormat.exact))
        }
        return table
    }

    /// Annual cost by part with the total.
    func costTable() -> CSVTable { breakdownTable(costParts, header: ["cost part", "per year"]) }

    /// Annual emissions by part with the total.
    func emissionTable() -> CSVTable { breakdownTable(emissionParts, header: ["emission part", "kgCO2 per year"]) }

    private func breakdownTable(_ parts: [(name: String, value: Double)], header: [String]) -> CSVTable {
        var table = CSVTable(header: header + ["share %"])
        let total = parts.reduce(0) { $0 + $1.value }
        for part in parts + [("total", total)] {
            table.append([part.name, NumberFormat.exact(part.value), total > 0 ? NumberFormat.exact(100 * part.value / total) : ""])
        }
        return table
    }
}
