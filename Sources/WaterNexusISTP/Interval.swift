/// A closed interval number a± = [a⁻, a⁺] of interval-parameter programming (a point when a⁻ = a⁺).
public struct Interval: Sendable, Hashable, CustomStringConvertible {
    /// The lower bound a⁻.
    public var lower: Double
    /// The upper bound a⁺.
    public var upper: Double

    /// The interval [lower, upper]; the bounds are taken in order, so `Interval(5, 3)` is [3, 5].
    public init(_ lower: Double, _ upper: Double) {
        self.lower = Swift.min(lower, upper)
        self.upper = Swift.max(lower, upper)
    }

    /// The degenerate interval [value, value].
    public init(_ value: Double) { self.init(value, value) }

    /// Whether a⁻ = a⁺.
    public var isPoint: Bool { lower == upper }
    /// (a⁻ + a⁺) / 2.
    public var midpoint: Double { (lower + upper) / 2 }
    /// a⁺ − a⁻.
    public var width: Double { upper - lower }
    /// Whether both bounds are finite numbers.
    public var isFinite: Bool { lower.isFinite && upper.isFinite }
    /// The bound on the given side.
    public func bound(_ side: Side) -> Double { side == .lower ? lower : upper }

    /// `[a⁻, a⁺]`, or the single number for a point.
    public var description: String { isPoint ? "\(lower)" : "[\(lower), \(upper)]" }

    /// One of the two bounds of an interval.
    public enum Side: Sendable { case lower, upper
        /// The other side.
        public var opposite: Side { self == .lower ? .upper : .lower }
    }
}

/// Interval arithmetic: each operand's parameters vary independently (the usual interval-programming
/// convention; a parameter appearing twice is treated as two independent parameters).
extension Interval {
    public static func + (a: Interval, b: Interval) -> Interval { Interval(a.lower + b.lower, a.upper + b.upper) }
    public static func - (a: Interval, b: Interval) -> Interval { Interval(a.lower - b.upper, a.upper - b.lower) }
    public static prefix func - (a: Interval) -> Interval { Interval(-a.upper, -a.lower) }
    public static func * (a: Interval, b: Interval) -> Interval {
        let products = [a.lower * b.lower, a.lower * b.upper, a.upper * b.lower, a.upper * b.upper]
        return Interval(products.min()!, products.max()!)
    }
    public static func * (k: Double, a: Interval) -> Interval { Interval(k * a.lower, k * a.upper) }
    public static func += (a: inout Interval, b: Interval) { a = a + b }
    public static let zero = Interval(0)
}
