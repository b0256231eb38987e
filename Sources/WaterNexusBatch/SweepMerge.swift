import Foundation
import WaterNexusReports

/// Combines the results of a sweep's runs into one table: the run's settings, its exit status, and
/// the scalar fields of its JSON result: top-level scalars, scalars of nested objects as `a.b`, and
/// short lists of scalars (up to 8, e.g. an interval) as `a[0]`, `a[1]`. A result that is a list of
/// one object is read as that object. Deeper structures are left out.
public enum SweepMerge {
    /// The merged table (rows in plan order; result columns sorted by name for determinism).
    public static func merge(_ directory: SweepDirectory) throws -> CSVTable {
        let plan: String
        do { plan = try String(contentsOf: directory.planFile, encoding: .utf8) } catch {
            throw SweepError.unreadable(path: directory.planFile.path, reason: "no sweep plan here; run `nexus sweep` first")
        }
        let lines = plan.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, header.first == "id" else {
            throw SweepError.invalidResult(path: directory.planFile.path, reason: "the first line must start with 'id'")
        }
        var records: [(settings: [String], status: String, fields: [String: String])] = []
        var fieldNames = Set<String>()
        for (lineNumber, cells) in lines.dropFirst().enumerated() {
            guard cells.count == header.count else {
                throw SweepError.invalidResult(path: directory.planFile.path, reason: "line \(lineNumber + 2) has \(cells.count) cells, expected \(header.count)")
            }
            let id = cells[0]
            let status = (try? String(contentsOf: directory.statusFile(id), encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not run"
            var fields: [String: String] = [:]
            if status == "0" {
                let data = try Data(contentsOf: directory.resultFile(id))
                let parsed = try? JSONSerialization.jsonObject(with: data)
                guard let object = (parsed as? [String: Any]) ?? ((parsed as? [Any]).flatMap { $0.count == 1 ? $0[0] as? [String: Any] : nil }) else {
                    throw SweepError.invalidResult(path: directory.resultFile(id).path, reason: "not a JSON object; runs must print JSON (add --json)")
                }
                flatten(object, prefix: "", into: &fields)
            }
            fieldNames.formUnion(fields.keys)
            records.append((cells, status, fields))
        }
        let columns = fieldNames.sorted()
        var table = CSVTable(header: header + ["exit_status"] + columns)
        for record in records {
            table.append(record.settings + [record.status] + columns.map { record.fields[$0] ?? "" })
        }
        return table
    }

    static func flatten(_ object: [String: Any], prefix: String, into fields: inout [String: String]) {
        for (key, value) in object {
            let name = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let nested = value as? [String: Any] {
                if prefix.isEmpty { flatten(nested, prefix: name, into: &fields) }
            } else if let list = value as? [Any] {
                guard list.count <= 8, list.allSatisfy({ scalarText($0) != nil }) else { continue }
                for (k, item) in list.enumerated() { fields["\(name)[\(k)]"] = scalarText(item) }
            } else if let text = scalarText(value) {
                fields[name] = text
            }
        }
    }

    /// The text of a JSON scalar (string, number, boolean, null), nil for lists and objects.
    static func scalarText(_ value: Any) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            return NumberFormat.exact(number.doubleValue)
        case is NSNull: return ""
        default: return nil
        }
    }
}
