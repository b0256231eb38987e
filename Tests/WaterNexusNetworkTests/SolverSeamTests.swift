import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusNetwork
import WaterNexusTestSupport

/// A fake backend for the seam: every solve fails numerically and is counted; its fallback (GLPK) is
/// counted too, so the network solver is seen to take every subproblem through the seam and its retries.
private struct FailingSolver: LinearSolver {
    final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var failed = 0, retried = 0
        func fail() { lock.lock(); failed += 1; lock.unlock() }
        func retry() { lock.lock(); retried += 1; lock.unlock() }
        var both: (failed: Int, retried: Int) { lock.lock(); defer { lock.unlock() }; return (failed, retried) }
    }
    let counts = Counts()

    func solve(_ model: Model, limits: SolveLimits, label: String) throws -> Solution {
        counts.fail()
        return Solution(status: .numericalFailure, hasSolution: false, method: "fake")
    }

    func fallbacks(for model: Model) -> [any LinearSolver] {
        [RecordingSolver(GLPKSolver()) { [counts] _, _ in counts.retry() }]
    }
}

/// The network solver through the `LinearSolver` seam: on a fake that always fails (every subproblem then
/// goes to its fallback) and on HiGHS; both reach Wang & Smith's published 90 t/h.
struct NetworkSolverSeamTests {
    @Test func everySubproblemGoesThroughTheSeamAndItsFallback() throws {
        let fake = FailingSolver()
        var options = NetworkSolveOptions()
        options.solver = fake
        let result = try NetworkSolver.solve(wangSmith(reuse: true), options: options)
        #expect(result.status == .optimal && abs((result.upperBound ?? 0) - 90) < 1e-5)
        let counts = fake.counts.both
        #expect(counts.failed > 0 && counts.retried == counts.failed, "\(counts)")
    }

    @Test(.enabled(if: HiGHS.isAvailable, Comment(rawValue: HiGHS.missing)))
    func fixedQualityOnHiGHS() throws {
        var options = NetworkSolveOptions()
        options.solver = HiGHSSolver()
        let result = try NetworkSolver.solveFixedQuality(wangSmith(reuse: true), options: options)
        #expect(result.status == .optimal && abs((result.upperBound ?? 0) - 90) < 1e-6)
    }
}
