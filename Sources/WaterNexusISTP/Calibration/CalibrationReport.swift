/// Every published target beside the calibrated model's value, and the fitted inputs.
public struct CalibrationReport: Sendable {
    /// One target compared.
    public struct Row: Sendable {
        public var target: PublishedTarget
        /// The model's value at the target's end of the interval (nil: the scenario failed).
        public var model: Double?
        public var residual: Double? { model.map { $0 - target.value } }
        /// Residual over |published| (nil when the published value is 0).
        public var relative: Double? { target.value == 0 ? nil : residual.map { $0 / abs(target.value) } }
    }

    /// One fitted input.
    public struct Parameter: Sendable {
        public var name: String
        public var estimate: Interval
        public var fitted: Interval
        public var range: ClosedRange<Double>
        /// Whether a fitted bound sits on the range's end.
        public var atBound: Bool { [fitted.lower, fitted.upper].contains { $0 <= range.lowerBound + 1e-9 || $0 >= range.upperBound - 1e-9 } }
    }

    public var fit: ISTPCalibration.Fit
    public var parameters: [Parameter]
    public var rows: [Row]
    /// The calibrated case's solved scenarios, in the order the targets first name them.
    public var solved: [(scenario: ISTPScenario, solution: ISTPSolution)]

    /// Solves every scenario the targets name with the fitted values and compares.
    public init(_ calibration: ISTPCalibration, fit: ISTPCalibration.Fit) throws {
        self.fit = fit
        let spec = calibration.spec
        parameters = [
            Parameter(name: "benefit_scale", estimate: spec.benefitScale.raw, fitted: Interval(fit.values.benefitScale), range: spec.benefitScale.range),
            Parameter(name: "benefit_spread", estimate: spec.benefitSpread.raw, fitted: Interval(fit.values.benefitSpread), range: spec.benefitSpread.range),
            Parameter(name: "wastewater_energy", estimate: spec.wastewaterEnergy.raw, fitted: Interval(fit.values.wastewaterEnergy),
                      range: spec.wastewaterEnergy.range),
            Parameter(name: "risk_k", estimate: spec.riskK.raw, fitted: Interval(fit.values.riskK), range: spec.riskK.range),
        ]
        let c = calibration.apply(fit.values)
        var solved: [(scenario: ISTPScenario, solution: ISTPSolution)] = []
        for target in calibration.targets where !solved.contains(where: { $0.scenario == target.scenario }) {
            solved.append((target.scenario, try ISTPCalibration.solve(c, target.scenario)))
        }
        self.solved = solved
        rows = calibration.targets.map { target in
            let solution = solved.first { $0.scenario == target.scenario }!.solution
            let model = target.modelInterval(solution, moneyScale: calibration.istpCase.moneyReport.scale)?.bound(target.bound)
            return Row(target: target, model: model)
        }
    }
}
