import WaterNexusModel

/// One linear objective of a ``MultiObjectiveProblem``: a name, a sense and an expression over the
/// model's variables (its constant is kept in reported values).
public struct ObjectiveFunction: Sendable {
    /// The objective's name (used in tables and CSV headers).
    public var name: String
    /// Whether the objective is minimized or maximized.
    public var sense: ObjectiveSense
    /// The objective as a linear expression over the model's variables.
    public var expression: LinearExpression

    /// An objective `sense expression`, called `name`.
    public init(name: String, sense: ObjectiveSense, expression: LinearExpression) {
        self.name = name
        self.sense = sense
        self.expression = expression
    }

    /// +1 for a minimized objective, −1 for a maximized one: `orientation · value` is always minimized.
    public var orientation: Double { sense == .minimize ? 1 : -1 }
}

/// A multiobjective linear (or mixed-integer linear) problem: a model's feasible set and several
/// linear objectives. The model's own objective is ignored.
public struct MultiObjectiveProblem: Sendable {
    /// The feasible set (rows, bounds, integrality).
    public var model: Model
    /// The objectives, in order.
    public var objectives: [ObjectiveFunction]

    /// A problem over `model`'s feasible set with the given objectives.
    public init(model: Model, objectives: [ObjectiveFunction]) {
        self.model = model
        self.objectives = objectives
    }

    /// The senses of the objectives, in order.
    public var senses: [ObjectiveSense] { objectives.map(\.sense) }

    /// The objective values at the column values `x`, each in its own sense and units.
    public func objectiveValues(at x: [Double]) -> [Double] {
        objectives.map { $0.expression.value(at: x) }
    }

    /// Checks that the problem has at least one objective and that every objective refers only to
    /// the model's variables with finite coefficients.
    /// - Throws: ``ExactFrontError/invalidProblem(_:)`` saying what is wrong.
    public func validate() throws {
        guard !objectives.isEmpty else {
            throw ExactFrontError.invalidProblem("the problem has no objectives; add at least one ObjectiveFunction")
        }
        for (k, objective) in objectives.enumerated() {
            guard objective.expression.constant.isFinite else {
                throw ExactFrontError.invalidProblem("objective \(k + 1) (\(objective.name)) has a non-finite constant")
            }
            for term in objective.expression.terms {
                guard term.variable.index >= 0, term.variable.index < model.variableCount else {
                    throw ExactFrontError.invalidProblem(
                        "objective \(k + 1) (\(objective.name)) uses variable index \(term.variable.index); the model has \(model.variableCount) variables")
                }
                guard term.coefficient.isFinite else {
                    throw ExactFrontError.invalidProblem(
                        "objective \(k + 1) (\(objective.name)) has a non-finite coefficient on \(model.name(of: term.variable))")
                }
            }
        }
    }
}

/// A nondominated (or candidate) point of a multiobjective problem.
public struct ParetoPoint: Sendable, Equatable {
    /// The objective values, each in its own objective's sense and units.
    public var objectives: [Double]
    /// The column values of the model at this point (empty when unknown, e.g. read from a table without variables).
    public var values: [Double]

    /// A point with the given objective and column values.
    public init(objectives: [Double], values: [Double]) {
        self.objectives = objectives
        self.values = values
    }
}

/// The payoff table of a problem: each objective's lexicographic optimum evaluated in all objectives.
public struct PayoffTable: Sendable, Equatable {
    /// Row k: all objectives at the lexicographic optimum that puts objective k first.
    public var rows: [[Double]]
    /// The best value of each objective (the diagonal).
    public var ideal: [Double]
    /// The worst value of each objective over the rows: the payoff-table estimate of the nadir point
    /// (exact for two objectives; may be optimistic or pessimistic for three or more).
    public var nadir: [Double]

    /// A table from its rows and the senses of the objectives (ideal and nadir are derived).
    public init(rows: [[Double]], senses: [ObjectiveSense]) {
        self.rows = rows
        ideal = senses.indices.map { rows[$0][$0] }
        nadir = senses.indices.map { k in
            let column = rows.map { $0[k] }
            return senses[k] == .minimize ? column.max()! : column.min()!
        }
    }

    /// |nadir − ideal| for each objective.
    public var ranges: [Double] { zip(ideal, nadir).map { abs($0 - $1) } }
}
