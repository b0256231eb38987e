import WaterNexusGLPK
import WaterNexusModel

/// Which submodel the two-step method solves first.
public enum TwoStepOrder: String, Sendable, CaseIterable {
    /// The favourable submodel first (f⁺ for max, Huang & Loucks 2000), then the unfavourable one.
    case optimistic
    /// The unfavourable submodel first, then the favourable one tied to it.
    case pessimistic
}

/// One solved deterministic submodel of the two-step method.
public struct SubmodelOutcome: Sendable {
    /// Which bound the submodel takes.
    public var bound: SubmodelBound
    /// The deterministic model solved (with its fixing and linking rows).
    public var model: Model
    /// GLPK's answer.
    public var solution: Solution
    /// Rows and columns of `model` violated at the solution, re-evaluated independently of the solver.
    public var violated: [String]
    /// When the submodel is infeasible: the rows an elastic (total-violation) check must relax, with the
    /// amount each is violated by; empty otherwise.
    public var infeasibleRows: [(name: String, violation: Double)]

    /// Whether the submodel has an optimal solution.
    public var isOptimal: Bool { solution.status == .optimal }
}

/// The two-step method's result: the objective interval and each variable's interval.
public struct TwoStepResult: Sendable {
    /// The order used.
    public var order: TwoStepOrder
    /// The submodel solved first.
    public var first: SubmodelOutcome
    /// The submodel solved second (nil when the first has no optimal solution).
    public var second: SubmodelOutcome?
    /// The problem's sense.
    public var sense: ObjectiveSense

    /// The outcome of the favourable or unfavourable submodel.
    public func outcome(_ bound: SubmodelBound) -> SubmodelOutcome? {
        first.bound == bound ? first : (second?.bound == bound ? second : nil)
    }

    /// The submodels solved, first then second.
    public var outcomes: [SubmodelOutcome] { [first] + (second.map { [$0] } ?? []) }

    /// [f⁻, f⁺] when both submodels are optimal.
    public var objective: Interval? {
        guard let good = outcome(.favourable), let bad = outcome(.unfavourable), good.isOptimal, bad.isOptimal,
              let a = good.solution.objective, let b = bad.solution.objective else { return nil }
        return Interval(a, b)
    }

    /// A variable's interval [min, max] of its two submodel values (nil unless both are optimal).
    public func interval(of variable: Int) -> Interval? {
        guard let second, first.isOptimal, second.isOptimal else { return nil }
        return Interval(first.solution.values[variable], second.solution.values[variable])
    }

    /// A variable's value in one submodel (nil unless that submodel is optimal).
    public func value(of variable: Int, in bound: SubmodelBound) -> Double? {
        guard let o = outcome(bound), o.isOptimal else { return nil }
        return o.solution.values[variable]
    }
}

/// The two-step (interactive) method of Huang, Baetz & Patry (1992) and Huang & Loucks (2000) for any
/// ``IntervalLP``: solve one deterministic submodel, then the other with first-stage variables fixed and
/// the remaining variables tied by the sign rule (``IntervalLP/Link``).
public enum TwoStepSolver {
    /// Solves `problem` by the two-step method.
    /// - Parameters:
    ///   - problem: the interval LP.
    ///   - order: optimistic (favourable first, the classic order) or pessimistic.
    ///   - solver: solves every submodel, labelled by its bound (`favourable`, `unfavourable`, and
    ///     `…_elastic` for the violation check of an infeasible one).
    /// - Returns: both outcomes; an infeasible submodel is a result (with ``SubmodelOutcome/infeasibleRows``), not an error.
    /// - Throws: ``IntervalLPError`` for an ill-formed problem, the solver's error when it fails (`GLPKError`
    ///   for GLPK).
    public static func solve(
        _ problem: IntervalLP, order: TwoStepOrder = .optimistic, solver: some LinearSolver = GLPKSolver()
    ) throws -> TwoStepResult {
        let firstBound: SubmodelBound = order == .optimistic ? .favourable : .unfavourable
        let first = try solveSubmodel(problem, firstBound, links: [], solver: solver)
        var result = TwoStepResult(order: order, first: first, second: nil, sense: problem.sense)
        guard first.isOptimal else { return result }
        let links = try linkRows(problem, after: first)
        result.second = try solveSubmodel(problem, firstBound.opposite, links: links, solver: solver)
        return result
    }

    /// Solves one submodel, re-checks its rows at the solution, and diagnoses infeasibility.
    public static func solveSubmodel(
        _ problem: IntervalLP, _ bound: SubmodelBound, links: [LinkRow], solver: some LinearSolver = GLPKSolver()
    ) throws -> SubmodelOutcome {
        let model = try problem.submodel(bound, links: links)
        let solution = try solver.solve(model, limits: SolveLimits(), label: bound.rawValue)
        var outcome = SubmodelOutcome(bound: bound, model: model, solution: solution, violated: [], infeasibleRows: [])
        if solution.hasSolution { outcome.violated = model.violatedNames(at: solution.values) }
        if solution.status == .infeasible || solution.status == .infeasibleOrUnbounded {
            outcome.infeasibleRows = try elasticCheck(problem, bound, links: links, solver: solver)
        }
        return outcome
    }

    /// The rows that must be violated to reach feasibility, by minimizing the total violation.
    static func elasticCheck(
        _ problem: IntervalLP, _ bound: SubmodelBound, links: [LinkRow], solver: some LinearSolver
    ) throws -> [(name: String, violation: Double)] {
        let model = try problem.submodel(bound, links: links, elastic: true)
        let solution = try solver.solve(model, limits: SolveLimits(), label: "\(bound.rawValue)_elastic")
        guard solution.hasSolution else { return [] }
        var rows: [(name: String, violation: Double)] = []
        for row in model.constraints {
            let terms = model.expression(of: row).terms
            var violation = 0.0
            for term in terms {
                let name = model.name(of: term.variable)
                if name.hasPrefix("elp.") || name.hasPrefix("eln.") { violation += solution.values[term.variable.index] }
            }
            if violation > 1e-7 { rows.append((model.name(of: row), violation)) }
        }
        return rows
    }

    /// The second submodel's fixing and linking rows, from the first submodel's solution.
    ///
    /// With `d` = +1 (max) or −1 (min) and `c` the variable's objective coefficient at the first submodel's
    /// bound: after the favourable submodel, a variable with d·c > 0 gets `x ≤ x_first` and one with
    /// d·c < 0 gets `x ≥ x_first`; after the unfavourable submodel the inequalities are reversed.
    /// A coefficient interval containing 0 gives no link.
    static func linkRows(_ problem: IntervalLP, after first: SubmodelOutcome) throws -> [LinkRow] {
        var coefficient = [Interval](repeating: .zero, count: problem.variables.count)
        for term in problem.objective.merged() { coefficient[term.variable] = term.coefficient }
        var links: [LinkRow] = []
        for (j, spec) in problem.variables.enumerated() {
            let value = first.solution.values[j]
            switch spec.link {
            case .free:
                continue
            case .fixed:
                links.append(LinkRow(name: "fix.\(spec.name)", variable: j, relation: .equal, value: value))
            case .bySign:
                let c = coefficient[j]
                let directed = problem.direction * (c.lower > 0 ? 1 : (c.upper < 0 ? -1 : 0))
                guard directed != 0 else { continue }
                let upperLink = (directed > 0) == (first.bound == .favourable)
                links.append(LinkRow(name: "link.\(spec.name)", variable: j,
                                     relation: upperLink ? .lessEqual : .greaterEqual, value: value))
            }
        }
        return links
    }
}
