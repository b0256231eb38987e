import Testing
import WaterNexusModel

struct ModelValidationTests {
    @Test func duplicateNamesAreRejected() throws {
        var model = Model()
        try model.addVariable("x")
        #expect(throws: ModelError.duplicateName("x", kind: "variable")) { try model.addVariable("x") }
        try model.addConstraint("c", Variable(index: 0) <= 1)
        #expect(throws: ModelError.duplicateName("c", kind: "constraint")) { try model.addConstraint("c", Variable(index: 0) <= 2) }
    }

    @Test func badBoundsAreRejected() throws {
        var model = Model()
        #expect(throws: ModelError.invalidBounds(name: "x", lower: 2, upper: 1)) { try model.addVariable("x", lower: 2, upper: 1) }
        #expect(throws: ModelError.self) { try model.addVariable("y", lower: .nan) }
        #expect(throws: ModelError.self) { try model.addVariable("z", lower: .infinity) }
        let v = try model.addVariable("v")
        #expect(throws: ModelError.self) { try model.addConstraint("r", ranged(3, v.expression, 1)) }
        #expect(throws: ModelError.self) { try model.setBounds(of: v, lower: 5, upper: 4) }
    }

    @Test func nonFiniteCoefficientsAreRejected() throws {
        var model = Model()
        let x = try model.addVariable("x")
        #expect(throws: ModelError.self) { try model.addConstraint("r", Double.nan * x <= 1) }
        #expect(throws: ModelError.self) { try model.setObjective(.minimize, Double.infinity * x) }
        #expect(throws: ModelError.self) { try model.setCoefficient(of: x, in: Constraint(index: 0), to: 1) }
    }

    @Test func outOfRangeIndicesAreRejected() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let ghost = Variable(index: 7)
        #expect(throws: ModelError.unknownVariable(index: 7, count: 1)) { try model.addConstraint("r", x + ghost <= 1) }
        #expect(throws: ModelError.unknownVariable(index: 7, count: 1)) { try model.setBounds(of: ghost, lower: 0, upper: 1) }
        #expect(throws: ModelError.unknownConstraint(index: 3, count: 0)) { try model.removeConstraint(Constraint(index: 3)) }
    }

    @Test func namesFollowTheRules() throws {
        for bad in ["", "1x", "a b", "x+y", "ü", "_c12", String(repeating: "a", count: 256), "x:y", "x*"] {
            #expect(throws: ModelError.self) { try Model.validateName(bad) }
        }
        for good in ["x", "x(1,2)", "flow_LR.res", "_c", "_cx1", "Q{h}"] {
            try Model.validateName(good)
        }
        #expect(ModelError.invalidName("1x", reason: "r").description.contains("1x"))
    }

    @Test func expressionsMergeAndEvaluate() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y")
        let e = 2 * x + 3 * y - x + 4 - y * 1
        let merged = e.merged()
        #expect(merged.indices == [0, 1] && merged.coefficients == [1, 2] && merged.constant == 4)
        #expect(e.value(at: [10, 100]) == 10 + 200 + 4)
        // The constant moves into the row's bounds: x + 2y + 4 ≤ 10 → x + 2y ≤ 6.
        let row = try model.addConstraint("r", e <= 10)
        #expect(model.bounds(of: row).upper == 6)
        #expect(model.coefficient(of: y, in: row) == 2)
        #expect(model.rowActivities(at: [1, 1]) == [3])
    }

    @Test func longSumsKeepEveryTerm() throws {
        var model = Model()
        let xs = try model.addVariables(count: 200_000)
        var accumulated = LinearExpression()
        for (k, x) in xs.enumerated() { accumulated += Double(k % 3) * x }
        #expect(accumulated.termCount == 200_000)
        #expect(xs.sum().termCount == 200_000)
        #expect(accumulated.merged().termCount == 200_000 * 2 / 3)
        let chain = xs[0] + xs[1] + xs[2] - xs[0] + 2 * xs[3] // temporaries are consumed in place
        #expect(chain.merged().coefficients == [1, 1, 2])
    }

    @Test func removingAndEditingRowsKeepsTheMatrixConsistent() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y")
        let a = try model.addConstraint("a", x + y <= 1)
        try model.addConstraint("b", x - y >= 0)
        try model.setCoefficient(of: y, in: a, to: 0)
        #expect(model.nonzeroCount == 3)
        try model.removeConstraint(a)
        #expect(model.constraintCount == 1)
        #expect(model.constraint(named: "b") == Constraint(index: 0))
        #expect(model.expression(of: Constraint(index: 0)).coefficients == [1, -1])
        let sparse = model.sparseModel()
        #expect(sparse.columnStart == [0, 1, 2] && sparse.columnRows == [0, 0] && sparse.columnValues == [1, -1])
    }
}

struct CoefficientRangeTests {
    /// Matrix entries 1e-6 and 500 span a ratio of 5e8 > 1e8: one warning, for the matrix only.
    @Test func reportsRangesAndWarnsOnPoorScaling() throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 10), y = try model.addVariable("y")
        try model.addConstraint("a", 1e-6 * x + 500 * y <= 20)
        try model.addConstraint("b", x - y >= -3)
        try model.setObjective(.minimize, 2 * x)
        let ranges = model.coefficientRanges()
        #expect(ranges.matrix == 1e-6...500)
        #expect(ranges.objective == 2...2)
        #expect(ranges.rowBounds == 3...20)
        #expect(ranges.variableBounds == 10...10)
        let warnings = ranges.warnings()
        #expect(warnings.count == 1 && warnings[0].hasPrefix("matrix"))
    }

    @Test func textShowsRowsReadably() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y")
        let band = try model.addConstraint("band", ranged(1, x - 2.5 * y, 2))
        let free = try model.addConstraint("f", -x + 0 * y >= -.infinity)
        #expect(model.text(of: band) == "band: 1 <= x - 2.5 y <= 2")
        #expect(model.text(of: free) == "f: -x free")
    }
}
