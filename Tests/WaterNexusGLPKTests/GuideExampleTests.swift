import Testing
import WaterNexusGLPK
import WaterNexusModel

/// The example of docs/modeling.md, solved by hand: PJ costs as much as HJ plus a fixed 50 for the
/// pump, so it stays off; LR (cheapest) is limited by LR − HJ ≤ 400, so with LR + HJ = 612.3:
/// LR = 506.15, HJ = 106.15, cost = 1.18·506.15 + 1.45·106.15 = 751.1745.
struct GuideExampleTests {
    @Test func modelingGuideExample() throws {
        var model = Model(name: "plant")
        let flows = try model.addVariables("flow", over: ["LR", "HJ", "PJ"], upper: 800)
        let pump = try model.addVariable("pump", kind: .binary)
        try model.addConstraint("demand", flows.sum() >= 612.3)
        try model.addConstraint("band", ranged(100, flows["LR"] - flows["HJ"], 400))
        try model.addConstraint("link", flows["PJ"] <= 300 * pump)
        try model.setObjective(.minimize, 1.18 * flows["LR"] + 1.45 * flows["HJ"] + 1.45 * flows["PJ"] + 50 * pump)
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective! - 751.1745) < 1e-6)
        #expect(try abs(solution.value(flows["LR"]) - 506.15) < 1e-6 && abs(solution.value(flows["HJ"]) - 106.15) < 1e-6)
        #expect(solution.value(pump) == 0)
    }
}
