import Foundation
import Testing
import WaterNexusAllocation
import WaterNexusBundled
import WaterNexusInput
import WaterNexusISTP
import WaterNexusNetwork

/// `nexus init` templates: each one, written to a new folder, loads and solves to the value worked out by
/// hand below; every value is tagged synthetic; existing files are refused unless overwriting is asked for.
struct CaseTemplateTests {
    static func newFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("nexus-init-\(UUID().uuidString)")
    }

    static func written(_ template: CaseTemplate) throws -> String {
        let folder = newFolder()
        try template.write(into: folder)
        return folder.appendingPathComponent(template.modelFile).path
    }

    /// Demands 10 (homes, order 1) and 20 (industry, order 2): weights α = 1 + (2 − n)/3 = 4/3 and 1.
    /// River 20 at 0.1 kg/m³; recycled 8 at 0.5, only to industry (cap 0.5 × 20 = 10 ≥ 8). Cheapest
    /// shortage reduction per unit of emissions first: river to homes (4/3 per 0.1), river to industry
    /// (1 per 0.1), then recycled to industry (1 per 0.5). Corners (f1, f2): (4/3 · 10 + 20 = 100/3, 0) → (20, 1) →
    /// (10, 2) → (2, 6).
    @Test func allocationTemplateFrontHasTheHandCorners() throws {
        let allocationCase = try AllocationCase.load(path: try Self.written(.allocation))
        let study = try AllocationStudy(allocationCase, method: .vertices, points: 1)
        let front = try #require(study.runs.first?.run.front).map(\.objectives).sorted { $0[0] < $1[0] }
        let corners: [[Double]] = [[2, 6], [10, 2], [20, 1], [100.0 / 3, 0]].sorted { $0[0] < $1[0] }
        #expect(front.count == corners.count)
        for (point, corner) in zip(front, corners) {
            #expect(abs(point[0] - corner[0]) < 1e-7 && abs(point[1] - corner[1]) < 1e-7, "\(point) vs \(corner)")
        }
    }

    /// The washer (1 kg/h, inlet 0 ppm, outlet ≤ 100 ppm) needs F1 ≥ 10 t/h of fresh water. The cooler
    /// (2 kg/h, inlet ≤ 50, outlet ≤ 150) takes a share s of the washer's water (1000 s g/h) plus fresh
    /// water: its flow F2 ≥ (2000 + 1000 s)/150 and ≥ 20 s. Fresh water F = F1(1 − s) + F2 ≥
    /// 10(1 − s) + (2000 + 1000 s)/150 = 23.33 − 3.33 s for s < 1, and max(20, F1) at s = 1: F ≥ 20.
    /// Treated water goes only to the river, which takes F t/h at ≤ 20 ppm: of the 3000 g/h picked up,
    /// 3000 − 20 F must be removed, 0.9 × at most 150 g per tonne treated, so t ≥ (3000 − 20 F)/135 and
    /// cost = F + 0.5 t ≥ F + (3000 − 20 F)/270, increasing in F: at least 20 + 2600/270 = 29.63, reached
    /// by treating 2600/135 t/h of the cooler's 150 ppm water. Emissions: that flow × 0.5 kWh/t × 0.5306
    /// kgCO2/kWh (the default grid factor).
    @Test func networkTemplateOptimumMatchesTheHandCalculation() throws {
        let network = try NetworkModel.load(path: try Self.written(.network))
        #expect(!network.provenance.isEmpty && network.provenance.allSatisfy { $0.tag == .synthetic })
        let result = try NetworkSolver.solve(network)
        #expect(result.status == .optimal)
        let treated = 2600.0 / 135, optimum = 20 + 0.5 * treated
        let cost = try #require(result.upperBound)
        #expect(abs(cost - optimum) < 1e-6 && result.lowerBound <= optimum + 1e-6, "cost \(cost), by hand \(optimum)")
        let emissions = try #require(result.evaluation?.emissions.total)
        #expect(abs(emissions - treated * 0.5 * 0.5306) < 1e-6, "emissions \(emissions)")
    }

    /// Interval coefficients enter per occurrence (docs/istp-model-format.md): f⁺ takes every objective
    /// coefficient's upper end and the favourable data (flows 8 and 14, groundwater 3), f⁻ the lower ends
    /// and the unfavourable data (flows 6 and 12, groundwater 2) with the first step's targets fixed.
    /// Coefficients (benefit − surface cost − wastewater cost × share; the period is one year):
    ///   target, farms: f⁺ 2.5 − 0.2 − 0.5·0.1 = 2.25, f⁻ 2 − 0.3 − 0.8·0.2 = 1.54;
    ///   target, plants: f⁺ 7 − 0.2 − 0.5·0.6 = 6.5, f⁻ 6 − 0.3 − 0.8·0.7 = 5.14;
    ///   groundwater to plants (better than to farms): f⁺ 7 − 1 − 0.3 = 5.7, f⁻ 6 − 1.5 − 0.56 = 3.94;
    ///   shortage of farms, times the level's probability (cheaper than plants' −8.14 / −10.5):
    ///   f⁺ −3 + 0.3 + 0.8·0.2 = −2.54, f⁻ −4 + 0.2 + 0.5·0.1 = −3.75.
    /// Both targets go to their maxima 8 and 6 (a farm unit still earns 2.25 + 0.4·(−2.54) > 0), the
    /// shortage falls on farms: f⁺ 6 in the dry level (p 0.4), none in the wet one; f⁻ 8 and 2.
    @Test func istpTemplateNetBenefitMatchesTheHandCalculation() throws {
        let istpCase = try ISTPCase.load(path: try Self.written(.istp))
        let solution = try ISTPSolution.solve(try istpCase.problem(for: istpCase.defaultScenario).intervalLP())
        let f = try #require(solution.netBenefit)
        let upper = 8 * 2.25 + 6 * 6.5 + 3 * 5.7 + 0.4 * 6 * -2.54          // 68.004
        let lower = 8 * 1.54 + 6 * 5.14 + 2 * 3.94 + (0.4 * 8 + 0.6 * 2) * -3.75 // 34.54
        #expect(abs(f.upper - upper) < 1e-7, "f+ \(f.upper), by hand \(upper)")
        #expect(abs(f.lower - lower) < 1e-7, "f- \(f.lower), by hand \(lower)")
    }

    @Test func existingFilesAreRefusedAndForceOverwrites() throws {
        let folder = Self.newFolder()
        try CaseTemplate.network.write(into: folder)
        let units = folder.appendingPathComponent("units.csv")
        try Data("edited\n".utf8).write(to: units)
        let refusal = #expect(throws: CaseTemplateOverwriteError.self) { try CaseTemplate.network.write(into: folder) }
        #expect(refusal?.files == ["README.md", "network.yaml", "units.csv"])
        #expect(refusal?.description.contains("--force") == true && refusal?.description.contains(folder.path) == true)
        #expect(try String(contentsOf: units, encoding: .utf8) == "edited\n")
        try CaseTemplate.network.write(into: folder, overwrite: true)
        #expect(try Data(contentsOf: units) == CaseTemplate.network.files.first { $0.path.hasSuffix("units.csv") }?.contents)
    }
}
