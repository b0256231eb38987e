import WaterNexusNetwork
import WaterNexusReports

/// Plain-text sections of a ``NetworkReport`` for fitted loads and removals: the fits next to the gap, and
/// the comparison with the fixed-removal model.
enum NetworkHybridText {
    static func render(_ r: NetworkReport) -> [String] {
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
}
