import Foundation

/// Builds an ``HTMLReport`` from a result folder: its CSV files become tables, its SVG files figures,
/// and an optional `report.json` (``ReportManifest``) supplies the title, summary, command line,
/// provenance, captions and order. Without a manifest every CSV and SVG file is shown, sorted by name, titled from
/// its file name ("front_points.csv" → "Front points") and linked to the file.
/// A `provenance.csv` (columns name, value, tag, source) fills the provenance table.
public enum ResultFolderReport {
    /// Name of the manifest file inside the folder.
    public static let manifestName = "report.json"
    /// Name of the optional provenance table inside the folder.
    public static let provenanceName = "provenance.csv"

    /// Reads `folder` and builds the report. `excluding` names files to leave out of the files list
    /// (e.g. the report being written into the same folder).
    public static func build(folder: String, excluding: Set<String> = []) throws -> HTMLReport {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ResultFolderError(file: folder, reason: "not a folder; give the folder a command wrote its results to")
        }
        let url = URL(fileURLWithPath: folder)
        let names = try fm.contentsOfDirectory(atPath: folder).filter { name in
            var dir: ObjCBool = false
            return !name.hasPrefix(".") && fm.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &dir) && !dir.boolValue
        }.sorted()

        var manifest = ReportManifest()
        if names.contains(manifestName) {
            let path = url.appendingPathComponent(manifestName).path
            manifest = try ReportManifest.decode(try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        }
        func require(_ file: String, field: String) throws -> String {
            guard names.contains(file) else {
                throw ResultFolderError(file: url.appendingPathComponent(manifestName).path,
                                        reason: "\(field) names '\(file)', which is not in \(folder); fix the name or add the file")
            }
            return url.appendingPathComponent(file).path
        }

        var report = HTMLReport(title: manifest.title ?? url.lastPathComponent)
        report.subtitle = manifest.subtitle
        for note in manifest.notes ?? [] { report.addNote(note) }
        if manifest.command != nil || manifest.parameters != nil {
            report.setInputs(command: manifest.command ?? "", parameters: (manifest.parameters ?? []).map { ($0.name, $0.value) })
        }

        if let summary = manifest.summary {
            let figure = try summary.figure.map { file in
                ReportFigure(svg: try readText(try require(file, field: "summary.figure")), caption: summary.caption ?? "")
            }
            report.setSummary(ReportSummary(question: summary.question, answer: summary.answer,
                                            headline: (summary.headline ?? []).map { ($0.name, $0.value) }, figure: figure))
        }
        report.addProvenance((manifest.provenance ?? []).map {
            ProvenanceEntry(name: $0.name, value: $0.value, tag: $0.tag, source: $0.source)
        })
        if names.contains(provenanceName) {
            report.addProvenance(try readProvenance(url.appendingPathComponent(provenanceName).path))
        }

        let tables = manifest.tables ?? names.filter { $0.lowercased().hasSuffix(".csv") && $0 != provenanceName }
            .map { ReportManifest.Table(file: $0, title: nil, caption: nil) }
        for (k, t) in tables.enumerated() {
            let path = try require(t.file, field: "tables[\(k)].file")
            let table = try CSVTable.parse(try readText(path), source: path)
            report.addTable(table, title: t.title ?? readableTitle(t.file), caption: t.caption ?? "", csvFile: t.file)
        }

        let figures = manifest.figures ?? names.filter { $0.lowercased().hasSuffix(".svg") }
            .map { ReportManifest.Figure(file: $0, caption: nil) }
        for (k, f) in figures.enumerated() {
            let path = try require(f.file, field: "figures[\(k)].file")
            report.addFigure(svg: try readText(path), caption: f.caption ?? "")
        }

        let descriptions = Dictionary((manifest.files ?? []).map { ($0.file, $0.description ?? "") }, uniquingKeysWith: { a, _ in a })
        for name in names where !excluding.contains(name) {
            report.addFile(name: name, description: descriptions[name] ?? "")
        }
        return report
    }

    /// A title from a file name, for folders without a manifest: `front_points.csv` → "Front points".
    static func readableTitle(_ file: String) -> String {
        let stem = (file as NSString).deletingPathExtension.replacingOccurrences(of: "_", with: " ")
            .replacingOccurrences(of: "-", with: " ")
        return stem.prefix(1).uppercased() + stem.dropFirst()
    }

    private static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ResultFolderError(file: path, reason: "cannot be read; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ResultFolderError(file: path, reason: "is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    /// Reads a provenance CSV with columns name (or quantity, or input), value, tag and source (an
    /// optional unit column is appended to the value).
    public static func readProvenance(_ path: String) throws -> [ProvenanceEntry] {
        let table = try CSVTable.parse(try readText(path), source: path)
        let columns = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ options: [String]) throws -> Int {
            guard let k = columns.firstIndex(where: options.contains) else {
                throw ResultFolderError(file: path, reason: "needs a '\(options[0])' column (columns: name, value, tag, source)")
            }
            return k
        }
        let name = try column(["name", "quantity", "input"]), value = try column(["value"])
        let tag = try column(["tag"]), source = try column(["source"])
        let unit = columns.firstIndex(of: "unit")
        return try table.rows.enumerated().map { index, row in
            let shown = unit.map { row[$0].isEmpty ? row[value] : "\(row[value]) \(row[$0])" } ?? row[value]
            guard let known = ProvenanceTag(text: row[tag]) else {
                throw ResultFolderError(file: path, reason: "data row \(index + 1) has tag '\(row[tag])'; use \(ProvenanceTag.choices)")
            }
            return ProvenanceEntry(name: row[name], value: shown, tag: known, source: row[source])
        }
    }
}
