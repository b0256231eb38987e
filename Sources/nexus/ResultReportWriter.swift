import ArgumentParser
import Foundation
import WaterNexusReports

/// Writes `report.json` (title, command, notes, provenance) and `report.html` into a result folder, so
/// every command that writes a folder also leaves one self-contained report a person can open.
enum ResultReportWriter {
    /// Provenance rows: (name, value, tag, source).
    typealias ProvenanceRow = (name: String, value: String, tag: String, source: String)

    /// Writes the manifest and the HTML report; returns the names of the files written.
    static func write(folder: String, title: String, command: String, notes: [String], provenance: [ProvenanceRow]) throws -> [String] {
        let manifest = JSONValue.object([
            ("title", .string(title)),
            ("command", .string(command)),
            ("notes", .array(notes.map(JSONValue.string))),
            ("provenance", .array(provenance.map { row in
                .object([("name", .string(row.name)), ("value", .string(row.value)), ("tag", .string(row.tag)), ("source", .string(row.source))])
            })),
        ])
        let folderURL = URL(fileURLWithPath: folder)
        try manifest.pretty().write(to: folderURL.appendingPathComponent(ResultFolderReport.manifestName), atomically: true, encoding: .utf8)
        let report = try ResultFolderReport.build(folder: folder, excluding: ["report.html"])
        try report.html().write(to: folderURL.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        return [ResultFolderReport.manifestName, "report.html"]
    }

    /// Provenance rows read from a CSV with columns (name or input), value, tag, source.
    static func provenance(fromCSV path: String) throws -> [ProvenanceRow] {
        let table = try CSVTable.parse(try String(contentsOfFile: path, encoding: .utf8), source: path)
        guard let name = table.header.firstIndex(where: { $0 == "name" || $0 == "input" }),
              let value = table.header.firstIndex(of: "value"), let tag = table.header.firstIndex(of: "tag"),
              let source = table.header.firstIndex(of: "source") else { return [] }
        return table.rows.map { ($0[name], $0[value], $0[tag], $0[source]) }
    }
}

/// `--html` for commands that write a result folder: also write `report.json` and `report.html` there.
struct HTMLReportOption: ParsableArguments {
    @Flag(help: "Also write a self-contained report.html (and report.json) into the --out folder.")
    var html = false

    /// Checks that `--html` comes with an output folder.
    func validate(out: String?) throws {
        if html && out == nil { throw ValidationError("--html writes into the --out folder; give --out DIR") }
    }

    /// Writes the report when asked; provenance comes from `provenanceCSV` inside the folder when present.
    func writeIfAsked(folder: String?, title: String, provenanceCSV: String? = nil, notes: [String] = []) throws {
        guard html, let folder else { return }
        let provenancePath = provenanceCSV.map { (folder as NSString).appendingPathComponent($0) }
        let provenance = try provenancePath.flatMap {
            FileManager.default.fileExists(atPath: $0) ? try ResultReportWriter.provenance(fromCSV: $0) : nil
        } ?? []
        let command = (["nexus"] + CommandLine.arguments.dropFirst()).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
        _ = try ResultReportWriter.write(folder: folder, title: title, command: command, notes: notes, provenance: provenance)
        print("report: \((folder as NSString).appendingPathComponent("report.html"))")
    }
}
