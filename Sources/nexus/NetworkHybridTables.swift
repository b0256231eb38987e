import Foundation
import WaterNexusNetwork
import WaterNexusReports

/// The result-folder tables of fitted unit models (for the HTML report and for programs): the fits with
/// their validation errors beside the gap, and the design against the fixed-removal model's.
enum NetworkHybridTables {
    /// Writes fitted_relations.csv and, when the comparison was run, hybrid_vs_fixed_removal.csv.
    static func write(_ r: NetworkReport, to folder: URL) throws {
        guard !r.fittedRelations.isEmpty else { return }
        var fits = CSVTable(header: ["fitted relation", "class", "segments", "data from t/h", "data to t/h",
                                     "training RMSE", "validation RMSE", "certified gap", "data file"])
        func cell(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        for f in r.fittedRelations {
            let from: Double? = f.range.first, to: Double? = f.range.last
            let cells: [String] = [f.relation, f.modelClass, "\(f.segments)", cell(from), cell(to),
                                   cell(f.errors.trainingRMSE), cell(f.errors.validationRMSE), cell(r.gap), f.dataFile]
            fits.append(cells)
        }
        try fits.render().write(to: folder.appendingPathComponent("fitted_relations.csv"), atomically: true, encoding: .utf8)
        guard let c = r.fixedRelationComparison else { return }
        var table = CSVTable(header: ["node", "hybrid technology", "hybrid t/h", "fixed-removal technology", "fixed-removal t/h"])
        for row in c.rows {
            table.append([row.node, row.hybridTechnology ?? "", cell(row.hybridThroughput), row.fixedTechnology ?? "", cell(row.fixedThroughput)])
        }
        table.append(["cost per year", "", cell(c.hybridObjective), "", cell(c.fixedObjective)])
        table.append(["fixed-removal design, cost under the fitted relations", "", "", "", cell(c.fixedDesignHybridCost)])
        try table.render().write(to: folder.appendingPathComponent("hybrid_vs_fixed_removal.csv"), atomically: true, encoding: .utf8)
    }
}
