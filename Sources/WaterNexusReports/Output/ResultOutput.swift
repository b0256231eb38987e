/// The output of one solved case, in every form a person or a program asks for. Each case family
/// (allocation, compare, ISTP, network) has one type conforming to this; a command loads, solves, and
/// hands the result to ``ResultEmitter``, which decides what to print and write.
public protocol ResultOutput {
    /// Title of the report and of the manifest ("Yiwu allocation, exact fronts").
    var title: String { get }
    /// What the terminal shows (a short summary and small aligned tables).
    func text() -> String
    /// The result for programs (``ReportJSON`` encoding).
    func json() throws -> String
    /// Writes the result files (CSV at full precision, SVG figures) into `folder`.
    func writeFiles(to folder: inout ResultFolderWriter) throws
    /// The HTML report: summary, results sections, provenance. `files` are the names already written
    /// to the folder, so tables can link to their full-precision CSV.
    func report(files: [String]) -> HTMLReport
    /// Provenance rows for the manifest and report (empty when the result has no inputs to tag).
    var provenance: [ProvenanceEntry] { get }
}

public extension ResultOutput {
    var provenance: [ProvenanceEntry] { [] }
}
