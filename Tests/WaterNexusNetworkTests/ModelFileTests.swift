import Foundation
import Testing
import WaterNexusNetwork

/// The package root (tests run from it or below it).
func packageRoot() -> String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}

func invalid(_ yaml: String) -> String? {
    do {
        _ = try NetworkModel.parse(yaml: yaml, file: "bad.yaml", directory: packageRoot())
        return nil
    } catch let error as NetworkError {
        return error.description
    } catch {
        return "\(error)"
    }
}

@Suite struct ModelFileTests {
    @Test func wangSmithFileGives90() throws {
        let network = try NetworkModel.load(path: packageRoot() + "/Models/network/wang_smith_1994.yaml")
        #expect(network.units.count == 4)
        // Every entry of the published example carries its tag: fresh, 4 operations (CSV), drain.
        #expect(network.provenance.count == 6 && network.provenance.allSatisfy { $0.tag == .published })
        #expect(network.provenance.map(\.entry).contains("units op3"))
        let result = try NetworkSolver.solveFixedQuality(network)
        #expect(result.status == .optimal)
        #expect(abs((result.upperBound ?? 0) - 90) < 1e-6)
    }

    /// A units table saved by a spreadsheet program (byte-order mark, CRLF line ends) was read as a header
    /// without rows, and the minimum fresh water came out 0.
    @Test func spreadsheetSavedUnitsGive90() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wang-smith-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = try String(contentsOfFile: packageRoot() + "/Data/network/wang_smith_1994_units.csv", encoding: .utf8)
        try Data(("\u{FEFF}" + units.replacingOccurrences(of: "\n", with: "\r\n")).utf8).write(to: folder.appendingPathComponent("units.csv"))
        let model = try String(contentsOfFile: packageRoot() + "/Models/network/wang_smith_1994.yaml", encoding: .utf8)
            .replacingOccurrences(of: "../../Data/network/wang_smith_1994_units.csv", with: "units.csv")
        try model.write(to: folder.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
        let network = try NetworkModel.load(path: folder.appendingPathComponent("model.yaml").path)
        #expect(network.units.count == 4)
        let result = try NetworkSolver.solveFixedQuality(network)
        #expect(abs((result.upperBound ?? 0) - 90) < 1e-6)
    }

    @Test func twoContaminantFileMatchesTheProgrammaticModel() throws {
        let file = try NetworkModel.load(path: packageRoot() + "/Models/network/two_contaminant.yaml")
        let built = twoContaminantPark(units: 2, technologies: 2)
        #expect(file.units.count == built.units.count)
        #expect(file.treatments[0].technologies.map(\.removal) == built.treatments[0].technologies.map(\.removal))
        #expect(file.discharges[0].limits == built.discharges[0].limits)
        #expect(file.units.map(\.name) == built.units.map(\.name))
        #expect(NetworkGraph(file).arcs.count == NetworkGraph(built).arcs.count)
        // Same data, so the same deterministic first relaxation rounds.
        var options = NetworkSolveOptions()
        options.maxIterations = 2
        let a = try NetworkSolver.solve(file, options: options), b = try NetworkSolver.solve(built, options: options)
        #expect(abs(a.lowerBound - b.lowerBound) <= 1e-9 * max(1, abs(a.lowerBound)))
    }

