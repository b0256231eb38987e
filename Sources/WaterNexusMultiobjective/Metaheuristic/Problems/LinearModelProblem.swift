import WaterNexusModel

/// A ``MultiObjectiveFunctionProblem`` over a `Model`'s variables: objectives are linear expressions
/// with their senses, the violation is the model's row and column violation (`Model.violation(at:)`),
/// and the repair step rounds integer and binary variables, then projects onto violated rows (linear
/// balances and capacities) by moving only the continuous variables.
///
/// Maximized objectives are negated, so ``evaluate(_:)`` returns values to minimize;
/// ``originalValues(_:)`` maps them back to the stated senses.
public struct LinearModelProblem: MultiObjectiveFunctionProblem {
    public let lowerBounds: [Double]
    public let upperBounds: [Double]
    /// The model whose rows and columns define feasibility.
    public let model: Model
    /// The objective expressions, in the stated senses.
    public let objectives: [LinearExpression]
    /// The sense of every objective.
    public let senses: [ObjectiveSense]
    /// The number of projection sweeps of ``repair(_:)`` (0 turns repair off).
    public let repairSweeps: Int
    /// A total violation at or below this counts as feasible (rounding in balances).
    public let feasibilityTolerance: Double
    private let rows: SparseModel
    /// Whether each column is integer or binary (rounded by ``repair(_:)``, never moved by projection).
    private let integral: [Bool]

    public var objectiveCount: Int { objectives.count }

    /// A problem from a model and objectives.
    ///
    /// - Parameters:
    ///   - model: the model whose variables are searched and whose rows give the violation.
    ///   - objectives: the objective expressions over the model's variables.
    ///   - senses: one sense per objective.
    ///   - searchBounds: bounds for the search, one pair per variable, needed when a model variable
    ///     has an infinite bound (the model's own bounds still count in the violation).
    ///   - repairSweeps: cyclic projection sweeps over violated rows after every move (default 10).
    ///   - feasibilityTolerance: total violation counted as zero (default 1e-9).
    /// - Throws: ``MetaheuristicError/invalidProblem(_:)`` naming the first variable without finite
    ///   search bounds, or a mismatch between objectives and senses.
    public init(
        model: Model,
        objectives: [LinearExpression],
        senses: [ObjectiveSense],
        searchBounds: [(lower: Double, upper: Double)]? = nil,
        repairSweeps: Int = 10,
        feasibilityTolerance: Double = 1e-9
    ) throws {
        guard !objectives.isEmpty, objectives.count == senses.count else {
            throw MetaheuristicError.invalidProblem(
                "\(objectives.count) objectives and \(senses.count) senses; give one sense per objective")
        }
        let sparse = model.sparseModel()
        let bounds = searchBounds ?? zip(sparse.columnLower, sparse.columnUpper).map { ($0, $1) }
        guard bounds.count == model.variableCount else {
            throw MetaheuristicError.invalidProblem(
                "\(bounds.count) search bounds for \(model.variableCount) variables; give one pair per variable")
        }
        for (j, pair) in bounds.enumerated() where !(pair.lower.isFinite && pair.upper.isFinite) {
            throw MetaheuristicError.invalidProblem(
                "variable '\(sparse.columnNames[j])' has an infinite bound; pass finite searchBounds")
        }
        for (k, objective) in objectives.enumerated() {
            if let bad = objective.indices.first(where: { $0 < 0 || $0 >= model.variableCount }) {
                throw MetaheuristicError.invalidProblem(
                    "objective \(k) refers to column \(bad), but the model has \(model.variableCount) variables")
            }
        }
        self.model = model
        self.objectives = objectives.map { $0.merged() }
        self.senses = senses
        self.lowerBounds = bounds.map(\.lower)
        self.upperBounds = bounds.map(\.upper)
        self.repairSweeps = max(0, repairSweeps)
        self.feasibilityTolerance = max(0, feasibilityTolerance)
        self.rows = sparse
        self.integral = sparse.columnKinds.map { $0 != .continuous }
    }

    public func evaluate(_ x: [Double]) -> ProblemEvaluation {
        var values = [Double](repeating: 0, count: objectives.count)
        for k in objectives.indices {
            let value = objectives[k].value(at: x)
            values[k] = senses[k] == .maximize ? -value : value
        }
        let violation = model.violation(at: x)
        return ProblemEvaluation(objectives: values, violation: violation <= feasibilityTolerance ? 0 : violation)
    }

    /// Objective values in their stated senses, from the minimized values of ``evaluate(_:)``.
    public func originalValues(_ minimized: [Double]) -> [Double] {
        zip(minimized, senses).map { $1 == .maximize ? -$0 : $0 }
    }

    /// Integer and binary variables are rounded to the nearest integer inside their search bounds
    /// (always, even with `repairSweeps` 0: it decodes the continuous search vector). Then cyclic
    /// projection: every violated row moves `x` onto its nearest bound along the row's coefficients
    /// restricted to continuous variables that can move that way; `x` is clipped after each row.
    public func repair(_ x: inout [Double]) {
        for j in x.indices where integral[j] {
            x[j] = min(max(x[j].rounded(), lowerBounds[j].rounded(.up)), upperBounds[j].rounded(.down))
        }
        guard repairSweeps > 0 else { return }
        for _ in 0..<repairSweeps {
            var moved = false
            for r in 0..<rows.rowLower.count {
                let range = rows.rowStart[r]..<rows.rowStart[r + 1]
                var activity = 0.0
                for k in range { activity += rows.rowValues[k] * x[Int(rows.rowColumns[k])] }
                let tolerance = 1e-9 * (1 + abs(activity))
                let target: Double
                if activity < rows.rowLower[r] - tolerance { target = rows.rowLower[r] }
                else if activity > rows.rowUpper[r] + tolerance { target = rows.rowUpper[r] }
                else { continue }
                let direction = target - activity
                var weight = 0.0
                for k in range {
                    let j = Int(rows.rowColumns[k]), a = rows.rowValues[k]
                    if canMove(x[j], column: j, upward: (a > 0) == (direction > 0)) { weight += a * a }
                }
                guard weight > 0 else { continue }
                let step = direction / weight
                for k in range {
                    let j = Int(rows.rowColumns[k]), a = rows.rowValues[k]
                    guard canMove(x[j], column: j, upward: (a > 0) == (direction > 0)) else { continue }
                    x[j] = min(max(x[j] + step * a, lowerBounds[j]), upperBounds[j])
                }
                moved = true
            }
            if !moved { break }
        }
    }

    private func canMove(_ value: Double, column j: Int, upward: Bool) -> Bool {
        !integral[j] && (upward ? value < upperBounds[j] : value > lowerBounds[j])
    }
}
