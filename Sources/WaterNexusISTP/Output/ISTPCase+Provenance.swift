import WaterNexusReports

extension ISTPCase {
    /// One provenance row per input table and tag: how many entries of the table's tag columns carry that tag.
    public var provenanceEntries: [ProvenanceEntry] {
        dataTags.flatMap { table in
            table.counts.map { count in
                ProvenanceEntry(name: table.file, value: "\(ReportNumber.count(count.count, "tag"))", tag: count.tag,
                                source: table.note.isEmpty ? "tag columns of \(table.file)" : "tag columns of \(table.file); \(table.note)")
            }
        }
    }
}
