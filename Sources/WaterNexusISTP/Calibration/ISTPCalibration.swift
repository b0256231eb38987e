import WaterNexusGLPK

/// The values of a case's calibrated inputs.
public struct CalibrationValues: Sendable, Equatable {
    /// The multiplier of the class estimates of the benefits and penalties (both ends of each interval).
    public var benefitScale: Double
    /// The relative half-width δ of the estimated benefit intervals: nb = midpoint · [1 − δ, 1 + δ] (the
    /// penalties follow their benefit bound).
    public var benefitSpread: Double
    /// Energy per unit of wastewater treated, every period.
    public var wastewaterEnergy: Double
    /// The scale k of the comprehensive risk-mitigation coefficient.
    public var riskK: Double

    public init(benefitScale: Double, benefitSpread: Double, wastewaterEnergy: Double, riskK: Double) {
        self.benefitScale = benefitScale; self.benefitSpread = benefitSpread
        self.wastewaterEnergy = wastewaterEnergy; self.riskK = riskK
    }

    /// The largest relative change of any value from `other`.
    func change(from other: CalibrationValues) -> Double {
        func rel(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), 1e-12) }
        return [rel(benefitScale, other.benefitScale), rel(benefitSpread, other.benefitSpread),
                rel(wastewaterEnergy, other.wastewaterEnergy), rel(riskK, other.riskK)].max()!
    }
}

/// A calibration of an ISTP case's estimated inputs to its published outputs.
///
/// The published inputs stay fixed. The estimated ones (the benefit multiplier β, the benefit spread δ, the
/// wastewater energy and the risk scale k) minimize one bounded least-squares objective: the sum of the squared relative residuals
/// of the targets marked `fit` (a scenario that any submodel cannot solve counts as +∞). It is minimized by
/// block-coordinate descent until no value moves by more than 10⁻⁴ (relative):
/// - the wastewater energy, k and δ, each by a one-dimensional bounded search (a grid over its range,
///   refined by golden section around the best grid point);
/// - β exactly: at fixed allocations every net benefit is affine in β and no other target depends on it, so
///   each pass is a bounded linear least-squares problem (``BoundedLeastSquares``), repeated with re-solved
///   allocations until it is a fixed point.
public struct ISTPCalibration: Sendable {
    public var istpCase: ISTPCase
    public var spec: CalibrationSpec
    public var targets: [PublishedTarget]

    public init(istpCase: ISTPCase, spec: CalibrationSpec, targets: [PublishedTarget]) {
        self.istpCase = istpCase; self.spec = spec; self.targets = targets
    }

    /// The values in the model files now.
    public var currentValues: CalibrationValues {
        CalibrationValues(benefitScale: spec.benefitScale.value.midpoint, benefitSpread: spec.benefitSpread.value.midpoint,
                          wastewaterEnergy: istpCase.base.wastewaterEnergy.first?.midpoint ?? spec.wastewaterEnergy.value.midpoint,
                          riskK: istpCase.riskTemplate?.k ?? spec.riskK.value.midpoint)
    }

    /// The case with `values` in place of the current ones.
    public func apply(_ values: CalibrationValues) -> ISTPCase {
        var c = istpCase
        let m = values.benefitScale / spec.benefitScale.value.midpoint
        let periods = c.base.periods.map(\.name)
        for (u, user) in c.base.users.enumerated() {
            for t in periods.indices where !spec.fixedBenefits.contains(where: { $0.user == user && $0.period == periods[t] }) {
                let d = c.base.data[u][t]
                let mid = m * d.benefit.midpoint
                let nb = Interval(mid * (1 - values.benefitSpread), mid * (1 + values.benefitSpread))
                c.base.data[u][t].benefit = nb
                c.base.data[u][t].penalty = Interval(d.penalty.lower * nb.lower / d.benefit.lower, d.penalty.upper * nb.upper / d.benefit.upper)
            }
        }
        c.base.wastewaterEnergy = Array(repeating: Interval(values.wastewaterEnergy), count: periods.count)
        c.riskTemplate?.k = values.riskK
        return c
    }

    /// Solves one scenario of `c` by the two-step method.
    public static func solve(_ c: ISTPCase, _ s: ISTPScenario) throws -> ISTPSolution {
        try ISTPSolution.solve(try c.problem(for: s).intervalLP())
    }

