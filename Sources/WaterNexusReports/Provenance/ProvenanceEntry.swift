import Foundation

/// One row of a report's data-provenance table.
public struct ProvenanceEntry: Sendable, Equatable {
    /// What the value is (e.g. "Water price, residential").
    public var name: String
    /// The value as text, with its unit.
    public var value: String
    /// How the value was obtained.
    public var tag: ProvenanceTag
    /// Publication, derivation or reason.
    public var source: String

    /// A provenance row.
    public init(name: String, value: String, tag: ProvenanceTag, source: String) {
        self.name = name
        self.value = value
        self.tag = tag
        self.source = source
    }
}

import Foundation
