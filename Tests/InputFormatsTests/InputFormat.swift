import Foundation
import WaterNexusAllocation
import WaterNexusInput
import WaterNexusISTP
import WaterNexusNetwork

/// One case family's bundled case, copied to a scratch folder so that one of its files can be spoiled.
struct InputFormat: Sendable, CustomStringConvertible {
    let description: String
    /// The model file, relative to the package root.
    let model: String
    /// A CSV table the model reads, relative to the package root.
    let table: String
    /// A numeric column of `table`, and a free-text column whose content does not change the model.
    let numericColumn: String, textColumn: String
    /// Whether `table` may have `#` comment lines.
    let allowsComments: Bool
    /// Loads the model at a path and describes what was read; the scratch folder is removed from it.
    let load: @Sendable (String) throws -> String

    static let all: [InputFormat] = [
        InputFormat(description: "allocation", model: "Models/yiwu.yaml", table: "Data/yiwu/users.csv",
                    numericColumn: "demand_mm3", textColumn: "demand_mm3_source", allowsComments: false,
                    load: { String(describing: try AllocationCase.load(path: $0).users.map { [$0.demand.value, $0.pollutant.value] }) }),
        InputFormat(description: "istp", model: "Models/henan.yaml", table: "Data/henan/sectors.csv",
                    numericColumn: "req_lo", textColumn: "reason", allowsComments: false,
                    load: { String(describing: try ISTPCase.load(path: $0).base) }),
        InputFormat(description: "network", model: "Models/network/wang_smith_1994.yaml", table: "Data/network/wang_smith_1994_units.csv",
                    numericColumn: "loads.C", textColumn: "source", allowsComments: true,
                    load: { String(describing: try NetworkModel.load(path: $0).units) }),
    ]

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A scratch copy of Models/ and Data/; `spoil` rewrites `file` (relative to the root) in it.
    func scratch(_ file: String? = nil, _ spoil: (String) throws -> String = { $0 }) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("input-\(description)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for part in ["Models", "Data"] {
            try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent(part), to: folder.appendingPathComponent(part))
        }
        if let file {
            let url = folder.appendingPathComponent(file)
            try Data(try spoil(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }
        return folder
    }

    /// Loads the model of a scratch copy.
    func load(in folder: URL) throws -> String {
        try load(folder.appendingPathComponent(model).path).replacingOccurrences(of: folder.path, with: "")
    }
}

/// CSV text edited by records, written back with every cell quoted.
struct EditableCSV {
    var records: [[String]]

    init(_ text: String, allowsComments: Bool) throws {
        records = try CSVParser.records(text, file: "edit", allowsComments: allowsComments).map(\.cells)
    }

    var text: String {
        records.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            .joined(separator: "\n") + "\n"
    }

    /// Sets `column` of the first data row.
    mutating func setFirstRow(_ column: String, _ value: String) {
        guard let k = records[0].firstIndex(of: column) else { return }
        records[1][k] = value
    }
}
