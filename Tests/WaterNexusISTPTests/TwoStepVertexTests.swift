import Testing
import WaterNexusGLPK
import WaterNexusISTP
import WaterNexusModel

/// Small interval LPs: the two-step f⁺ (max) must equal the best optimum over the vertices of the interval
/// box and f⁻ must not exceed the worst; both extremes found by brute force in the test.
struct TwoStepVertexTests {
    // max [2,3] x1 + [-1,-0.5] x2 + [1,1.5] x3
    // s.t. [1,2] x1 + x2 + [0.5,1] x3 <= [8,10]
    //      x1 - [1,1.5] x2 <= [1,2]              (a negative-cost x2 is pushed up by this row)
    //      [1,2] x1 + x3 >= [1,3]
    //      x3 <= [2,4];  x >= 0
    static func model(_ c: [Bool]) throws -> Model {
        var m = Model(name: "v")
        let x1 = try m.addVariable("x1"), x2 = try m.addVariable("x2")
        let x3 = try m.addVariable("x3", upper: pick(2, 4, c[10]))
        try m.addConstraint("r1", pick(1, 2, c[3]) * x1 + x2 + pick(0.5, 1, c[4]) * x3 <= pick(8, 10, c[5]))
        try m.addConstraint("r2", x1 - pick(1, 1.5, c[6]) * x2 <= pick(1, 2, c[7]))
        try m.addConstraint("r3", pick(1, 2, c[8]) * x1 + x3 >= pick(1, 3, c[9]))
        try m.setObjective(.maximize, pick(2, 3, c[0]) * x1 + pick(-1, -0.5, c[1]) * x2 + pick(1, 1.5, c[2]) * x3)
        return m
    }

    static func interval() throws -> IntervalLP {
        var lp = IntervalLP(name: "v", sense: .maximize)
        let x1 = try lp.addVariable("x1"), x2 = try lp.addVariable("x2")
        let x3 = try lp.addVariable("x3", upper: Interval(2, 4))
        var r1 = IntervalExpression(); r1.add(x1, Interval(1, 2)); r1.add(x2, Interval(1)); r1.add(x3, Interval(0.5, 1))
        try lp.addRow("r1", r1, .lessEqual, Interval(8, 10))
        var r2 = IntervalExpression(); r2.add(x1, Interval(1)); r2.add(x2, Interval(-1.5, -1))
        try lp.addRow("r2", r2, .lessEqual, Interval(1, 2))
        var r3 = IntervalExpression(); r3.add(x1, Interval(1, 2)); r3.add(x3, Interval(1))
        try lp.addRow("r3", r3, .greaterEqual, Interval(1, 3))
        var f = IntervalExpression(); f.add(x1, Interval(2, 3)); f.add(x2, Interval(-1, -0.5)); f.add(x3, Interval(1, 1.5))
        lp.objective = f
        return lp
    }

    @Test func maxProblemAgainstVertices() throws {
        let extremes = try #require(try vertexOptima(count: 11, Self.model))
        let lp = try Self.interval()
        let result = try TwoStepSolver.solve(lp)
        let f = try #require(result.objective)
        #expect(abs(f.upper - extremes.highest) < 1e-7)
        #expect(f.lower <= extremes.lowest + 1e-7)
        let bounds = try lp.caseBounds()
        #expect(abs(bounds.best.objective! - extremes.highest) < 1e-7)
        #expect(abs(bounds.worst.objective! - extremes.lowest) < 1e-7)
        #expect(result.first.violated.isEmpty && result.second!.violated.isEmpty)
        // The library's own vertex enumeration agrees with the test's.
        let own = try lp.vertexBounds()
        #expect(abs(own.range!.upper - extremes.highest) < 1e-7 && abs(own.range!.lower - extremes.lowest) < 1e-7)
    }

    // min [1,2] y1 + [3,4] y2 + [-1,-0.5] w   with  w ∈ [-3, 0] (a non-positive variable)
    // s.t. y1 + [1,2] y2 >= [4,6];  [1,3] y1 + y2 - w >= [2,5];  [1,2] w >= [-3,-2];  y1 <= [5,6]
    static func minModel(_ c: [Bool]) throws -> Model {
        var m = Model(name: "m")
        let y1 = try m.addVariable("y1", upper: pick(5, 6, c[9])), y2 = try m.addVariable("y2")
        let w = try m.addVariable("w", lower: -3, upper: 0)
        try m.addConstraint("r1", y1 + pick(1, 2, c[3]) * y2 >= pick(4, 6, c[4]))
        try m.addConstraint("r2", pick(1, 3, c[5]) * y1 + y2 - w >= pick(2, 5, c[6]))
        try m.addConstraint("r3", pick(1, 2, c[7]) * w >= pick(-3, -2, c[8]))
        try m.setObjective(.minimize, pick(1, 2, c[0]) * y1 + pick(3, 4, c[1]) * y2 + pick(-1, -0.5, c[2]) * w)
        return m
    }

    @Test func minProblemWithNonPositiveVariable() throws {
        let extremes = try #require(try vertexOptima(count: 10, Self.minModel))
        var lp = IntervalLP(name: "m", sense: .minimize)
        let y1 = try lp.addVariable("y1", upper: Interval(5, 6)), y2 = try lp.addVariable("y2")
        let w = try lp.addVariable("w", lower: Interval(-3), upper: .zero)
        var r1 = IntervalExpression(); r1.add(y1, Interval(1)); r1.add(y2, Interval(1, 2))
        try lp.addRow("r1", r1, .greaterEqual, Interval(4, 6))
        var r2 = IntervalExpression(); r2.add(y1, Interval(1, 3)); r2.add(y2, Interval(1)); r2.add(w, Interval(-1))
        try lp.addRow("r2", r2, .greaterEqual, Interval(2, 5))
        var r3 = IntervalExpression(); r3.add(w, Interval(1, 2))
        try lp.addRow("r3", r3, .greaterEqual, Interval(-3, -2))
        var f = IntervalExpression(); f.add(y1, Interval(1, 2)); f.add(y2, Interval(3, 4)); f.add(w, Interval(-1, -0.5))
        lp.objective = f
        let result = try TwoStepSolver.solve(lp)
        let range = try #require(result.objective)
        // For a min problem the favourable submodel gives f⁻ = the best (smallest) vertex optimum and the
        // unfavourable one cannot do better than the worst (largest).
        #expect(abs(range.lower - extremes.lowest) < 1e-7)
        #expect(range.upper >= extremes.highest - 1e-7)
        #expect(result.first.violated.isEmpty && result.second!.violated.isEmpty)
    }

    /// An objective term on a variable that does not exist is an error, not a crash.
    @Test func objectiveOnUnknownVariableIsRefused() throws {
        var lp = IntervalLP(name: "o", sense: .maximize)
        _ = try lp.addVariable("x")
        var f = IntervalExpression(); f.add(5, Interval(1, 2)); lp.objective = f
        #expect(throws: IntervalLPError.unknownVariable(5, row: "the objective")) { try TwoStepSolver.solve(lp) }
    }

    /// An interval equality is refused with a message naming the row.
    @Test func intervalEqualityIsRefused() throws {
        var lp = IntervalLP(name: "e", sense: .maximize)
        let x = try lp.addVariable("x")
        var e = IntervalExpression(); e.add(x, Interval(1, 2))
        #expect(throws: IntervalLPError.intervalEquality("bal")) { try lp.addRow("bal", e, .equal, Interval(3)) }
    }
}
