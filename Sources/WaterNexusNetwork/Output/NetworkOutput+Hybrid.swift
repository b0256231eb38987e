import Foundation
import WaterNexusReports

/// The fitted loads and removals of a hybrid model: the fits beside the certified gap, and the design
/// against the fixed-removal model's, as terminal text, result-folder tables and a report section.
extension NetworkOutput {
    /// The fits, one row each (full precision).
    func fitTable() -> CSVTable {
        var fits = CSVTable(header: ["fitted relation", "class", "segments", "data from t/h", "data to t/h",
                                     "training RMSE", "validation RMSE", "certified gap", "data file"])
        for f in summary.fittedRelations {
            fits.append([f.relation, f.modelClass, "\(f.segments)", cell(f.range.first), cell(f.range.last),
                         cell(f.errors.trainingRMSE), cell(f.errors.validationRMSE), cell(summary.gap), f.dataFile])
        }
        return fits
    }

    /// The hybrid design against the fixed-removal model's, node by node, with both costs.
    func comparisonTable(_ c: HybridComparison) -> CSVTable {
        var table = CSVTable(header: ["node", "hybrid technology", "hybrid t/h", "fixed-removal technology", "fixed-removal t/h"])
        for row in c.rows {
            table.append([row.node, row.hybridTechnology ?? "", cell(row.hybridThroughput), row.fixedTechnology ?? "", cell(row.fixedThroughput)])
        }
        table.append(["cost per year", "", cell(c.hybridObjective), "", cell(c.fixedObjective)])
        table.append(["fixed-removal design, cost under the fitted relations", "", "", "", cell(c.fixedDesignHybridCost)])
        return table
    }

    private func cell(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }

    /// Writes fitted_relations.csv and, when the comparison was run, hybrid_vs_fixed_removal.csv.
    func writeHybridTables(to folder: inout ResultFolderWriter) throws {
        guard !summary.fittedRelations.isEmpty else { return }
        try folder.write(fitTable().render(), to: "fitted_relations.csv", description: "fitted unit models with their errors and the certified gap")
        guard let c = summary.fixedRelationComparison else { return }
        try folder.write(comparisonTable(c).render(), to: "hybrid_vs_fixed_removal.csv", description: "the hybrid design against the fixed-removal model's")
    }

    /// Terminal lines for the fits and the comparison (none without fitted relations).
    func hybridText() -> [String] {
        let r = summary
        guard !r.fittedRelations.isEmpty else { return [] }
        func number(_ value: Double?, _ decimals: Int) -> String { value.map { NumberFormat.fixed($0, decimals) } ?? "-" }
        var fits = TextTable(headers: ["fitted relation", "class", "segments", "data range t/h", "training RMSE", "validation RMSE", "data"],
                             alignments: [.left, .left, .right, .left, .right, .right, .left])
        for f in r.fittedRelations {
            fits.append([f.relation, f.modelClass, "\(f.segments)", "\(number(f.range[0], 1))–\(number(f.range[1], 1))",
                         number(f.errors.trainingRMSE, 4), number(f.errors.validationRMSE, 4), f.dataFile])
        }
        var lines = ["", "Fitted unit models (removal: ratio; load: kg/h)", fits.render(),
                     "The gap \(r.gap.map { String(format: "%.2e", $0) } ?? "-") certifies the design for these fitted curves; their validation RMSE is how far they miss held-out data."]
        guard let c = r.fixedRelationComparison else { return lines }
        var rows = TextTable(headers: ["node", "hybrid technology", "hybrid t/h", "fixed-removal technology", "fixed-removal t/h"],
                             alignments: [.left, .left, .right, .left, .right])
        for row in c.rows {
            rows.append([row.node, row.hybridTechnology ?? "", number(row.hybridThroughput, 3), row.fixedTechnology ?? "", number(row.fixedThroughput, 3)])
        }
        lines += ["", "Hybrid against fixed-removal model (fitted relations replaced by the fixed removal and loads)", rows.render(),
                  "cost per year: hybrid optimum \(number(c.hybridObjective, 2)); fixed-removal optimum \(number(c.fixedObjective, 2)) (\(c.fixedStatus), gap \(c.fixedGap.map { String(format: "%.2e", $0) } ?? "-")); "
                      + "fixed-removal design under the fitted relations \(number(c.fixedDesignHybridCost, 2))",
                  c.fixedDesignHybridViolations.isEmpty ? "The fixed-removal design meets every limit under the fitted relations."
                      : "Under the fitted relations the fixed-removal design breaks: " + c.fixedDesignHybridViolations.joined(separator: "; ")]
        return lines
    }

