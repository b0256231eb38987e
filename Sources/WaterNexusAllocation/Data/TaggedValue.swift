import WaterNexusReports

/// A number read from a data table, with its provenance and where it was read.
public struct TaggedValue: Sendable, Hashable {
    /// The number.
    public var value: Double
    /// Its provenance tag.
    public var tag: ProvenanceTag
    /// The `source` text of the table (reference, method or reason).
    public var source: String
    /// Where it was read: `file:column:key` (line numbers in errors).
    public var origin: String

    /// A tagged number.
    public init(value: Double, tag: ProvenanceTag, source: String, origin: String) {
        self.value = value
        self.tag = tag
        self.source = source
        self.origin = origin
    }
}
