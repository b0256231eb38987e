import Testing
import WaterNexusGLPK
import WaterNexusISTP
import WaterNexusModel
import WaterNexusTestSupport

/// The two-step ISTP method through the `LinearSolver` seam on a backend that is not GLPK (HiGHS, by MPS
/// files), and through a recording solver: the same net-benefit interval as with GLPK, each submodel
/// labelled by its bound.
struct ISTPSolverSeamTests {
    @Test(.enabled(if: HiGHS.isAvailable, Comment(rawValue: HiGHS.missing)))
    func twoStepOnHiGHSMatchesGLPK() throws {
        let lp = try ComponentTests.problem(cap: Interval(0.8, 1.0)).intervalLP()
        let highs = try #require(try ISTPSolution.solve(lp, solver: HiGHSSolver()).sourceTotal(0))
        let glpk = try #require(try ISTPSolution.solve(lp).sourceTotal(0))
        // By hand (ComponentTests): diverted water D ≤ (10η − 5)/(1.5 − η): η = 1.0 → 10, η = 0.8 → 3/0.7.
        #expect(abs(glpk.lower - 3 / 0.7) < 1e-9 && abs(glpk.upper - 10) < 1e-9)
        #expect(abs(highs.lower - glpk.lower) < 1e-9 && abs(highs.upper - glpk.upper) < 1e-9)
    }

    @Test func recordingSolverSeesBothSubmodels() throws {
        final class Labels: @unchecked Sendable { var seen: [String] = [] }
        let labels = Labels()
        let recording = RecordingSolver(GLPKSolver()) { label, _ in labels.seen.append(label) }
        _ = try ISTPSolution.solve(try ComponentTests.problem(cap: nil).intervalLP(), solver: recording)
        #expect(labels.seen == ["favourable", "unfavourable"])
    }
}
