import Testing
import WaterNexusTestSupport
import WaterNexusAllocation

/// Bad model files: every error names the file, the field and the problem.
@Suite struct ModelFileErrorTests {
    @Test func validMiniCaseLoads() throws {
        let c = try AllocationCase.load(path: try writeMiniCase())
        #expect(c.sources.map(\.id) == ["A", "R"])
        #expect(c.users[0].demand.value == 5)
        #expect(c.users[0].demand.tag == .synthetic)
        #expect(c.shareCaps[1][0]?.value == 0.5)
    }

    /// Unknown keys are refused in every mapping, not only at the top level, and in inline and CSV references.
    @Test func nestedUnknownKeys() throws {
        let inEntry = try writeMiniCase(yaml: miniYAML.replacingOccurrences(of: "    demand: {file: u.csv, column: demand, key: u}\n",
                                                                       with: "    demand: {file: u.csv, column: demand, key: u}\n    colour: red\n"))
        let entry = try #require(caseError { _ = try AllocationCase.load(path: inEntry) })
        #expect(entry.field == "users[0].colour" && entry.problem == "unknown field 'colour'" && entry.line != nil, "\(entry)")
        let inReference = try writeMiniCase(yaml: miniYAML.replacingOccurrences(of: "{file: u.csv, column: demand, key: u}",
                                                                           with: "{file: u.csv, column: demand, key: u, colum: x}"))
        let reference = try #require(caseError { _ = try AllocationCase.load(path: inReference) })
        #expect(reference.field == "users[0].demand.colum" && reference.problem == "unknown field 'colum'", "\(reference)")
    }

    @Test func missingField() throws {
        let path = try writeMiniCase(yaml: miniYAML.replacingOccurrences(of: "    demand: {file: u.csv, column: demand, key: u}\n", with: ""))
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("mini.yaml"))
        #expect(error.description.contains("mini.yaml:7: field 'users[0].demand': the field is missing"))
    }

    @Test func unknownSource() throws {
        let path = try writeMiniCase(yaml: miniYAML.replacingOccurrences(of: "      R: {value: 4", with: "      B: {value: 4"))
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("mini.yaml"))
        #expect(error.description.contains("guaranteed_rates[0].availability"))
        #expect(error.description.contains("unknown source 'B' — use one of: A, R"))
    }

    @Test func negativeDemand() throws {
        let path = try writeMiniCase(users: "id,demand,order,pol,tag,source\nu,-5,1,2,synthetic,test\n")
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("mini.yaml"))
        #expect(error.description.contains("users[0].demand"))
        #expect(error.description.contains("demand -5.0 (u.csv:demand:u) is negative"))
    }

    @Test func wrongCSVColumn() throws {
        let path = try writeMiniCase(yaml: miniYAML.replacingOccurrences(of: "column: demand,", with: "column: demnd,"))
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("mini.yaml"))
        #expect(error.description.contains("users[0].demand.column"))
        #expect(error.description.contains("u.csv has no column 'demnd' — use one of its columns: id, demand, order, pol, tag, source"))
    }

    @Test func missingProvenanceTag() throws {
        let path = try writeMiniCase(users: "id,demand,order,pol\nu,5,1,2\n")
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("u.csv:2:2: field 'demand': no provenance tag"))
    }

    @Test func unknownKey() throws {
        let path = try writeMiniCase(yaml: miniYAML.replacingOccurrences(of: "column: pol, key: u", with: "column: pol, key: v"))
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("users[0].pollutant.key"))
        #expect(error.description.contains("u.csv has no row with id = 'v'"))
    }

    @Test func unknownObjectiveKind() throws {
        let path = try writeMiniCase(yaml: miniYAML.replacingOccurrences(of: "kind: pollutant", with: "kind: cost"))
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("objectives[2].kind"))
        #expect(error.description.contains("unknown objective kind 'cost'"))
    }

    @Test func malformedCSVRow() throws {
        let path = try writeMiniCase(sources: "id,ghg,avail,tag,source\nA,1,3,synthetic\n")
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("s.csv:2: 4 fields, but the header has 5"))
    }

    @Test func invalidYAML() throws {
        let path = try writeMiniCase(yaml: "name: [unclosed\n")
        let error = try #require(caseError { _ = try AllocationCase.load(path: path) })
        #expect(error.description.contains("mini.yaml:2:1: not valid YAML"))
    }

    @Test func unknownScenarioAndRate() throws {
        let c = try AllocationCase.load(path: try writeMiniCase())
        #expect(caseError { _ = try c.instance(rate: "99") }?.description.contains("unknown guaranteed rate '99' — use one of: 50") == true)
        #expect(caseError { _ = try c.instance(scenario: "S9", rate: "50") }?.description.contains("unknown scenario 'S9'") == true)
    }
}
