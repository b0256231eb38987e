/// The benefit block of ``ISTPCalibration``: β by exact bounded linear least squares at fixed allocations.
extension ISTPCalibration {
    /// The benefit block's last linear system: rows `matrix · (β) ≈ rhs` (relative to each target).
    public struct LinearSystem: Sendable {
        public var targetIDs: [String]
        public var matrix: [[Double]]
        public var rhs: [Double]
        public var lower: [Double]
        public var upper: [Double]
        public var solution: BoundedLeastSquares
    }

    /// The benefit block's outcome: a fixed point, or the multiplier at which a scenario became infeasible.
    public enum BenefitStep: Sendable { case fitted(LinearSystem), infeasible(ISTPScenario, Double) }

    /// The fixed point of the bounded linear least-squares fit of the benefit multiplier.
    func fitBenefitScale(_ values: CalibrationValues) throws -> BenefitStep {
        var v = values
        var last: LinearSystem?
        for _ in 0..<8 {
            let step = try benefitSystem(at: v)
            guard case let .fitted(system) = step else { return step }
            last = system
            let next = system.solution.x[0]
            let moved = abs(next - v.benefitScale) / v.benefitScale
            v.benefitScale = next
            if moved < 1e-7 { break }
        }
        return .fitted(last!)
    }

    /// One pass of the benefit block: the net-benefit `fit` targets linearized at the allocations solved with
    /// `values` (exact: at fixed allocations f is affine in the multipliers), and its bounded least-squares
    /// solution.
    /// - Throws: ``ISTPError`` when there is no net-benefit target; solver errors.
    public func benefitSystem(at values: CalibrationValues) throws -> BenefitStep {
        let rows = targets.filter { $0.role == .fit && $0.quantity == .netBenefit }
        guard !rows.isEmpty else { throw ISTPError.invalidProblem("calibration: no fit target on the net benefit") }
        let v = values
        var matrix: [[Double]] = [], rhs: [Double] = []
        var solved: [ISTPScenario: ISTPSolution] = [:]
        for target in rows {
            let solution = try solved[target.scenario] ?? Self.solve(apply(v), target.scenario)
            solved[target.scenario] = solution
            let bound: SubmodelBound = target.bound == .upper ? .favourable : .unfavourable
            guard solution.netBenefit != nil, let x = solution.result.outcome(bound)?.solution.values else {
                return .infeasible(target.scenario, v.benefitScale)
            }
            // f is affine in β at fixed x: its slope from a relative step of 10⁻³.
            func objective(_ scale: Double) throws -> Double {
                var w = v
                w.benefitScale = scale
                return try apply(w).problem(for: target.scenario).intervalLP().lp.submodel(bound).objectiveValue(at: x) * moneyScale
            }
            let f0 = try objective(v.benefitScale)
            let h = 1e-3
            let slope = (try objective(v.benefitScale * (1 + h)) - f0) / (v.benefitScale * h)
            let constant = f0 - slope * v.benefitScale
            matrix.append([slope / target.value])
            rhs.append((target.value - constant) / target.value)
        }
        let range = spec.benefitScale.range
        let lower = [range.lowerBound], upper = [range.upperBound]
        let ls = try BoundedLeastSquares(matrix: matrix, rhs: rhs, lower: lower, upper: upper)
        return .fitted(LinearSystem(targetIDs: rows.map(\.id), matrix: matrix, rhs: rhs, lower: lower, upper: upper, solution: ls))
    }
}
