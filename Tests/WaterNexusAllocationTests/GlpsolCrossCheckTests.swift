import Foundation
import Testing
import WaterNexusAllocation
import WaterNexusModel

/// The built model, written as an LP file and solved by the glpsol program (an independent reader and solver run).
@Suite struct GlpsolCrossCheckTests {
    /// The objective value glpsol reports for an LP file, or nil when glpsol is not installed.
    static func glpsolObjective(lpText: String) throws -> Double? {
        let glpsol = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let glpsol else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alloc-glpsol-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try lpText.write(toFile: folder + "/m.lp", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: glpsol)
        process.arguments = ["--lp", folder + "/m.lp", "-o", folder + "/m.txt"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let report = try String(contentsOfFile: folder + "/m.txt", encoding: .utf8)
        // "Objective:  obj = 8492.744683 (MINimum)"
        guard let line = report.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
              let equals = line.firstIndex(of: "=") else { return nil }
        return Double(line[line.index(after: equals)...].split(separator: " ").first ?? "")
    }

    @Test func leastPollutantWithoutShortageAgreesWithGlpsol() throws {
        let c = try loadYiwu()
        for scenario in ["O", "S2"] {
            let p = try AllocationProblem(try c.instance(scenario: scenario, rate: "75"))
            var model = p.model
            // No shortage: f1 = Σ α_j (d_j − Σ_i x_ij) ≤ 0 (each term is ≥ 0 because of the demand rows).
            try model.addConstraint("no_shortage", p.objectiveExpressions[0] <= 0)
            try model.setObjective(.minimize, p.objectiveExpressions[2])
            // glpsol is installed by .ci/run (glpk-utils); the check needs it.
            let value = try #require(try Self.glpsolObjective(lpText: model.lpText()))
            // Hand calculation: recycled water at its caps, the rest high-quality water.
            // O: 8492.745; S2: 6142.442 (see PaperFindingsTests).
            let expected = scenario == "O" ? 8492.74468 : 6142.44222
            #expect(abs(value - expected) < 1e-3, "\(scenario): glpsol \(value)")
        }
    }
}
