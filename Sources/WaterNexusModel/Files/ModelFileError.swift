/// A model file that cannot be read or written: which file, which line, and what was expected.
public struct ModelFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path or name (`nil` when reading text that came from no file).
    public var file: String?
    /// The 1-based line number (`nil` when the problem concerns the whole file).
    public var line: Int?
    /// What is wrong and what was expected.
    public var message: String

    /// An error at `line` of `file`.
    public init(file: String? = nil, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, with the parts that are known.
    public var description: String {
        var place = file ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
