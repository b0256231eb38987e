/// How a data value was obtained: the `tag` of every value in `Data/`, in model files and in reports.
public enum ProvenanceTag: String, Sendable, Hashable, CaseIterable, Codable {
    /// Taken from a publication (the source names table or figure).
    case published
    /// Computed from published values (the source states how).
    case derived
    /// An informed estimate or a calibration, not published (the source gives the reason or method).
    case estimated
    /// Made up for tests or demonstrations (the source says how).
    case synthetic

    /// Reads a tag as written in a file, ignoring surrounding spaces and letter case; nil for any other text.
    public init?(text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The accepted tags, for error messages: "published, derived, estimated or synthetic".
    public static let choices = "published, derived, estimated or synthetic"
}
