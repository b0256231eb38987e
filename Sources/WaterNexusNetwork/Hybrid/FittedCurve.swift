/// A unit relation y(x) fitted to operating data and held as a piecewise-linear curve on the data's range
/// [x₀, x_N], with the errors of the fit. The optimization embeds the curve exactly (λ/segment binaries), so
/// a certificate holds for the curve; how far the curve is from the plant is the fit's validation error.
public struct FittedCurve: Sendable, Equatable {
    /// The model class that produced the curve.
    public enum ModelClass: String, Sendable, Codable, CaseIterable {
        /// Monotone piecewise-linear least squares with breakpoints chosen by the fit.
        case monotonePiecewiseLinear = "monotonePWL"
        /// Mechanistic linear core + polynomial correction fitted to its residuals, sampled as a curve.
        case hybrid
        /// A small ReLU network (1–2 hidden layers of at most 16 neurons) trained by seeded Adam; with one input
        /// it is piecewise linear, and ``curve`` holds it exactly (breakpoints at its kinks).
        case relu
    }

    /// The curve; its first and last breakpoints are the operating range the data cover.
    public var curve: PiecewiseLinear
    public var errors: FitErrors
    public var modelClass: ModelClass
    /// The data file the curve was fitted to, as written in the model file.
    public var dataFile: String
    /// The trained network, for the `relu` class.
    public var network: ReLUNetwork?

    public init(curve: PiecewiseLinear, errors: FitErrors, modelClass: ModelClass, dataFile: String) {
        self.curve = curve
        self.errors = errors
        self.modelClass = modelClass
        self.dataFile = dataFile
    }

    /// The operating range (first and last breakpoint).
    public var range: ClosedRange<Double> { curve.x[0]...curve.x[curve.x.count - 1] }
}

extension PiecewiseLinear {
    /// The smallest and largest value on [lower, upper] ∩ [x₀, x_N] (exact: a piecewise-linear function
    /// takes its extremes at the interval's ends or at breakpoints). The whole curve's range when the
    /// intersection is empty.
    func valueRange(from lower: Double, to upper: Double) -> ClosedRange<Double> {
        let lo = max(lower, x[0]), hi = min(upper, x[x.count - 1])
        guard lo <= hi else { return (y.min() ?? 0)...(y.max() ?? 0) }
        let values = [value(at: lo), value(at: hi)] + zip(x, y).filter { $0.0 > lo && $0.0 < hi }.map(\.1)
        return (values.min() ?? 0)...(values.max() ?? 0)
    }

    /// The curve `1 − y` on the same breakpoints.
    var complement: PiecewiseLinear {
        // Same breakpoints, finite values: the initializer cannot fail.
        (try? PiecewiseLinear(x: x, y: y.map { 1 - $0 })) ?? self
    }
}
