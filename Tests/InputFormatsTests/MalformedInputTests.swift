import Foundation
import Testing
import WaterNexusInput

/// One table of malformed inputs, run against every case family's files: what spreadsheet programs write
/// reads like the clean file; every other defect is an ``InputError`` naming the file and the line.
struct MalformedInputTests {
    @Test(arguments: InputFormat.all)
    func byteOrderMarkAndCRLFReadLikeTheCleanFiles(format: InputFormat) throws {
        let clean = try format.load(in: try format.scratch())
        let spreadsheet = try format.scratch(format.table) { "\u{FEFF}" + $0.replacingOccurrences(of: "\n", with: "\r\n") }
        #expect(try format.load(in: spreadsheet) == clean)
        let yaml = try format.scratch(format.model) { "\u{FEFF}" + $0.replacingOccurrences(of: "\n", with: "\r\n") }
        #expect(try format.load(in: yaml) == clean)
    }

    @Test(arguments: InputFormat.all)
    func aQuotedLineBreakIsText(format: InputFormat) throws {
        let clean = try format.load(in: try format.scratch())
        let folder = try format.scratch(format.table) { text in
            var csv = try EditableCSV(text, allowsComments: format.allowsComments)
            csv.setFirstRow(format.textColumn, "first line,\nsecond line")
            return csv.text
        }
        #expect(try format.load(in: folder) == clean)
    }

    /// A defect written into the table or the model file, and what the error must say.
    struct Defect: Sendable, CustomStringConvertible {
        let description: String
        let inModelFile: Bool
        let spoil: @Sendable (String, InputFormat) throws -> String
        /// Words the error's problem must contain.
        let problem: String
        /// The line the error must name (nil: any line, or none for a whole-file problem).
        let line: Int?
    }

    static let defects: [Defect] = [
        Defect(description: "unclosed quote", inModelFile: false, spoil: { text, format in
            let csv = try EditableCSV(text, allowsComments: format.allowsComments)
            return csv.text + "\"unclosed\n"
        }, problem: "never closed", line: nil),
        Defect(description: "duplicate row", inModelFile: false, spoil: { text, format in
            var csv = try EditableCSV(text, allowsComments: format.allowsComments)
            csv.records.append(csv.records[1])
            return csv.text
        }, problem: "second", line: nil),
        Defect(description: "wrong count", inModelFile: false, spoil: { text, format in
            var csv = try EditableCSV(text, allowsComments: format.allowsComments)
            csv.records[1].append("extra")
            return csv.text
        }, problem: "fields, but the header has", line: 2),
        Defect(description: "NaN", inModelFile: false, spoil: { text, format in
            var csv = try EditableCSV(text, allowsComments: format.allowsComments)
            csv.setFirstRow(format.numericColumn, "NaN")
            return csv.text
        }, problem: "'NaN' is not a", line: 2),
        Defect(description: "empty table", inModelFile: false, spoil: { _, _ in "" }, problem: "the file is empty", line: 1),
        Defect(description: "duplicate key", inModelFile: true, spoil: { text, _ in text + "name: again\n" },
               problem: "appears twice", line: nil),
        Defect(description: "unknown key", inModelFile: true, spoil: { text, _ in text + "colour: blue\n" },
               problem: "unknown field 'colour'", line: nil),
        Defect(description: "empty model file", inModelFile: true, spoil: { _, _ in "" }, problem: "the file is empty", line: 1),
    ]

    @Test(arguments: InputFormat.all, defects)
    func defectsAreInputErrorsWithFileAndLine(format: InputFormat, defect: Defect) throws {
        let file = defect.inModelFile ? format.model : format.table
        let folder = try format.scratch(file) { try defect.spoil($0, format) }
        let error = #expect(throws: InputError.self, "\(format) \(defect)") { try format.load(in: folder) }
        guard let error else { return }
        #expect(error.file.hasSuffix(URL(fileURLWithPath: file).lastPathComponent), "\(error)")
        #expect(error.problem.contains(defect.problem), "\(error)")
        #expect(!error.fix.isEmpty, "\(error)")
        if let line = defect.line { #expect(error.line == line, "\(error)") } else { #expect(error.line != nil, "\(error)") }
    }
}
