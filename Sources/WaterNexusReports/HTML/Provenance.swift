/// How a data value was obtained (the `tag` column of every file in `Data/`).
public enum DataTag: Sendable, Equatable {
    /// Taken from a publication (the source names it).
    case published
    /// Computed from published values (the source says how).
    case derived
    /// An informed estimate, not published (the source gives the reason).
    case estimated
    /// Made up for tests or demonstrations.
    case synthetic
    /// Any other tag text, shown as it is.
    case other(String)

    /// Reads a tag; case and surrounding spaces are ignored.
    public init(_ text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "published": self = .published
        case "derived": self = .derived
        case "estimated": self = .estimated
        case "synthetic": self = .synthetic
        default: self = .other(text.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The tag as written in data files.
    public var name: String {
        switch self {
        case .published: "published"
        case .derived: "derived"
        case .estimated: "estimated"
        case .synthetic: "synthetic"
        case .other(let text): text
        }
    }
}

/// One row of a report's data-provenance table.
public struct ProvenanceEntry: Sendable, Equatable {
    /// What the value is (e.g. "Water price, residential").
    public var name: String
    /// The value as text, with its unit.
    public var value: String
    /// How the value was obtained.
    public var tag: DataTag
    /// Publication, derivation or reason.
    public var source: String

    /// A provenance row.
    public init(name: String, value: String, tag: DataTag, source: String) {
        self.name = name
        self.value = value
        self.tag = tag
        self.source = source
    }
}

import Foundation
