import CGLPKGuard
import Testing
import WaterNexusGLPK
import WaterNexusModel

struct GuardTests {
    /// GLPK would abort() on this error; the guard turns it into a return code with GLPK's message,
    /// and GLPK keeps working on the same thread afterwards.
    @Test func glpkErrorBecomesAMessageNotAnAbort() throws {
        let before = nexus_glpk_error_count()
        #expect(nexus_glpk_provoke_error() == NEXUS_GLPK_FAILED)
        #expect(nexus_glpk_error_count() == before + 1)
        let message = String(cString: nexus_glpk_last_error())
        #expect(message.contains("glp_set_col_bnds"))
        #expect(message.contains("out of range"))
        var model = Model()
        let x = try model.addVariable("x", upper: 3)
        try model.setObjective(.maximize, x.expression)
        #expect(try GLPKSolver.solve(model).objective == 3)
    }
}
