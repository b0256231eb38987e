import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusTestSupport

/// MIPs GLPK's branch-and-cut stumbles on (found among 3,000 ``RandomMPS`` seeds) still get a verdict,
/// from a retry that ``Solution/retries`` describes. HiGHS agrees: see ``HiGHSDifferentialTests``.
struct RetryTests {
    /// Seeds 3 and 66: the MIP presolver stops on GLPK's assertion "q->lb < q->ub".
    @Test(arguments: [3, 66] as [UInt64]) func assertionInsideBranchAndCutBecomesAVerdict(seed: UInt64) throws {
        let solution = try GLPKSolver.solve(try Model.readMPS(RandomMPS.text(seed: seed)))
        #expect(solution.status == .infeasible)
        #expect(solution.retries.first?.contains("q->lb < q->ub") == true, "\(solution.retries)")
        #expect(solution.retries.count >= 2)
    }

    /// Seed 1787: the MIP presolver returns "optimal" at a point outside a ranged equality row; the
    /// check of the point catches it and the retry without presolver proves the model infeasible.
    @Test func infeasiblePointFromBranchAndCutIsRetried() throws {
        let solution = try GLPKSolver.solve(try Model.readMPS(RandomMPS.text(seed: 1787)))
        #expect(solution.status == .infeasible && !solution.hasSolution)
        #expect(solution.retries.first?.contains("its solution is infeasible") == true, "\(solution.retries)")
    }

    /// The retry notes reach the captured log too.
    @Test func retriesAreInTheLog() throws {
        var options = SolverOptions()
        options.captureLog = true
        let solution = try GLPKSolver.solve(try Model.readMPS(RandomMPS.text(seed: 3)), options: options)
        #expect(solution.log.contains("retry: branch-and-cut failed"))
    }

    /// A MIP GLPK decides at once has no retries.
    @Test func noRetryWithoutFailure() throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 5, kind: .integer)
        _ = try model.addConstraint(2 * x.expression <= 7)
        try model.setObjective(.maximize, x.expression)
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal && solution.objective == 3 && solution.retries.isEmpty)
    }
}
