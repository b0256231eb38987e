import Testing
import WaterNexusTestSupport
import WaterNexusAllocation
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusMultiobjective

/// The builder: rows, weights and objective values against hand calculations.
@Suite struct AllocationProblemTests {
    @Test func miniCaseRowsAndObjectives() throws {
        let c = try AllocationCase.load(path: try writeMiniCase())
        let p = try AllocationProblem(try c.instance(rate: "50"))
        // Variables x(A,u), x(R,u); rows avail(A), avail(R), demand(u), cap(R,u).
        #expect(p.model.variableCount == 2)
        #expect(p.model.constraintCount == 4)
        #expect(p.model.constraint(named: "cap(R,u)").map { p.model.bounds(of: $0).upper } == 2.5)   // 0.5 × 5
        // One user, order 1, M = 1 user: α = 1 + (1 − 1)/1 = 1.
        // At x(A,u) = 3, x(R,u) = 2: f1 = 5 − 5 = 0; f2 = 1·3 + 3·2 = 9; f3 = 2·3 = 6 (recycled discharges nothing).
        let values = p.columnValues(flows: [[3], [2]])
        #expect(p.objectiveValues(at: values) == [0, 9, 6])
        // The least shortage is 0 (3 + min(4, 2.5) ≥ 5); the least f2 with no shortage is 3·1 + 2·3 = 9.
        let mo = p.multiObjectiveProblem
        let best = try ExactFront.lexicographicOptimum(mo, order: [0, 1, 2])
        #expect(abs(best.objectives[0]) < 1e-5)   // lexicographic fixing tolerance 1e-7 relative
        #expect(abs(best.objectives[1] - 9) < 1e-5)
    }

    @Test func yiwuShortageWeightsAndBounds() throws {
        let c = try loadYiwu()
        let inst = try c.instance(scenario: "O", rate: "75")
        // α_j = 1 + (3 − n_j)/6 with n = (1, 2, 3): 4/3, 7/6, 1.
        let alpha = inst.shortageWeights(orderBase: 3)
        #expect(zip(alpha, [4.0 / 3, 7.0 / 6, 1]).allSatisfy { abs($0 - $1) < 1e-12 })
        let p = try AllocationProblem(inst)
        #expect(p.model.variableCount == 12)
        #expect(p.model.constraintCount == 4 + 3 + 3)
        // No supply: f1 = 612.3·4/3 + 239.6·7/6 + 960.6 = 2056.5333.
        let zero = [Double](repeating: 0, count: 12)
        #expect(abs(p.objectiveValues(at: zero)[0] - 2056.5333333) < 1e-6)
        // S2 raises the recycled caps to 30/50/60 %: cap(RW,industrial) = 0.6 × 960.6.
        let s2 = try AllocationProblem(try c.instance(scenario: "S2", rate: "75"))
        #expect(s2.model.constraint(named: "cap(RW,industrial)").map { abs(s2.model.bounds(of: $0).upper - 576.36) < 1e-9 } == true)
    }

    @Test func originalPlanEvaluatedWithOurCoefficients() throws {
        let c = try loadYiwu()
        let p = try AllocationProblem(try c.instance(scenario: "O", rate: "95"))
        let totals = try #require(c.originalTotals(rate: "95"))
        let flows = p.flows(fromSourceTotals: totals)
        let f = p.objectiveValues(at: p.columnValues(flows: flows))
        // Hand calculation: demands met (1812.5 supplied), so f1 = 0;
        // f2 = 699.1·1.182632 + 1100·1.45 + 13.4·3.2429 = 2465.2329;
        // f3 with 13.4 of recycled water split 61.23 : 71.88 : 384.24 = 11667.1062.
        #expect(abs(f[0]) < 1e-9)
        #expect(abs(f[1] - 2465.2328912) < 1e-6)
        #expect(abs(f[2] - 11667.1062341) < 1e-6)
        #expect(zip(p.sourceTotals(p.columnValues(flows: flows)), totals).allSatisfy { abs($0 - $1) < 1e-9 })
    }
}
