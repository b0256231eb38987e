import Testing
import WaterNexusReports

struct CSVParseTests {
    @Test func readsQuotedFieldsAndLineEnds() throws {
        let text = "\u{FEFF}name,note\r\n\"a,b\",\"say \"\"hi\"\"\"\r\nplain,\"two\nlines\"\n\nlast,\n"
        let table = try CSVTable.parse(text)
        #expect(table.header == ["name", "note"])
        #expect(table.rows == [["a,b", "say \"hi\""], ["plain", "two\nlines"], ["last", ""]])
    }

    @Test func roundTripsWhatCSVTableWrites() throws {
        var table = CSVTable(header: ["a", "b,c", "d"])
        table.append(["1", "\"q\"", "x\ny"])
        table.append(["", " ", "é"])
        #expect(try CSVTable.parse(table.render()).rows == table.rows)
    }

    @Test func reportsWhereRowsAreWrong() {
        #expect(throws: CSVParseError(file: "f.csv", line: 3, problem: "3 fields, but the header has 2",
                                      fix: "give one value per column (empty for none), and quote fields that contain commas")) {
            try CSVTable.parse("a,b\n1,2\n1,2,3\n", source: "f.csv")
        }
        #expect(throws: CSVParseError(file: "f.csv", line: 2, column: 1, problem: "a quoted field is never closed", fix: "add the closing '\"'")) {
            try CSVTable.parse("a,b\n\"1,2\n", source: "f.csv")
        }
        #expect(throws: CSVParseError(file: "CSV", line: 1, problem: "the file is empty", fix: "start it with a header line naming the columns")) {
            try CSVTable.parse("")
        }
    }
}
