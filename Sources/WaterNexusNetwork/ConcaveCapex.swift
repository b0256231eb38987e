import Foundation
import WaterNexusModel

/// A concave capital-cost term α·F^β (F throughput in t/h, 0 < β < 1): economies of scale.
///
/// The optimization models hold a piecewise-linear underestimator of it (secants between breakpoints lie
/// below a concave function); designs are always costed with the true value.
public struct ConcaveCapex: Sendable, Equatable {
    /// Scale α (capital cost at 1 t/h), ≥ 0.
    public var alpha: Double
    /// Exponent β, strictly between 0 and 1.
    public var exponent: Double

    public init(alpha: Double, exponent: Double) {
        self.alpha = alpha
        self.exponent = exponent
    }

    /// α·F^β (0 for F ≤ 0).
    public func value(at flow: Double) -> Double { flow > 0 ? alpha * pow(flow, exponent) : 0 }

    /// The first invalid field and what is wrong with it, or nil when the term is valid.
    func problem() -> (field: String, problem: String, fix: String)? {
        if !(alpha.isFinite && alpha >= 0) { return ("alpha", "value \(alpha) is not a finite number >= 0", "use a non-negative scale") }
        if !(exponent > 0 && exponent < 1) {
            return ("exponent", "value \(exponent) is not strictly between 0 and 1", "use a concave exponent such as 0.7 (put linear costs in capexPerFlow)")
        }
        return nil
    }

    /// The secant interpolation through (x, α·x^β) at `interior` breakpoints plus 0 and `capacity`, or nil when
    /// the capacity is 0. It lies below α·F^β on [0, capacity] and equals it at the breakpoints.
    func underestimator(capacity: Double, interior: [Double]) throws -> PiecewiseLinear? {
        guard capacity > 1e-12 else { return nil }
        var x = [0.0]
        for point in interior.sorted() where point > x.last! + 1e-9 * capacity && point < capacity * (1 - 1e-9) { x.append(point) }
        x.append(capacity)
        return try PiecewiseLinear(x: x, y: x.map(value(at:)))
    }
}
