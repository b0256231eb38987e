import Foundation
import WaterNexusInput

/// How the values of one input table of an ISTP case were obtained: the count of each provenance tag
/// in its tag columns.
public struct ISTPDataTags: Sendable {
    /// The table's path, as read.
    public var path: String
    /// Tag counts, in ``ProvenanceTag`` order, tags that do not occur left out.
    public var counts: [(tag: ProvenanceTag, count: Int)]
    /// What else to know about the tags ("published fields per row in column `published`"), or "".
    public var note: String

    /// The table's file name.
    public var file: String { URL(fileURLWithPath: path).lastPathComponent }

    /// "sources.csv: published 9, estimated 21", with the note in parentheses.
    public var line: String {
        "\(file): " + counts.map { "\($0.tag.rawValue) \($0.count)" }.joined(separator: ", ")
            + (note.isEmpty ? "" : " (\(note))")
    }
}
