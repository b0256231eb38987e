import WaterNexusModel

/// Models used by the file tests.
public enum FileTestModels {
    /// A small MILP with every feature the files must carry: maximization, an objective constant,
    /// ranged rows, a free row, integer and binary columns, and every bound type (free, minus infinity
    /// with a negative upper bound, fixed, integer without upper bound, negative lower bound).
    public static func everyFeature(name: String = "features") throws -> Model {
        var model = Model(name: name)
        let x = try model.addVariable("x")
        let y = try model.addVariable("y", lower: -.infinity)
        let z = try model.addVariable("z", lower: -.infinity, upper: -2)
        let w = try model.addVariable("w", lower: 1.5, upper: 4.25)
        let f = try model.addVariable("f", lower: 3, upper: 3)
        let n = try model.addVariable("n", kind: .integer)
        let k = try model.addVariable("k", lower: -3, upper: 7, kind: .integer)
        let b = try model.addVariable("b", kind: .binary)
        let u = try model.addVariable("u", lower: 0, upper: 1, kind: .integer)
        let v = try model.addVariable("neg", lower: -5)
        try model.addConstraint("cap", x + y + n + k <= 20)
        try model.addConstraint("yb", ranged(-4, y - x, 6))
        try model.addConstraint("zb", z + w >= -10)
        try model.addConstraint("eq", x + f + w == 9)
        try model.addConstraint("rng", ranged(2.5, n + 2 * k + b, 8))
        try model.addConstraint("nr", v + u <= 4)
        try model.addConstraint("fr", LinearRelation(x + y + z, lower: -.infinity, upper: .infinity))
        try model.addConstraint("knap", 2 * b + 3 * u + n <= 7.5)
        var objective: LinearExpression = 3 * x + 2 * y - z + w
        objective += 0.5 * f + n
        objective += 2 * k + 4 * b
        objective += u - 0.25 * v + 7.25
        try model.setObjective(.maximize, objective)
        return model
    }

    /// Checks that two models agree exactly: names, sense, constant, objective, bounds, kinds, matrix.
    public static func differences(_ a: Model, _ b: Model) -> [String] {
        var found: [String] = []
        if a.objectiveSense != b.objectiveSense { found.append("sense \(a.objectiveSense) vs \(b.objectiveSense)") }
        if a.objectiveConstant != b.objectiveConstant { found.append("constant \(a.objectiveConstant) vs \(b.objectiveConstant)") }
        guard a.variableCount == b.variableCount, a.constraintCount == b.constraintCount else {
            return found + ["size \(a.variableCount)x\(a.constraintCount) vs \(b.variableCount)x\(b.constraintCount)"]
        }
        for v in a.variables {
            let name = a.name(of: v)
            if name != b.name(of: v) { found.append("column \(v.index) name \(name) vs \(b.name(of: v))") }
            if a.bounds(of: v) != b.bounds(of: v) { found.append("bounds of \(name): \(a.bounds(of: v)) vs \(b.bounds(of: v))") }
            if a.kind(of: v) != b.kind(of: v) { found.append("kind of \(name): \(a.kind(of: v)) vs \(b.kind(of: v))") }
            if a.objectiveCoefficient(of: v) != b.objectiveCoefficient(of: v) {
                found.append("cost of \(name): \(a.objectiveCoefficient(of: v)) vs \(b.objectiveCoefficient(of: v))")
            }
        }
        for c in a.constraints {
            let name = a.name(of: c)
            if name != b.name(of: c) { found.append("row \(c.index) name \(name) vs \(b.name(of: c))") }
            if a.bounds(of: c) != b.bounds(of: c) { found.append("bounds of row \(name): \(a.bounds(of: c)) vs \(b.bounds(of: c))") }
            let ea = a.expression(of: c), eb = b.expression(of: c)
            if ea.indices != eb.indices || ea.coefficients != eb.coefficients { found.append("terms of row \(name) differ") }
        }
        return found
    }
}
