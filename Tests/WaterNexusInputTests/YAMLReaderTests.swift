import Testing
import WaterNexusInput

struct YAMLReaderTests {
    @Test func typedFieldsKeepTheirLines() throws {
        let text = """
        name: demo
        flow: 12.5
        range: [1, 3]
        tag: Published
        data: ../data/x.csv
        on: true
        """
        let root = try YAMLDocument.parse(text, file: "m.yaml", path: "/cases/a/m.yaml").mapping()
        #expect(try root.required("name").string() == "demo")
        #expect(try root.required("flow").double() == 12.5)
        #expect(try root.required("range").interval() == (1, 3))
        #expect(try root.required("tag").tag() == .published)
        #expect(try root.required("data").dataPath() == "/cases/data/x.csv")
        #expect(try root.required("on").bool())
        #expect(root.keys == ["name", "flow", "range", "tag", "data", "on"])
        #expect(throws: InputError(file: "m.yaml", line: 3, column: 8, field: "range",
                                   problem: "expected a finite number, found a list", fix: "write a number such as 12.5 or 1.2e3")) {
            try root.required("range").double()
        }
    }

    @Test func unknownAndDuplicateKeysNameTheLine() throws {
        let root = try YAMLDocument.parse("name: a\nflwo: 3\n", file: "m.yaml").mapping()
        #expect(throws: InputError(file: "m.yaml", line: 2, field: "flwo", problem: "unknown field 'flwo'",
                                   fix: "use one of: name, flow")) { try root.rejectUnknownKeys(["name", "flow"]) }
        let duplicate = #expect(throws: InputError.self) { try YAMLDocument.parse("name: a\nflow: 1\nflow: 2\n", file: "m.yaml") }
        #expect(duplicate?.line != nil)
        #expect(duplicate?.problem == "the key 'flow' appears twice in one mapping")
    }

    @Test func nestedFieldPathsAndMissingFields() throws {
        let root = try YAMLDocument.parse("units:\n  - name: u1\n  - loads: [1, nan]\n", file: "m.yaml").mapping()
        let units = try root.required("units").list()
        #expect(units[1].field == "units[1]")
        let second = try units[1].mapping()
        #expect(throws: InputError(file: "m.yaml", line: 3, column: 5, field: "units[1].name", problem: "the field is missing", fix: "add name: …")) {
            try second.required("name")
        }
        #expect(throws: InputError.self) { try second.required("loads").doubles() }
    }

    @Test func syntaxErrorsHaveALine() {
        let error = #expect(throws: InputError.self) { try YAMLDocument.parse("a: [1, 2\nb: 3\n", file: "bad.yaml") }
        #expect(error?.line != nil)
        #expect(error?.description.hasPrefix("bad.yaml:") == true)
    }
}
