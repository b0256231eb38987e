import Foundation
import Testing
import WaterNexusInput
import WaterNexusISTP

/// Model-file errors name the file, the field and the problem; an infeasible scenario is a result with
/// the rows involved.
struct ModelFileErrorTests {
    /// A scratch copy of the Henan model file and its tables, with `edit` applied to the named file.
    func scratchCase(editing file: String, _ edit: (String) -> String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("istp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Models"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Data/henan"), withIntermediateDirectories: true)
        for name in ["sectors.csv", "surface_water.csv", "sources.csv", "energy_scenarios.csv", "parameters.csv"] {
            var text = try String(contentsOf: root.appendingPathComponent("Data/henan/\(name)"), encoding: .utf8)
            if name == file { text = edit(text) }
            try text.write(to: dir.appendingPathComponent("Data/henan/\(name)"), atomically: true, encoding: .utf8)
        }
        var yaml = try String(contentsOf: root.appendingPathComponent("Models/henan.yaml"), encoding: .utf8)
        if file == "henan.yaml" { yaml = edit(yaml) }
        let path = dir.appendingPathComponent("Models/henan.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func message(_ path: String) -> String {
        do { _ = try ISTPCase.load(path: path); return "" } catch { return "\(error)" }
    }

    @Test func missingFieldIsNamed() throws {
        let path = try scratchCase(editing: "henan.yaml") { $0.replacingOccurrences(of: "periods: [t1, t2, t3]\n", with: "") }
        let text = message(path)
        #expect(text.contains("henan.yaml") && text.contains("field 'periods': the list is missing"))
    }

    @Test func unknownFieldIsNamed() throws {
        let path = try scratchCase(editing: "henan.yaml") { $0 + "colour: blue\n" }
        #expect(message(path).contains("henan.yaml:34: field 'colour': unknown field 'colour'"))
    }

    @Test func badNumberNamesFileLineAndColumn() throws {
        let path = try scratchCase(editing: "surface_water.csv") { $0.replacingOccurrences(of: "t1,low,0.2,1800,", with: "t1,low,0.2,lots,") }
        let text = message(path)
        #expect(text.contains("surface_water.csv") && text.contains("surface_water.csv:2:4: field 'q_lo': 'lots' is not a finite number"))
    }

    @Test func probabilitiesMustAgreeAndSumToOne() throws {
        let one = try scratchCase(editing: "surface_water.csv") { $0.replacingOccurrences(of: "t1,high,0.6,", with: "t1,high,0.7,") }
        #expect(message(one).contains("surface_water.csv:7:3: field 'probability': level high has probability 0.6"))
        let all = try scratchCase(editing: "surface_water.csv") { $0.replacingOccurrences(of: "high,0.6,", with: "high,0.7,") }
        #expect(message(all).contains("sum to 1"))
    }

    @Test func unknownScenarioListsKnownOnes() throws {
        let c = try ISTPCase.load(path: try scratchCase(editing: "none") { $0 })
        #expect(throws: InputError.self) { try c.scenario(named: "S9,R1") }
        do { _ = try c.scenario(named: "S9,R1") } catch { #expect("\(error)".contains("use one of: S0, S1, S2, R1, R2, R3")) }
    }

    /// With k = 0 every non-exempt sector must receive its whole requirement (CR = 0): the favourable
    /// submodel (REQ⁻, larger supplies) still works, the unfavourable one (REQ⁺ needed, less water) cannot.
    @Test func infeasibleScenarioIsReportedWithRows() throws {
        let path = try scratchCase(editing: "parameters.csv") {
            $0.replacingOccurrences(of: #"risk_k,[^,]*,[^,]*,"#, with: "risk_k,0,0,", options: .regularExpression)
        }
        let c = try ISTPCase.load(path: path)
        let solution = try ISTPSolution.solve(try c.problem(for: c.defaultScenario).intervalLP())
        #expect(solution.netBenefit == nil)
        let failed = [solution.result.first] + (solution.result.second.map { [$0] } ?? [])
        let infeasible = try #require(failed.first { !$0.isOptimal })
        #expect(!infeasible.infeasibleRows.isEmpty)
        #expect(ISTPReport.status(solution.result).contains("infeasible"))
    }
}
