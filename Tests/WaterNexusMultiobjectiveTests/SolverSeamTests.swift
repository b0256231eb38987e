import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusMultiobjective
import WaterNexusTestSupport

/// The exact multiobjective engine through the `LinearSolver` seam on a backend that is not GLPK (HiGHS,
/// by MPS files): the same AUGMECON2 front as with GLPK, point by point.
@Suite(.enabled(if: HiGHS.isAvailable, Comment(rawValue: HiGHS.missing)))
struct SolverSeamTests {
    @Test func exactFrontOnHiGHSMatchesGLPK() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        // Its payoff table, by hand: max f1 = 10 at (3, 1), then f2 = 1; min f2 = −6 at (0, 3), then f1 = 3;
        // AUGMECON2 starts from it, so the same points mean the same payoff table too.
        let frontHiGHS = try ExactFront.augmecon2(problem, gridPoints: 2, solver: HiGHSSolver())
        let frontGLPK = try ExactFront.augmecon2(problem, gridPoints: 2)
        #expect(frontGLPK.contains { abs($0.objectives[0] - 10) < 1e-6 && abs($0.objectives[1] - 1) < 1e-6 })
        #expect(frontHiGHS.count == frontGLPK.count && frontGLPK.count >= 3)
        for (a, b) in zip(frontHiGHS, frontGLPK) {
            #expect(zip(a.objectives, b.objectives).allSatisfy { abs($0 - $1) < 1e-6 }, "\(a.objectives) vs \(b.objectives)")
        }
    }
}
