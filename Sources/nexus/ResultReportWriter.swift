import ArgumentParser
import Foundation
import WaterNexusReports

/// Writes `report.json` (title, command, notes, provenance) and `report.html` into a result folder, so
/// every command that writes a folder also leaves one self-contained report a person can open.
enum ResultReportWriter {
    /// Writes the manifest and the HTML report; returns the names of the files written.
    static func write(folder: String, title: String, command: String, notes: [String], provenance: [ProvenanceEntry]) throws -> [String] {
        let manifest = JSONValue.object([
            ("title", .string(title)),
            ("command", .string(command)),
            ("notes", .array(notes.map(JSONValue.string))),
            ("provenance", .array(provenance.map { row in
                .object([("name", .string(row.name)), ("value", .string(row.value)), ("tag", .string(row.tag.rawValue)), ("source", .string(row.source))])
            })),
        ])
        let folderURL = URL(fileURLWithPath: folder)
        try manifest.pretty().write(to: folderURL.appendingPathComponent(ResultFolderReport.manifestName), atomically: true, encoding: .utf8)
        let report = try ResultFolderReport.build(folder: folder, excluding: ["report.html"])
        try report.html().write(to: folderURL.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        return [ResultFolderReport.manifestName, "report.html"]
    }
}

/// `--html` for commands that write a result folder: also write `report.json` and `report.html` there.
struct HTMLReportOption: ParsableArguments {
    @Flag(help: "Also write a self-contained report.html (and report.json) into the --out folder.")
    var html = false

    /// The command line of this run, as a reader would retype it (arguments with spaces quoted).
    static var commandLine: String {
        (["nexus"] + CommandLine.arguments.dropFirst()).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    /// Checks that `--html` comes with an output folder.
    func validate(out: String?) throws {
        if html && out == nil { throw ValidationError("--html writes into the --out folder; give --out DIR") }
    }

    /// Writes the report when asked; provenance comes from `provenanceCSV` inside the folder when present.
    func writeIfAsked(folder: String?, title: String, provenanceCSV: String? = nil, notes: [String] = []) throws {
        guard html, let folder else { return }
        let provenancePath = provenanceCSV.map { (folder as NSString).appendingPathComponent($0) }
        let provenance = try provenancePath.flatMap {
            FileManager.default.fileExists(atPath: $0) ? try ResultFolderReport.readProvenance($0) : nil
        } ?? []
        _ = try ResultReportWriter.write(folder: folder, title: title, command: CommandLineText.current, notes: notes, provenance: provenance)
        print("report: \((folder as NSString).appendingPathComponent("report.html"))")
    }
}