    /// The report section on the fitted unit models (nil without them).
    func hybridSection(files: [String]) -> ReportSection? {
        let r = summary
        guard !r.fittedRelations.isEmpty || !r.hybridFits.isEmpty else { return nil }
        func fmt(_ x: Double) -> String { ReportNumber.format(x) }
        let worst = r.fittedRelations.compactMap { f in f.errors.validationRMSE.map { (f.relation, $0) } }.max { $0.1 < $1.1 }
        let gap: String = r.gap.map { percent($0) } ?? "none"
        let worstText: String = worst.map { ", at most \(fmt($0.1)) (\($0.0))." } ?? "."
        var paragraphs = r.hybridFits.map { fit in
            "The electricity use of \(fit.slot)/\(fit.technology) is a hybrid model (mechanistic core plus a correction fitted to operating data): "
                + "training RMSE \(fmt(fit.errors.trainingRMSE)) kWh/h, validation RMSE \(fit.errors.validationRMSE.map(fmt) ?? "–") kWh/h on held-out points."
        }
        guard !r.fittedRelations.isEmpty else { return ReportSection(id: "hybrid", title: "Fitted unit models", paragraphs: paragraphs) }
        paragraphs.append("The design is certified for the fitted curves (gap \(gap)); "
            + "the validation error says how far each curve misses operating data held out of the fit" + worstText)
        var tables = [ReportTable(fitTable(), title: "Fitted unit models",
                                  caption: "Removal relations are ratios, load relations kg/h; each curve holds over the throughputs its data cover.",
                                  csvFile: files.contains("fitted_relations.csv") ? "fitted_relations.csv" : nil)]
        if let c = r.fixedRelationComparison {
            let changed = c.rows.filter { $0.hybridTechnology != $0.fixedTechnology || abs($0.hybridThroughput - $0.fixedThroughput) > 1e-6 }
            let fixedCost: String = c.fixedObjective.map { fmt($0) } ?? "–"
            let hybridCost: String = c.hybridObjective.map { fmt($0) } ?? "–"
            var text = "With the fitted relations replaced by the handbook's fixed removals and loads, the optimum costs \(fixedCost) per year "
            text += "against the hybrid optimum's \(hybridCost); \(changed.count) of \(c.rows.count) nodes change technology or throughput. "
            if c.fixedDesignHybridViolations.isEmpty {
                let underFitted: String = c.fixedDesignHybridCost.map { ", at \(fmt($0)) per year" } ?? ""
                text += "The fixed-removal design also meets every limit under the fitted relations\(underFitted)."
            } else {
                text += "Under the fitted relations the fixed-removal design breaks: " + c.fixedDesignHybridViolations.joined(separator: "; ") + "."
            }
            paragraphs.append(text)
            tables.append(ReportTable(comparisonTable(c), title: "Hybrid against fixed-removal design",
                                      caption: "Technology and throughput per treatment node in both designs; the last rows give both costs per year.",
                                      csvFile: files.contains("hybrid_vs_fixed_removal.csv") ? "hybrid_vs_fixed_removal.csv" : nil))
        }
        return ReportSection(id: "hybrid", title: "Fitted unit models", paragraphs: paragraphs, tables: tables)
    }
}
