import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusTestSupport

/// A 3 × 4 transportation model written with a two-index family, Int data, `==` between expressions and
/// `x <= y` between two variables. Its duals and reduced costs are checked against HiGHS on the written
/// MPS (same sign convention: the objective's rate of change per unit increase of the active bound),
/// and one dual against a re-solve with the demand raised by one unit.
struct TransportationDualTests {
    static let sources = ["S1", "S2", "S3"], users = ["D1", "D2", "D3", "D4"]
    static let supply = [40, 50, 45], demand = [45, 20, 30, 30]
    static let cost = [[8, 6, 10, 9], [9, 12, 13, 7], [14, 9, 16, 5]]
    static let shortagePenalty = 100

    /// The model, its shipments and its demand rows; `extraDemand` raises the first user's demand.
    static func model(extraDemand: Int = 0) throws -> (Model, VariableFamily2<String, String>, [Constraint]) {
        var model = Model(name: "transport")
        let x = try model.addVariables("ship", over: sources, users)
        let short = try model.addVariables("short", over: users)
        for (i, s) in sources.enumerated() {
            try model.addConstraint("supply(\(s))", x.row(s).sum() <= supply[i])
        }
        var demandRows: [Constraint] = []
        for (j, u) in users.enumerated() {
            let needed = demand[j] + (j == 0 ? extraDemand : 0)
            demandRows.append(try model.addConstraint("demand(\(u))", x.column(u).sum() == needed - short[u]))
        }
        // S2 may send D1 no more than S1 sends D3 (a link between two routes: variable <= variable).
        try model.addConstraint("link", x["S2", "D1"] <= x["S1", "D3"])
        var total = shortagePenalty * short.sum()
        for (i, s) in sources.enumerated() {
            for (j, u) in users.enumerated() { total += try cost[i][j] * x[s, u] }
        }
        try model.setObjective(.minimize, total)
        return (model, x, demandRows)
    }

    @Test(.enabled(if: HiGHS.isAvailable, Comment(rawValue: HiGHS.missing)))
    func dualsAndReducedCostsAgreeWithHiGHS() throws {
        let (model, x, _) = try Self.model()
        #expect(model.name(of: try x["S2", "D3"]) == "ship(S2,D3)")
        let solution = try GLPKSolver.solve(model)
        try #require(solution.status == .optimal)
        #expect(abs(solution.value(model.objective) - solution.objective!) < 1e-9)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-transport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("transport.mps")
        try model.write(to: file)
        let highs = try #require(try HiGHS.solve([file], solution: true).first)
        try #require(highs.status == "Optimal")
        #expect(abs(highs.objective! - solution.objective!) < 1e-9)

        try #require(highs.rowDuals.count == model.constraintCount && highs.reducedCosts.count == model.variableCount)
        var nonzeroDuals = 0
        for r in 0..<model.constraintCount {
            let row = Constraint(index: r), name = model.name(of: row)
            let theirs = try #require(highs.rowDuals[name])
            #expect(abs(solution.dual(row) - theirs) < 1e-7, "dual of \(name): GLPK \(solution.dual(row)), HiGHS \(theirs)")
            if abs(theirs) > 1e-7 { nonzeroDuals += 1 }
        }
        for j in 0..<model.variableCount {
            let column = Variable(index: j), name = model.name(of: column)
            let theirs = try #require(highs.reducedCosts[name])
            #expect(abs(solution.reducedCost(column) - theirs) < 1e-7, "reduced cost of \(name): GLPK \(solution.reducedCost(column)), HiGHS \(theirs)")
        }
        #expect(nonzeroDuals >= 4) // the comparison is not vacuous: demand rows and the link bind
    }

    /// The demand row's dual is the cost of one more unit delivered to D1: re-solving with that demand
    /// raised by 1 changes the optimum by exactly the dual (the basis stays optimal for a unit step here).
    /// Without an LP optimum there is no dual: a MIP answers NaN.
    @Test func demandDualIsTheMarginalCost() throws {
        let (model, _, demandRows) = try Self.model()
        let base = try GLPKSolver.solve(model)
        let raised = try GLPKSolver.solve(try Self.model(extraDemand: 1).0)
        let dual = base.dual(demandRows[0])
        #expect(dual > 0) // more demand costs more: a positive rate on an equality row's bound
        #expect(abs((raised.objective! - base.objective!) - dual) < 1e-9)
        // The dual is unique here, so the primal simplex reaches the same one.
        let primal = try GLPKSolver.solve(model, options: SolverOptions(method: .primal, presolve: false))
        #expect(abs(primal.dual(demandRows[0]) - dual) < 1e-9)
        var integral = model
        try integral.setKind(of: Variable(index: 0), to: .integer)
        let mip = try GLPKSolver.solve(integral)
        #expect(mip.dual(demandRows[0]).isNaN && mip.reducedCost(Variable(index: 0)).isNaN)
    }
}