    @Test func badFilesSayWhatWhereAndWhatToDo() {
        let base = """
        contaminants: [A, B]
        sources: [{name: fresh, concentrations: [0, 0]}]
        units: [{name: U, loads: [1, 1], maxInlet: [0, 0], maxOutlet: [100, 100]}]
        discharges: [{name: river, limits: [.inf, .inf]}]
        """
        #expect(invalid(base) == nil)
        let shortVector = invalid(base.replacingOccurrences(of: "loads: [1, 1]", with: "loads: [1]"))
        #expect(shortVector?.contains("loads") == true && shortVector?.contains("2 contaminants") == true && shortVector?.contains("bad.yaml:3:") == true)
        let typo = invalid(base.replacingOccurrences(of: "maxOutlet", with: "maxOulet"))
        #expect(typo?.contains("unknown field") == true && typo?.contains("maxOulet") == true)
        let notNumber = invalid(base.replacingOccurrences(of: "loads: [1, 1]", with: "loads: [1, x]"))
        #expect(notNumber?.contains("'x' is not a number") == true)
        let noDischarge = invalid(base.replacingOccurrences(of: "discharges: [{name: river, limits: [.inf, .inf]}]", with: ""))
        #expect(noDischarge?.contains("discharges") == true)
        let syntax = invalid("contaminants: [A\nsources: {")
        #expect(syntax?.contains("not valid YAML") == true)
        let unknownNode = invalid(base + "\nconnections: {forbidden: [[fresh, pump]]}")
        #expect(unknownNode?.contains("no node named \"pump\"") == true)
        let outletBelowInlet = invalid(base.replacingOccurrences(of: "maxOutlet: [100, 100]", with: "maxOutlet: [100, 0]"))
        #expect(outletBelowInlet?.contains("maxOutlet[B]") == true)
        let missingCSV = invalid(base.replacingOccurrences(of: "units: [{name: U, loads: [1, 1], maxInlet: [0, 0], maxOutlet: [100, 100]}]", with: "units: nowhere.csv"))
        #expect(missingCSV?.contains("nowhere.csv") == true)
        let duplicate = invalid(base.replacingOccurrences(of: "name: U,", with: "name: fresh,"))
        #expect(duplicate?.contains("used twice") == true)
        let badTag = invalid(base.replacingOccurrences(of: "{name: fresh,", with: "{name: fresh, tag: guessed,"))
        #expect(badTag?.contains("not a provenance tag") == true)
    }

    @Test func dischargeLimitNoTechnologyMeetsIsReported() throws {
        // U leaves at >= 1000 g/h / 10 t/h = 100 ppm; only U feeds T (fresh water may not bypass into T), and
        // the best technology removes 90 %, so every stream reaching the river carries >= 10 ppm > 5 ppm.
        let yaml = """
        contaminants: [A]
        sources: [{name: fresh, concentrations: [0]}]
        units: [{name: U, loads: [1], maxInlet: [0], maxOutlet: [1000], maxFlow: 10}]
        treatments: [{name: T, technologies: [{name: bio, removal: [0.9]}, {name: sand, removal: [0.5]}]}]
        discharges: [{name: river, limits: [5]}]
        connections: {forbidden: [[fresh, T]]}
        """
        let result = try NetworkSolver.solve(try NetworkModel.parse(yaml: yaml))
        #expect(result.status == .infeasible)
        #expect(result.message?.contains("river") == true && result.message?.contains("10") == true)
        #expect(result.design == nil)
    }

    @Test func infeasibleByCapacityIsFoundByTheRelaxation() throws {
        // Fresh water limited to 20 t/h: even after 90 % removal, 100 g/h reach the river in at most 20 t/h,
        // i.e. >= 5 ppm > 2 ppm. Only the relaxation (not the quick interval checks) can see this.
        let yaml = """
        contaminants: [A]
        sources: [{name: fresh, concentrations: [0], capacity: 20}]
        units: [{name: U, loads: [1], maxInlet: [0], maxOutlet: [1000], maxFlow: 10}]
        treatments: [{name: T, technologies: [{name: bio, removal: [0.9]}]}]
        discharges: [{name: river, limits: [2]}]
        """
        let result = try NetworkSolver.solve(try NetworkModel.parse(yaml: yaml))
        #expect(result.status == .infeasible)
        #expect(result.message?.contains("infeasible") == true)
    }

    @Test func jsonReportCarriesBoundsFlowsAndBreakdowns() throws {
        let network = wangSmith(reuse: false)
        let result = try NetworkSolver.solve(network)
        let json = try NetworkReport(model: network, result: result).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "optimal")
        #expect(abs((object["upperBound"] as? Double ?? 0) - 112.5) < 1e-6)
        #expect((object["lowerBound"] as? Double ?? 1e9) <= 112.5 + 1e-9)
        #expect((object["arcs"] as? [Any])?.count == 8)
        #expect(object["cost"] != nil && object["emissions"] != nil && object["gap"] != nil)
    }
}
