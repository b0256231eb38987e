import Foundation
import WaterNexusInput

/// The entries of a network CSV file (first row = column names, `#` comment lines allowed), read by the
/// input layer's CSV reader.
enum CSVRecords {
    static func read(path: String, shownAs file: String) throws -> [ModelRecord] {
        try CSVSheet(contentsOf: path, shownAs: file, allowsComments: true).rows.map { ModelRecord(row: $0, file: file) }
    }
}
