/// Emits a ``ResultOutput``: text or JSON on standard output, and, given a folder, the result files,
/// `report.json` and `report.html`. The one place where commands' results become files.
public enum ResultEmitter {
    /// Where and how to emit.
    public struct Options: Sendable {
        /// Result folder (nil: print only).
        public var folder: String?
        /// Print JSON instead of text.
        public var json: Bool
        /// Also write `report.json` and `report.html` into the folder.
        public var html: Bool
        /// The command line that reproduces the run (shown in the report).
        public var command: String

        public init(folder: String?, json: Bool = false, html: Bool = false, command: String) {
            self.folder = folder
            self.json = json
            self.html = html
            self.command = command
        }
    }

    /// Prints and writes `output` as `options` say; returns the folder writer (nil without a folder)
    /// so a caller can list or add files.
    @discardableResult
    public static func emit(_ output: some ResultOutput, options: Options, print write: (String) -> Void = { Swift.print($0) }) throws -> ResultFolderWriter? {
        write(options.json ? try output.json() : output.text())
        guard let path = options.folder else { return nil }
        var folder = try ResultFolderWriter(path: path)
        try output.writeFiles(to: &folder)
        if options.html {
            var report = output.report(files: folder.files.map(\.name))
            report.setInputs(command: options.command, parameters: report.parameters) // keeps the output's run settings
            report.addProvenance(output.provenance)
            let manifest = ReportManifest(title: output.title, command: options.command,
                                          provenance: output.provenance.map {
                                              .init(name: $0.name, value: $0.value, tag: $0.tag, source: $0.source)
                                          })
            try folder.writeReport(report, manifest: manifest)
        }
        if !options.json { write(folder.summaryLine) }
        return folder
    }
}
