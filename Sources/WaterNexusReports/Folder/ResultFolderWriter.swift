import Foundation

/// Writes a command's result folder: every file atomically (a reader never sees half a file), every
/// name sanitized so that nothing lands outside the folder (names often come from model files), and a
/// list of what was written for the manifest and the terminal.
///
/// ```swift
/// var folder = try ResultFolderWriter(path: "out/henan")
/// try folder.write(csv.render(), to: "\(model.name)_scenarios.csv", description: "net benefit per scenario")
/// try folder.writeReport(report, manifest: manifest)   // report.json + report.html
/// print(folder.summaryLine)                           // "Files written to out/henan/: …"
/// ```
public struct ResultFolderWriter: Sendable {
    /// The folder, as given.
    public let path: String
    /// Files written so far, in order, with their descriptions (a name written twice is listed once).
    public private(set) var files: [(name: String, description: String)] = []

    /// Creates the folder (and its parents) when missing; refuses a path that is a file.
    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ResultFolderError(file: path, reason: "is a file, not a folder; give --out a folder path")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw ResultFolderError(file: path, reason: "cannot create the folder (\(error.localizedDescription)); check the path and permissions")
            }
        }
    }

    /// `name` made safe as a single file name inside the folder: path separators and characters other
    /// than letters, digits, `.`, `-`, `_` become `_`; `.` and `..` components and leading dots are
    /// dropped (`../../x_scenarios.csv` → `x_scenarios.csv`; `a/b c.csv` → `a_b_c.csv`).
    public static func safeName(_ name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
            .filter { $0 != "." && $0 != ".." && !$0.isEmpty }
        var joined = parts.joined(separator: "_").map { ch -> Character in
            ch.isASCII && (ch.isLetter || ch.isNumber || ch == "." || ch == "-" || ch == "_") ? ch : "_"
        }
        while joined.first == "." { joined.removeFirst() }
        return joined.isEmpty ? "unnamed" : String(joined)
    }

    /// Writes `text` (UTF-8) atomically as `name` (sanitized); returns the name used.
    @discardableResult
    public mutating func write(_ text: String, to name: String, description: String = "") throws -> String {
        try write(data: Data(text.utf8), to: name, description: description)
    }

    /// Writes `data` atomically as `name` (sanitized); returns the name used.
    @discardableResult
    public mutating func write(data: Data, to name: String, description: String = "") throws -> String {
        let safe = Self.safeName(name)
        let target = URL(fileURLWithPath: path).appendingPathComponent(safe)
        do {
            try data.write(to: target, options: .atomic)
        } catch {
            throw ResultFolderError(file: target.path, reason: "cannot be written (\(error.localizedDescription)); check free space and permissions")
        }
        if let k = files.firstIndex(where: { $0.name == safe }) {
            if !description.isEmpty { files[k].description = description }
        } else {
            files.append((safe, description))
        }
        return safe
    }

    /// Writes the manifest (`report.json`; the folder's file list and the report's summary fill the
    /// manifest's when it has none, so `nexus report` can rebuild a page that opens with the summary)
    /// and `report.html`; returns both names.
    @discardableResult
    public mutating func writeReport(_ report: HTMLReport, manifest: ReportManifest) throws -> [String] {
        var manifest = manifest
        if manifest.files == nil {
            manifest.files = files.map { ReportManifest.File(file: $0.name, description: $0.description.isEmpty ? nil : $0.description) }
        }
        if manifest.summary == nil, let summary = report.summary {
            manifest.summary = .init(question: summary.question, answer: summary.answer,
                                     headline: summary.headline.isEmpty ? nil : summary.headline.map { .init(name: $0.label, value: $0.value) })
        }
        var report = report
        for file in files { report.addFile(name: file.name, description: file.description) }
        let json = try write(ReportJSON.encode(manifest), to: ResultFolderReport.manifestName, description: "what the report shows (title, command, provenance, files)")
        let html = try write(report.html(), to: "report.html", description: "the report, for a person")
        return [json, html]
    }

    /// "Files written to FOLDER/: a.csv, b.svg, …" for the terminal.
    public var summaryLine: String {
        let folder = path.hasSuffix("/") ? path : path + "/"
        return "Files written to \(folder): " + files.map(\.name).joined(separator: ", ")
    }
}
