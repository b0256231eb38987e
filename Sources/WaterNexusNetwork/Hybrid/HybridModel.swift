import Foundation

/// A hybrid ("mechanism-data") unit model: y(x) = mechanistic core(x) + a polynomial correction fitted by
/// least squares to the residuals of operating data, with training and validation errors.
public struct HybridModel: Sendable {
    /// The mechanistic core.
    public enum Core: Sendable, Equatable {
        /// Pumping energy for a head: y = 0.002725 · head / efficiency · x (kWh/h for x in t/h).
        case pumping(head: Double, efficiency: Double)
        /// y = slope · x + intercept.
        case linear(slope: Double, intercept: Double)

        public func value(at x: Double) -> Double {
            switch self {
            case let .pumping(head, efficiency): 0.002725 * head / efficiency * x
            case let .linear(slope, intercept): slope * x + intercept
            }
        }
    }

    public var core: Core
    /// Correction coefficients c₀ + c₁x + c₂x² + …
    public var correction: [Double]
    /// Root-mean-square error on the training points.
    public var trainingRMSE: Double
    /// Root-mean-square error on the held-out points (every `holdout`-th point); nil when none were held out.
    public var validationRMSE: Double?

    /// The model's prediction.
    public func value(at x: Double) -> Double {
        core.value(at: x) + correction.reversed().reduce(0) { $0 * x + $1 }
    }

    /// Fits the correction (polynomial of `degree`) to `y − core(x)`; every `holdout`-th point (if > 1) is kept
    /// out of the fit and used for the validation error.
    public static func fit(core: Core, x: [Double], y: [Double], degree: Int, holdout: Int = 4) throws -> HybridModel {
        guard x.count == y.count, degree >= 0 else {
            throw NetworkError.invalidModel(place: "hybrid model data", problem: "\(x.count) inputs but \(y.count) outputs", fix: "give one output per input")
        }
        let isValidation = x.indices.map { holdout > 1 && $0 % holdout == holdout - 1 }
        let train = x.indices.filter { !isValidation[$0] }, test = x.indices.filter { isValidation[$0] }
        guard train.count > degree else {
            throw NetworkError.invalidModel(place: "hybrid model data", problem: "\(train.count) training points for a degree-\(degree) correction", fix: "add data or lower the degree")
        }
        let p = degree + 1
        // Normal equations (Vᵀ V) c = Vᵀ r on the training points, x scaled to [−1, 1] for conditioning.
        let scale = max(x.map(abs).max() ?? 1, 1e-12)
        var normal = Array(repeating: Array(repeating: 0.0, count: p), count: p), rhs = Array(repeating: 0.0, count: p)
        for i in train {
            let t = x[i] / scale, residual = y[i] - core.value(at: x[i])
            let powers = (0..<p).map { pow(t, Double($0)) }
            for a in 0..<p {
                rhs[a] += powers[a] * residual
                for b in 0..<p { normal[a][b] += powers[a] * powers[b] }
            }
        }
        guard let scaled = NetworkEvaluation.solveLinear(normal, rhs) else {
            throw NetworkError.invalidModel(place: "hybrid model data", problem: "the inputs do not determine a degree-\(degree) correction", fix: "use more distinct input values or a lower degree")
        }
        let correction = scaled.enumerated().map { $1 / pow(scale, Double($0)) }
        var model = HybridModel(core: core, correction: correction, trainingRMSE: 0, validationRMSE: nil)
        func rmse(_ points: [Int]) -> Double { sqrt(points.reduce(0) { $0 + pow(model.value(at: x[$1]) - y[$1], 2) } / Double(points.count)) }
        model.trainingRMSE = rmse(train)
        model.validationRMSE = test.isEmpty ? nil : rmse(test)
        return model
    }

    /// The model as a piecewise-linear curve on [lower, upper] with `segments` segments, for embedding in a MILP.
    public func curve(from lower: Double, to upper: Double, segments: Int) throws -> PiecewiseLinear {
        try PiecewiseLinear.sampling(value(at:), from: lower, to: upper, count: segments + 1)
    }
}