    /// The outcome of ``fit(progress:)``.
    public struct Fit: Sendable {
        public var start: CalibrationValues
        public var values: CalibrationValues
        public var rounds: Int
        public var benefitSystem: LinearSystem
        /// The objective (sum of squared relative residuals of the `fit` targets) at the fitted values.
        public var cost: Double
    }

    var moneyScale: Double { istpCase.moneyReport.scale }

    var fitTargets: [PublishedTarget] { targets.filter { $0.role == .fit } }

    /// The sum of squared relative residuals of the `fit` targets (nil when a scenario has no solution).
    public func cost(_ values: CalibrationValues) throws -> Double? {
        let c = apply(values)
        var solved: [ISTPScenario: ISTPSolution] = [:]
        var sum = 0.0
        for target in fitTargets {
            let solution = try solved[target.scenario] ?? Self.solve(c, target.scenario)
            solved[target.scenario] = solution
            guard solution.netBenefit != nil, let model = target.modelInterval(solution, moneyScale: moneyScale)?.bound(target.bound) else { return nil }
            let r = (model - target.value) / max(abs(target.value), 1e-12)
            sum += r * r
        }
        return sum
    }

    /// Runs the blocks until they agree.
    /// - Parameter progress: called with a line per step (for long runs).
    /// - Throws: ``ISTPError`` when there is no net-benefit `fit` target or no admissible value solves every
    ///   scenario; solver errors.
    public func fit(progress: (String) -> Void = { _ in }) throws -> Fit {
        let start = currentValues
        var values = start
        var system: LinearSystem?
        var round = 0
        while round < 5 {
            round += 1
            let before = values
            values.wastewaterEnergy = try Self.minimize(spec.wastewaterEnergy.range, at: values.wastewaterEnergy) { e in
                var v = values
                v.wastewaterEnergy = e
                return try cost(v)
            }
            progress("round \(round): wastewater energy \(values.wastewaterEnergy)")
            values.riskK = try Self.minimize(spec.riskK.range, at: values.riskK) { k in
                var v = values
                v.riskK = k
                return try cost(v)
            }
            progress("round \(round): k \(values.riskK)")
            values.benefitSpread = try Self.minimize(spec.benefitSpread.range, at: values.benefitSpread) { d in
                var v = values
                v.benefitSpread = d
                return try cost(v)
            }
            progress("round \(round): benefit spread \(values.benefitSpread)")
            guard case let .fitted(s) = try fitBenefitScale(values) else {
                throw ISTPError.invalidProblem("calibration: a net-benefit scenario became infeasible in the benefit block")
            }
            values.benefitScale = s.solution.x[0]
            system = s
            progress("round \(round): benefit scale \(values.benefitScale), cost \(try cost(values) ?? .infinity)")
            if values.change(from: before) < 1e-4 { break }
        }
        return Fit(start: start, values: values, rounds: round, benefitSystem: system!, cost: try cost(values) ?? .infinity)
    }

    /// A bounded one-dimensional minimization: the best of a 9-point grid over `range` and the current
    /// point, refined by 16 golden-section steps between the grid neighbours. nil (infeasible) counts as +∞.
    static func minimize(_ range: ClosedRange<Double>, at current: Double, _ f: (Double) throws -> Double?) throws -> Double {
        let n = 9
        let step = (range.upperBound - range.lowerBound) / Double(n - 1)
        var points = (0..<n).map { range.lowerBound + Double($0) * step }
        points.append(min(max(current, range.lowerBound), range.upperBound))
        let values = try points.map { try f($0) ?? .infinity }
        guard let best = values.indices.min(by: { values[$0] < values[$1] }), values[best].isFinite else {
            throw ISTPError.invalidProblem("calibration: no value in [\(range.lowerBound), \(range.upperBound)] solves every fitted scenario")
        }
        var a = max(range.lowerBound, points[best] - step), b = min(range.upperBound, points[best] + step)
        let g = (5.0.squareRoot() - 1) / 2
        var (x1, x2) = (b - g * (b - a), a + g * (b - a))
        var (f1, f2) = (try f(x1) ?? .infinity, try f(x2) ?? .infinity)
        for _ in 0..<16 {
            if f1 <= f2 { (b, x2, f2) = (x2, x1, f1); x1 = b - g * (b - a); f1 = try f(x1) ?? .infinity }
            else { (a, x1, f1) = (x1, x2, f2); x2 = a + g * (b - a); f2 = try f(x2) ?? .infinity }
        }
        let (x, fx) = f1 <= f2 ? (x1, f1) : (x2, f2)
        return fx <= values[best] ? x : points[best]
    }
}
