import Testing
import WaterNexusModel

/// `<=`, `>=`, `==` between any two of Variable, LinearExpression, Double and Int, and Int data in
/// expressions: each relation is checked by the row it stores (bounds and coefficients worked by hand).
struct OperatorTests {
    /// The stored row of `relation` in a fresh copy of `model`: (coefficient of x, of y, lower, upper).
    static func row(_ model: Model, _ relation: LinearRelation, _ x: Variable, _ y: Variable) throws -> [Double] {
        var copy = model
        let c = try copy.addConstraint(relation)
        let bounds = copy.bounds(of: c)
        return [copy.coefficient(of: x, in: c), copy.coefficient(of: y, in: c), bounds.lower, bounds.upper]
    }

    @Test func everyPairOfOperandsBuildsARelation() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y")
        let inf = Double.infinity
        let four = 4, half = 0.5
        // x ≤ y is x − y ≤ 0; 4 ≥ x + y is x + y ≤ 4; (x + 1) == (2y − 3) is x − 2y = −4.
        #expect(try Self.row(model, x <= y, x, y) == [1, -1, -inf, 0])
        #expect(try Self.row(model, x >= y, x, y) == [1, -1, 0, inf])
        #expect(try Self.row(model, x == y, x, y) == [1, -1, 0, 0])
        #expect(try Self.row(model, 4 >= x + y, x, y) == [1, 1, -inf, 4])
        #expect(try Self.row(model, four <= x - y, x, y) == [1, -1, 4, inf])
        #expect(try Self.row(model, half == x, x, y) == [1, 0, 0.5, 0.5])
        #expect(try Self.row(model, (x + 1) == (2 * y - 3), x, y) == [1, -2, -4, -4])
        #expect(try Self.row(model, x <= y + four, x, y) == [1, -1, -inf, 4])
        #expect(try Self.row(model, x + y >= half, x, y) == [1, 1, 0.5, inf])
        #expect(try Self.row(model, x + y == four, x, y) == [1, 1, 4, 4])
        #expect(try Self.row(model, y <= four, x, y) == [0, 1, -inf, 4])
        #expect(try Self.row(model, four == y, x, y) == [0, 1, 4, 4])
    }

    @Test func aComparisonOfVariablesIsAConstraintNotABool() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y")
        let flag = x <= y
        let same = x.expression == y.expression
        #expect(type(of: flag) == LinearRelation.self)
        #expect(type(of: same) == LinearRelation.self)
        let equalHandles: Bool = x == y  // `==` still answers Bool where a Bool is asked for
        #expect(!equalHandles)
    }

    @Test func intCoefficientsAndConstants() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y")
        let cost = [3, 5], shift = 2
        var e = cost[0] * x + y * cost[1] + shift - 1
        e += shift
        e -= 1
        e = e * 2
        #expect(e.value(at: [1, 1]) == 2 * (3 + 5 + 2 - 1 + 2 - 1))
        #expect((shift - x).value(at: [5, 0]) == -3 && (shift + y).value(at: [0, 5]) == 7)
        #expect((x - shift).value(at: [5, 0]) == 3 && (2 * (x + y)).value(at: [1, 2]) == 6)
    }

    @Test func slicesAndFamiliesSum() throws {
        var model = Model()
        let x = try model.addVariables("x", over: ["a", "b"], 1...3)
        let total = x.sum(), row = try x.row("b").sum(), column = try x.column(2).sum()
        let values = (0..<6).map(Double.init) // x(a,1)=0, x(a,2)=1, …, x(b,3)=5
        #expect(total.value(at: values) == 15)
        #expect(row.value(at: values) == 3 + 4 + 5)
        #expect(column.value(at: values) == 1 + 4)
        #expect([try x["a", 3], try x["b", 1]].sum().value(at: values) == 2 + 3)
    }
}
