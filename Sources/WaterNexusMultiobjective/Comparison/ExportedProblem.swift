import WaterNexusModel

/// A multiobjective linear model as MORIME sees it, for another optimizer (e.g. pymoo) to read the same
/// problem: variables with their search box, rows, objectives in minimized form, the violation rule and
/// repair settings of ``LinearModelProblem``, and how fronts are measured (normalization, reference
/// point, the exact points and the continuous front's hypervolume). Infinite bounds are written as nil.
public struct ExportedProblem: Sendable, Codable {
    /// One linear row `lower ≤ Σ values·x[columns] ≤ upper`.
    public struct Row: Sendable, Codable {
        /// The row's name in the model.
        public var name: String
        /// The bounds (nil: infinite).
        public var lower: Double?
        public var upper: Double?
        /// Column indices (0-based) and coefficients.
        public var columns: [Int]
        public var values: [Double]
    }

    /// One objective, minimized: `Σ coefficients·x + constant` (maximized objectives are negated).
    public struct Objective: Sendable, Codable {
        /// The objective's name.
        public var name: String
        /// The stated sense ("minimize" or "maximize"); the coefficients are already in minimized form.
        public var statedSense: String
        /// Dense coefficients, one per variable.
        public var coefficients: [Double]
        /// The constant term (minimized form).
        public var constant: Double
    }

    /// The model's name.
    public var name: String
    /// Variable names, in column order.
    public var variables: [String]
    /// The search box MORIME draws from (the model's bounds, tightened where rows imply it).
    public var searchLower: [Double]
    public var searchUpper: [Double]
    /// The model's own bounds (counted in the violation).
    public var modelLower: [Double?]
    public var modelUpper: [Double?]
    /// Whether each variable is integer or binary.
    public var integral: [Bool]
    /// The model's rows.
    public var rows: [Row]
    /// The objectives, minimized.
    public var objectives: [Objective]
    /// The violation is Σ over rows and bounds of the distance outside, plus the distance of integral
    /// variables to the nearest integer; at or below this it counts as 0 (feasible).
    public var feasibilityTolerance: Double
    /// Cyclic projection sweeps of MORIME's repair (``LinearModelProblem/repair(_:)``).
    public var repairSweeps: Int
    /// Normalization (minimized form) and hypervolume reference point (normalized units).
    public var ideal: [Double]
    public var nadir: [Double]
    public var referencePoint: [Double]
    /// Hypervolume of the continuous nondominated set in normalized units (nil when not computed).
    public var continuousHypervolume: Double?
    /// The exact nondominated points (minimized form), the reference set of IGD+.
    public var exactPoints: [[Double]]

    /// The export of `problem` searched by `adapter` and measured by `measure`.
    public init(_ problem: MultiObjectiveProblem, adapter: LinearModelProblem, measure: ModelFrontComparison.Measure) {
        let model = problem.model
        let sparse = model.sparseModel()
        let finite = { (v: Double) -> Double? in v.isFinite ? v : nil }
        name = model.name
        variables = sparse.columnNames
        searchLower = adapter.lowerBounds
        searchUpper = adapter.upperBounds
        modelLower = sparse.columnLower.map(finite)
        modelUpper = sparse.columnUpper.map(finite)
        integral = sparse.columnKinds.map { $0 != .continuous }
        rows = sparse.rowNames.indices.map { r in
            let range = sparse.rowStart[r]..<sparse.rowStart[r + 1]
            return Row(name: sparse.rowNames[r], lower: finite(sparse.rowLower[r]), upper: finite(sparse.rowUpper[r]),
                       columns: range.map { Int(sparse.rowColumns[$0]) }, values: range.map { sparse.rowValues[$0] })
        }
        objectives = problem.objectives.map { objective in
            var dense = [Double](repeating: 0, count: model.variableCount)
            for (variable, coefficient) in objective.expression.terms { dense[variable.index] += objective.orientation * coefficient }
            return Objective(name: objective.name, statedSense: objective.sense == .minimize ? "minimize" : "maximize",
                             coefficients: dense, constant: objective.orientation * objective.expression.constant)
        }
        feasibilityTolerance = adapter.feasibilityTolerance
        repairSweeps = adapter.repairSweeps
        ideal = measure.settings.normalization.ideal
        nadir = measure.settings.normalization.nadir
        referencePoint = measure.settings.referencePoint
        continuousHypervolume = measure.continuousHypervolume
        exactPoints = measure.settings.reference
    }
}
