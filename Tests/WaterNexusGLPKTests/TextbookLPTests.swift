import Testing
import WaterNexusGLPK
import WaterNexusModel

/// The classic product-mix LP (Hillier & Lieberman's Wyndor Glass):
/// max 3x + 5y  s.t.  x ≤ 4,  2y ≤ 12,  3x + 2y ≤ 18,  x, y ≥ 0.
/// By hand: the optimum is x = 2, y = 6, z = 36. The binding rows are plant 2 and plant 3; solving
/// yᵀB = c for them gives duals 3/2 (plant 2) and 1 (plant 3), 0 for plant 1 (slack 2).
/// Ranging by hand: the basis {x, y, s1} stays optimal while 0 ≤ c_x ≤ 7.5 and c_y ≥ 2;
/// plant 3's bound may range over [12, 24] (x = (b3 − 12)/3 ∈ [0, 4]); plant 2's over [6, 18].
struct TextbookLPTests {
    @Test func optimumDualsAndReducedCosts() throws {
        let (model, x, y, rows) = try wyndor()
        for method in [SolverOptions.Method.primal, .dual, .interior] {
            var options = SolverOptions()
            options.method = method
            let solution = try GLPKSolver.solve(model, options: options)
            #expect(solution.status == .optimal)
            #expect(abs(solution.objective! - 36) < 1e-7)
            #expect(abs(solution.value(x) - 2) < 1e-7)
            #expect(abs(solution.value(y) - 6) < 1e-7)
            #expect(abs(solution.duals[rows[0].index] - 0) < 1e-7)
            #expect(abs(solution.duals[rows[1].index] - 1.5) < 1e-7)
            #expect(abs(solution.duals[rows[2].index] - 1) < 1e-7)
            #expect(abs(solution.rowActivities[rows[2].index] - 18) < 1e-7)
        }
    }

    @Test func rangesMatchHandCalculation() throws {
        let (model, x, y, rows) = try wyndor()
        var options = SolverOptions()
        options.ranging = true
        let ranges = try #require(try GLPKSolver.solve(model, options: options).ranges)
        let cx = ranges.costs[x.index], cy = ranges.costs[y.index]
        #expect(abs(cx.lower - 0) < 1e-9 && abs(cx.upper - 7.5) < 1e-9)
        #expect(abs(cy.lower - 2) < 1e-9 && cy.upper == .infinity)
        let b3 = ranges.bounds[rows[2].index], b2 = ranges.bounds[rows[1].index], b1 = ranges.bounds[rows[0].index]
        #expect(b3.active && abs(b3.lower - 12) < 1e-9 && abs(b3.upper - 24) < 1e-9)
        #expect(b2.active && abs(b2.lower - 6) < 1e-9 && abs(b2.upper - 18) < 1e-9)
        #expect(!b1.active && abs(b1.lower - 2) < 1e-9 && b1.upper == .infinity)
    }

    @Test func presolvedRangingFactorizesFirst() throws {
        let (model, x, _, _) = try wyndor()
        var options = SolverOptions()
        options.presolve = true
        options.ranging = true
        let solution = try GLPKSolver.solve(model, options: options)
        #expect(solution.status == .optimal)
        #expect(abs(solution.ranges!.costs[x.index].upper - 7.5) < 1e-9)
    }

    @Test func exactSimplexCertifiesTheOptimum() throws {
        let (model, _, _, _) = try wyndor()
        var options = SolverOptions()
        options.exact = true
        let certificate = try #require(try GLPKSolver.solve(model, options: options).exactCertificate)
        #expect(certificate.status == .optimal)
        #expect(certificate.objective == 36)
    }

    @Test func resolveAfterChangingTheModel() throws {
        var (model, x, y, rows) = try wyndor()
        // Raise plant 3's capacity to 24: by the ranging above, z grows by dual 1 × 6 = 6.
        try model.setBounds(of: rows[2], lower: -.infinity, upper: 24)
        #expect(abs(try GLPKSolver.solve(model).objective! - 42) < 1e-7)
        // Make x's profit 8 (> 7.5): the basis changes; by hand x = 4, y = 6, z = 32 + 30 = 62.
        try model.setObjectiveCoefficient(of: x, to: 8)
        let again = try GLPKSolver.solve(model)
        #expect(abs(again.objective! - 62) < 1e-7)
        #expect(abs(again.value(x) - 4) < 1e-7 && abs(again.value(y) - 6) < 1e-7)
        // Change a coefficient: plant 2 now needs 3 hours per y → y ≤ 4, x = 4: z = 32 + 20 = 52.
        try model.setCoefficient(of: y, in: rows[1], to: 3)
        #expect(abs(try GLPKSolver.solve(model).objective! - 52) < 1e-7)
    }
}
