/// Where a number comes from, as required for every value in `Data/`.
public enum Provenance: String, Sendable, Hashable, CaseIterable, Codable {
    /// Verbatim from a source (table or figure named in the `source` text).
    case published
    /// Computed from published values by a stated formula.
    case derived
    /// An assumption or a calibration, with its reason or method.
    case estimated
    /// Generated, with the generator stated.
    case synthetic
}

/// A number read from a data table, with its provenance and where it was read.
public struct TaggedValue: Sendable, Hashable {
    /// The number.
    public var value: Double
    /// Its provenance tag.
    public var tag: Provenance
    /// The `source` text of the table (reference, method or reason).
    public var source: String
    /// Where it was read: `file:column:key` (line numbers in errors).
    public var origin: String

    /// A tagged number.
    public init(value: Double, tag: Provenance, source: String, origin: String) {
        self.value = value
        self.tag = tag
        self.source = source
        self.origin = origin
    }
}
