import Testing
import WaterNexusGLPK
import WaterNexusModel

struct StatusTests {
    @Test(arguments: [false, true])
    func infeasibleLP(presolve: Bool) throws {
        var model = Model()
        let x = try model.addVariable("x")
        try model.addConstraint("low", x.expression >= 5)
        try model.addConstraint("high", x.expression <= 3)
        try model.setObjective(.minimize, x.expression)
        var options = SolverOptions()
        options.presolve = presolve
        let solution = try GLPKSolver.solve(model, options: options)
        #expect(solution.status == .infeasible)
        #expect(!solution.hasSolution && solution.objective == nil)
    }

    @Test(arguments: [false, true])
    func unboundedLP(presolve: Bool) throws {
        var model = Model()
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        try model.addConstraint("r", x - y <= 1)
        try model.setObjective(.maximize, x + y)
        var options = SolverOptions()
        options.presolve = presolve
        #expect(try GLPKSolver.solve(model, options: options).status == .unbounded)
    }

    /// A knapsack solved by hand: items (value, weight) (10, 5), (13, 6), (7, 4), capacity 10:
    /// best subsets {1,3} = 17 (w 9), {2,3} = 20 (w 10), {1,2} infeasible (w 11) → 20.
    @Test(arguments: [false, true])
    func knapsackMIP(presolve: Bool) throws {
        var model = Model()
        let items = try model.addVariables("take", over: [1, 2, 3], kind: .binary)
        try model.addConstraint("capacity", 5 * items[1] + 6 * items[2] + 4 * items[3] <= 10)
        try model.setObjective(.maximize, 10 * items[1] + 13 * items[2] + 7 * items[3])
        var options = SolverOptions()
        options.presolve = presolve
        let solution = try GLPKSolver.solve(model, options: options)
        #expect(solution.status == .optimal && solution.isMIP)
        #expect(solution.objective == 20)
        #expect(solution.bestBound == 20 && solution.gap == 0)
        #expect(try solution.value(items[1]) == 0 && solution.value(items[2]) == 1)
    }

    @Test(arguments: [false, true])
    func infeasibleMIP(presolve: Bool) throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 10, kind: .integer)
        try model.addConstraint("between", ranged(1.2, 2 * x, 1.8)) // 0.6 ≤ x ≤ 0.9: no integer
        try model.setObjective(.minimize, x.expression)
        var options = SolverOptions()
        options.presolve = presolve
        #expect(try GLPKSolver.solve(model, options: options).status == .infeasible)
    }

    @Test func objectiveConstantIsReported() throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 2)
        try model.setObjective(.maximize, 3 * x + 7)
        #expect(try GLPKSolver.solve(model).objective == 13)
    }

    @Test func logIsCapturedOnlyWhenAsked() throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 2)
        try model.setObjective(.maximize, x.expression)
        var options = SolverOptions()
        #expect(try GLPKSolver.solve(model, options: options).log.isEmpty)
        options.captureLog = true
        options.presolve = true
        #expect(!(try GLPKSolver.solve(model, options: options).log.isEmpty))
    }
}

struct UnboundedRayTests {
    /// A ray d must stay in the recession cone (≤ rows: a·d ≤ 0; ≥ rows: a·d ≥ 0; bounded variables
    /// may not move past their bounds) and strictly improve the objective.
    func checkRay(_ model: Model, _ ray: [Double]) {
        for c in model.constraints {
            let slope = model.expression(of: c).value(at: ray)
            let (lower, upper) = model.bounds(of: c)
            if upper.isFinite { #expect(slope <= 1e-9, "row \(model.name(of: c)) grows along the ray") }
            if lower.isFinite { #expect(slope >= -1e-9, "row \(model.name(of: c)) falls along the ray") }
        }
        for v in model.variables {
            let (lower, upper) = model.bounds(of: v)
            if lower.isFinite { #expect(ray[v.index] >= -1e-9) }
            if upper.isFinite { #expect(ray[v.index] <= 1e-9) }
        }
        let gain = model.objective.value(at: ray) - model.objectiveConstant
        #expect(model.objectiveSense == .maximize ? gain > 1e-9 : gain < -1e-9)
    }

    /// x − y ≤ 1, x + z ≥ 1, 0 ≤ z ≤ 5, x, y ≥ 0; maximize x + y (or minimize −x − y).
    /// By hand: along d = (1, 1, 0) the rows stay satisfied and the objective gains 2 per unit, so the
    /// LP is unbounded; GLPK's ray need not be this d, so the test checks the cone conditions.
    @Test(arguments: [ObjectiveSense.maximize, .minimize])
    func rayLiesInTheRecessionConeAndImproves(sense: ObjectiveSense) throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y"), z = try model.addVariable("z", upper: 5)
        try model.addConstraint("a", x - y <= 1)
        try model.addConstraint("c", x + z >= 1)
        try model.setObjective(sense, sense == .maximize ? x + y : -1 * x - y)
        for method in [SolverOptions.Method.dual, .primal] {
            var options = SolverOptions()
            options.method = method
            let solution = try GLPKSolver.solve(model, options: options)
            #expect(solution.status == .unbounded)
            checkRay(model, try #require(solution.unboundedRay))
        }
    }
}
