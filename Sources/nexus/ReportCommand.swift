import ArgumentParser
import Foundation
import WaterNexusReports

/// `nexus report RESULT_DIR [--out FILE]`: one self-contained HTML report from a result folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build one self-contained HTML report from a result folder.",
        discussion: """
        Tables come from the folder's CSV files, figures from its SVG files, and the title, command line, \
        data provenance and captions from an optional report.json (see docs/reports.md). A provenance.csv \
        (columns name, value, tag, source) fills the provenance table.
        """
    )

    @Argument(help: "The result folder.")
    var resultDir: String

    @Option(name: .long, help: "Where to write the HTML (default: RESULT_DIR/report.html).")
    var out: String?

    func run() throws {
        let target = out ?? URL(fileURLWithPath: resultDir).appendingPathComponent("report.html").path
        let targetURL = URL(fileURLWithPath: target).standardizedFileURL
        let folderURL = URL(fileURLWithPath: resultDir).standardizedFileURL
        // The report itself is not listed among the folder's files when it is written there.
        let excluded: Set<String> = targetURL.deletingLastPathComponent().path == folderURL.path ? [targetURL.lastPathComponent] : []
        var report = try ResultFolderReport.build(folder: resultDir, excluding: excluded)
        // Links to the folder's files work only from a page written into that folder.
        report.linkFiles = targetURL.deletingLastPathComponent().path == folderURL.path
        let parent = targetURL.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("cannot write \(target): the folder \(parent) does not exist; create it first")
        }
        do {
            try report.html().write(to: targetURL, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure("cannot write \(target): \(error.localizedDescription); check the folder's permissions")
        }
        print("wrote \(target) (\(report.tableCount) tables, \(report.figureCount) figures)")
    }
}

/// A report that could not be built or written; the message says what, where and what to do.

