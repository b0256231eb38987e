import Testing
import WaterNexusInput

struct CSVParserTests {
    @Test func spreadsheetExportReadsLikeTheCleanFile() throws {
        let clean = "name,flow,note\nA,12.5,\"x, y\"\nB,3,\"two\nlines\"\n"
        let spreadsheet = "\u{FEFF}" + clean.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try CSVSheet(text: clean, file: "clean.csv"), b = try CSVSheet(text: spreadsheet, file: "excel.csv")
        #expect(a.header == ["name", "flow", "note"])
        #expect(b.header == a.header)
        #expect(b.rows.map(\.cells) == a.rows.map(\.cells))
        #expect(b.rows.map(\.line) == [2, 3])
        #expect(b.rows[1]["note"] == "two\nlines")
    }

    @Test func quotesEscapesAndCommentsFollowTheFormat() throws {
        let text = "# comment\na,b\n\"say \"\"hi\"\"\",\"#not a comment\"\n# another\n\n1,2\n"
        let records = try CSVParser.records(text, file: "f.csv", allowsComments: true)
        #expect(records == [.init(line: 2, cells: ["a", "b"]), .init(line: 3, cells: ["say \"hi\"", "#not a comment"]),
                            .init(line: 6, cells: ["1", "2"])])
        // Without comments, '#' is data.
        #expect(try CSVParser.records("#a,b\n", file: "f.csv").first?.cells == ["#a", "b"])
    }

    @Test func malformedTextIsLocatedByLineAndColumn() {
        #expect(throws: InputError(file: "f.csv", line: 2, column: 3, problem: "a quoted field is never closed", fix: "add the closing '\"'")) {
            try CSVParser.records("a,b\n1,\"2\n3\n", file: "f.csv")
        }
        #expect(throws: InputError(file: "f.csv", line: 2, column: 4, problem: "text after a closing quote",
                                   fix: "quote the whole field, and write a quote inside it as \"\"")) {
            try CSVParser.records("a,b\n\"1\"x,2\n", file: "f.csv")
        }
    }

    @Test func cellsAreReadByHeaderNameWithTypedErrors() throws {
        let sheet = try CSVSheet(text: "id, flow ,tag\nu1, 4.5 ,published\nu2,nan,guess\n", file: "u.csv")
        #expect(sheet.header == ["id", "flow", "tag"])
        #expect(try sheet.rows[0].number("flow") == 4.5)
        #expect(try sheet.rows[0].tag() == .published)
        #expect(throws: InputError(file: "u.csv", line: 3, column: 2, field: "flow", problem: "'nan' is not a finite number",
                                   fix: "write a number such as 12.5 or 1.2e3")) { try sheet.rows[1].number("flow") }
        #expect(throws: InputError.self) { try sheet.rows[1].tag() }
        #expect(throws: InputError(file: "u.csv", line: 1, field: "cost", problem: "the header has no column 'cost'",
                                   fix: "add it; the columns are: id, cost")) { try sheet.require(["id", "cost"]) }
    }

    @Test func duplicateKeysNameBothLines() throws {
        let sheet = try CSVSheet(text: "sector,period,w\ns1,1,2\ns1,2,3\ns1,1,4\n", file: "s.csv")
        #expect(throws: InputError(file: "s.csv", line: 4, field: "sector/period",
                                   problem: "a second row for sector s1, period 1 (the first is on line 2)",
                                   fix: "keep one row per sector and period; merge or delete the other")) {
            try sheet.requireUnique(["sector", "period"])
        }
        try sheet.requireUnique(["sector", "w"])
    }

    @Test func errorsReadFileLineProblemFix() {
        let error = InputError(file: "units.csv", line: 4, column: 2, field: "flow", problem: "'x' is not a finite number", fix: "write a number")
        #expect(error.description == "units.csv:4:2: field 'flow': 'x' is not a finite number — write a number")
        #expect(InputError(file: "m.yaml", problem: "the file is empty", fix: "").description == "m.yaml: the file is empty")
    }
}
