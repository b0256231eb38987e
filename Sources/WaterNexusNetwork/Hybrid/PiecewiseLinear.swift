import WaterNexusModel

/// A piecewise-linear function through breakpoints (x sorted strictly increasing), embedded in a MILP with
/// one λ per breakpoint and one binary per segment (GLPK has no SOS2).
public struct PiecewiseLinear: Sendable, Equatable {
    public var x: [Double]
    public var y: [Double]

    /// Throws when the breakpoints are fewer than two, unsorted, or not finite.
    public init(x: [Double], y: [Double]) throws {
        guard x.count >= 2, x.count == y.count else {
            throw NetworkError.invalidModel(place: "piecewise-linear curve", problem: "needs at least 2 breakpoints with one y per x (got \(x.count) x, \(y.count) y)", fix: "give matching x and y lists")
        }
        guard zip(x, x.dropFirst()).allSatisfy({ $0 < $1 }), (x + y).allSatisfy(\.isFinite) else {
            throw NetworkError.invalidModel(place: "piecewise-linear curve", problem: "x must be finite and strictly increasing, y finite", fix: "sort the breakpoints and remove duplicates")
        }
        self.x = x
        self.y = y
    }

    /// The function `f` sampled at `count` equally spaced points on [lower, upper].
    public static func sampling(_ f: (Double) -> Double, from lower: Double, to upper: Double, count: Int) throws -> PiecewiseLinear {
        let n = max(count, 2)
        let xs = (0..<n).map { lower + (upper - lower) * Double($0) / Double(n - 1) }
        return try PiecewiseLinear(x: xs, y: xs.map(f))
    }

    /// The interpolated value (linear extrapolation outside the breakpoints).
    public func value(at t: Double) -> Double {
        var k = 0
        while k < x.count - 2 && t > x[k + 1] { k += 1 }
        let w = (t - x[k]) / (x[k + 1] - x[k])
        return y[k] + w * (y[k + 1] - y[k])
    }

    /// Adds `argument = Σ λ_n x_n`, returns `Σ λ_n y_n`; Σ λ = `active` (1 or an on/off binary); one binary per
    /// segment selects where the λs may be nonzero. `argument` must lie in [x₀, x_N] when active, 0 when not.
    public func embed(in model: inout Model, argument: LinearExpression, active: LinearExpression, name: String) throws -> LinearExpression {
        let lambdas = try (0..<x.count).map { try model.addVariable("\(name)_l\($0)", lower: 0, upper: 1) }
        let segments = try (0..<(x.count - 1)).map { try model.addVariable("\(name)_s\($0)", kind: .binary) }
        try model.addConstraint(lambdas.sum() - active == 0)
        try model.addConstraint(segments.sum() - active == 0)
        for n in lambdas.indices {
            var allowed = LinearExpression()
            if n > 0 { allowed += segments[n - 1] }
            if n < segments.count { allowed += segments[n] }
            try model.addConstraint(lambdas[n] - allowed <= 0)
        }
        try model.addConstraint(LinearExpression(terms: zip(lambdas, x).map { ($0, $1) }) - argument == 0)
        return LinearExpression(terms: zip(lambdas, y).map { ($0, $1) })
    }
}
