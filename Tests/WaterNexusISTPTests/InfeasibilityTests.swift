import Testing
import WaterNexusGLPK
import WaterNexusISTP

/// An infeasible second submodel is a result naming the rows involved, not a crash.
struct InfeasibilityTests {
    // max x  s.t.  x >= [1, 3] ("need"),  x <= 2 ("cap").  Favourable: x >= 1 → x = 2, f⁺ = 2.
    // Unfavourable: x >= 3 and x <= 2 — infeasible; the least total violation is 1, on either row.
    @Test func infeasibleSecondSubmodelNamesItsRows() throws {
        var lp = IntervalLP(name: "inf", sense: .maximize)
        let x = try lp.addVariable("x")
        var need = IntervalExpression(); need.add(x, Interval(1))
        try lp.addRow("need", need, .greaterEqual, Interval(1, 3))
        try lp.addRow("cap", need, .lessEqual, Interval(2))
        var f = IntervalExpression(); f.add(x, Interval(1)); lp.objective = f
        let result = try TwoStepSolver.solve(lp)
        #expect(result.first.isOptimal)
        #expect(abs(result.first.solution.objective! - 2) < 1e-9)
        let second = try #require(result.second)
        #expect(second.solution.status == .infeasible || second.solution.status == .infeasibleOrUnbounded)
        #expect(result.objective == nil)
        let names = second.infeasibleRows.map(\.name)
        #expect(names.count == 1)
        #expect(Set(["need", "cap", "link.x"]).isSuperset(of: names))
        #expect(abs(second.infeasibleRows.map(\.violation).reduce(0, +) - 1) < 1e-9)
    }
}
