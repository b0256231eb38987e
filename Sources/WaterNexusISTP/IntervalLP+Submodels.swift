import WaterNexusModel

/// Which deterministic submodel of an interval LP to build.
public enum SubmodelBound: String, Sendable, CaseIterable {
    /// Every interval parameter at the bound favourable to the objective, every row at its relaxed bounds
    /// (f⁺ of a max problem, f⁻ of a min problem).
    case favourable
    /// Every interval parameter at its unfavourable bound, every row at its tightest bounds.
    case unfavourable

    /// The other submodel.
    public var opposite: SubmodelBound { self == .favourable ? .unfavourable : .favourable }
}

/// An extra row tying a submodel variable to a number (the two-step method's linking and fixing rows).
public struct LinkRow: Sendable {
    /// Row name (`fix.<var>` or `link.<var>`).
    public var name: String
    /// The variable's index in the interval LP.
    public var variable: Int
    /// `x ≤ value`, `x ≥ value`, or `x = value`.
    public var relation: IntervalLP.Relation
    /// The value from the other submodel.
    public var value: Double
}

extension IntervalLP {
    /// +1 to maximize, −1 to minimize.
    var direction: Double { sense == .maximize ? 1 : -1 }

    /// The sign rule for an objective coefficient: the bound that makes `direction · c · x` largest
    /// (favourable) or smallest (unfavourable), given the variable's sign.
    func objectiveBound(_ c: Interval, variable: Int, _ bound: SubmodelBound) throws -> Double {
        if c.isPoint { return c.lower }
        let s = sign(of: variable)
        guard s != 0 else { throw IntervalLPError.signUnknown(variable: variables[variable].name, place: "the objective") }
        let favourableSide: Interval.Side = direction * Double(s) > 0 ? .upper : .lower
        return c.bound(bound == .favourable ? favourableSide : favourableSide.opposite)
    }

    /// The sign rule for a row coefficient: the relaxed bound makes `a · x` smallest in a ≤ row and
    /// largest in a ≥ row (given the variable's sign); the tight bound is the other one.
    func rowCoefficientBound(_ a: Interval, variable: Int, row: Row, _ bound: SubmodelBound) throws -> Double {
        if a.isPoint { return a.lower }
        let s = sign(of: variable)
        guard s != 0 else { throw IntervalLPError.signUnknown(variable: variables[variable].name, place: "row \(row.name)") }
        let wantSmall = row.relation == .lessEqual
        let relaxedSide: Interval.Side = (wantSmall == (s > 0)) ? .lower : .upper
        return a.bound(bound == .favourable ? relaxedSide : relaxedSide.opposite)
    }

    /// The right-hand side: relaxed is b⁺ for ≤ and b⁻ for ≥.
    func rhsBound(_ row: Row, _ bound: SubmodelBound) -> Double {
        if row.rhs.isPoint { return row.rhs.lower }
        let relaxed: Interval.Side = row.relation == .lessEqual ? .upper : .lower
        return row.rhs.bound(bound == .favourable ? relaxed : relaxed.opposite)
    }

    /// The deterministic submodel at the given bound, with optional linking rows.
    ///
    /// Sign rules (for any interval LP whose variables carrying interval coefficients have a known sign):
    /// - objective coefficient c±: favourable = the bound maximizing direction·c·x (c⁺ for x ≥ 0 in a max problem);
    /// - a ≤ row: favourable (relaxed) takes the coefficient bound minimizing a·x (a⁻ for x ≥ 0) and b⁺;
    /// - a ≥ row: favourable takes the bound maximizing a·x (a⁺ for x ≥ 0) and b⁻;
    /// - variable bounds: favourable [l⁻, u⁺]; unfavourable [l⁺, u⁻];
    /// - the unfavourable submodel takes the opposite bound everywhere.
    /// For inequality rows the favourable submodel's feasible set contains that of every parameter choice in
    /// the box, and its objective dominates theirs, so its optimum is the best case over the box (attained at a
    /// vertex); the unfavourable submodel is likewise the worst case.
    /// - Parameters:
    ///   - bound: which submodel.
    ///   - links: extra rows `x (≤,≥,=) value` added after the problem's rows.
    ///   - elastic: instead of the objective, minimize the total violation of every row (each row gets
    ///     slack columns `elp.<row>`, `eln.<row>`); used to name the rows behind an infeasibility.
    /// - Throws: ``IntervalLPError`` when a variable's sign is unknown or its tight bounds cross.
    public func submodel(_ bound: SubmodelBound, links: [LinkRow] = [], elastic: Bool = false) throws -> Model {
        try checkObjective()
        for link in links where link.variable < 0 || link.variable >= variables.count {
            throw IntervalLPError.unknownVariable(link.variable, row: link.name)
        }
        var model = Model(name: "\(name).\(bound.rawValue)\(elastic ? ".elastic" : "")")
        var columns: [Variable] = []
        columns.reserveCapacity(variables.count)
        for v in variables {
            let lower = bound == .favourable ? v.lower.lower : v.lower.upper
            let upper = bound == .favourable ? v.upper.upper : v.upper.lower
            guard lower <= upper else { throw IntervalLPError.invalidBounds(v.name, lower: v.lower, upper: v.upper) }
            columns.append(try model.addVariable(v.name, lower: lower, upper: upper))
        }
        var slack = LinearExpression()
        func add(_ rowName: String, _ expression: LinearExpression, _ relation: Relation, _ rhs: Double) throws {
            var e = expression
            if elastic {
                let plus = try model.addVariable("elp.\(rowName)")
                let minus = try model.addVariable("eln.\(rowName)")
                e.add(plus, 1)
                e.add(minus, -1)
                slack.add(plus)
                slack.add(minus)
            }
            switch relation {
            case .lessEqual: try model.addConstraint(rowName, e <= rhs)
            case .greaterEqual: try model.addConstraint(rowName, e >= rhs)
            case .equal: try model.addConstraint(rowName, e == rhs)
            }
        }
        for row in rows {
            var e = LinearExpression()
            for term in row.expression.merged() {
                e.add(columns[term.variable], try rowCoefficientBound(term.coefficient, variable: term.variable, row: row, bound))
            }
            try add(row.name, e, row.relation, rhsBound(row, bound))
        }
        for link in links { try add(link.name, columns[link.variable].expression, link.relation, link.value) }
        if elastic {
            try model.setObjective(.minimize, slack)
        } else {
            var objective = LinearExpression()
            for term in self.objective.merged() {
                objective.add(columns[term.variable], try objectiveBound(term.coefficient, variable: term.variable, bound))
            }
            let k = self.objective.constant
            let favourableConstant = direction > 0 ? k.upper : k.lower
            objective.constant = bound == .favourable ? favourableConstant : (direction > 0 ? k.lower : k.upper)
            try model.setObjective(sense, objective)
        }
        return model
    }
}
