import WaterNexusGLPK
import WaterNexusModel

/// Best-case and worst-case optima of an interval LP, the alternatives to the two-step interval.
///
/// ``caseBounds(solver:)`` solves the favourable and unfavourable submodels with every variable free:
/// for inequality rows and sign-known variables these are exactly the best and the worst optimum over all
/// parameter choices in the interval box (each is itself a vertex of the box, and its feasible set contains,
/// resp. is contained in, every other choice's). ``vertexBounds(maxVertices:solver:)`` checks this by
/// brute force on small problems: it solves the LP at every vertex of the box.
extension IntervalLP {
    /// The best-case and worst-case optima, as (best, worst) solutions.
    public func caseBounds(solver: some LinearSolver = GLPKSolver()) throws -> (best: Solution, worst: Solution) {
        (try solver.solve(submodel(.favourable), limits: SolveLimits(), label: SubmodelBound.favourable.rawValue),
         try solver.solve(submodel(.unfavourable), limits: SolveLimits(), label: SubmodelBound.unfavourable.rawValue))
    }

    /// The range of optimal values over every vertex of the interval box (every combination of bounds
    /// of every interval parameter); vertices with no optimum are counted in `nonOptimal`.
    /// - Throws: ``IntervalLPError`` when the box has more than `maxVertices` vertices.
    /// - Complexity: 2^(interval parameters) LP solves.
    public func vertexBounds(
        maxVertices: Int = 4096, solver: some LinearSolver = GLPKSolver()
    ) throws -> (range: Interval?, vertices: Int, nonOptimal: Int) {
        try checkObjective()
        let k = intervalParameterCount
        guard k < 62, 1 << k <= maxVertices else { throw IntervalLPError.tooManyVertices(parameters: k, limit: maxVertices) }
        var best = -Double.infinity, worst = Double.infinity, nonOptimal = 0
        for mask in 0..<(1 << k) {
            guard let model = try vertex(mask) else { nonOptimal += 1; continue }
            let solution = try solver.solve(model, limits: SolveLimits(), label: "vertex\(mask)")
            guard solution.status == .optimal, let f = solution.objective else { nonOptimal += 1; continue }
            best = Swift.max(best, f)
            worst = Swift.min(worst, f)
        }
        let range = best >= worst ? Interval(worst, best) : nil
        return (range, 1 << k, nonOptimal)
    }

    /// The point problem at one vertex: bit n of `mask` picks the upper bound of the n-th interval parameter
    /// (objective, then rows, then variable bounds); nil when the vertex's variable bounds cross.
    func vertex(_ mask: Int) throws -> Model? {
        var bit = 0
        func pick(_ a: Interval) -> Double {
            if a.isPoint { return a.lower }
            defer { bit += 1 }
            return (mask >> bit) & 1 == 1 ? a.upper : a.lower
        }
        let objectiveTerms = objective.merged().map { ($0.variable, pick($0.coefficient)) }
        let objectiveConstant = pick(objective.constant)
        let rowTerms = rows.map { row in (row.expression.merged().map { ($0.variable, pick($0.coefficient)) }, pick(row.rhs)) }
        var model = Model(name: "\(name).vertex\(mask)")
        var columns: [Variable] = []
        for v in variables {
            let lower = pick(v.lower), upper = pick(v.upper)
            guard lower <= upper else { return nil }
            columns.append(try model.addVariable(v.name, lower: lower, upper: upper))
        }
        for (row, (terms, rhs)) in zip(rows, rowTerms) {
            var e = LinearExpression()
            for (j, a) in terms { e.add(columns[j], a) }
            switch row.relation {
            case .lessEqual: try model.addConstraint(row.name, e <= rhs)
            case .greaterEqual: try model.addConstraint(row.name, e >= rhs)
            case .equal: try model.addConstraint(row.name, e == rhs)
            }
        }
        var e = LinearExpression(constant: objectiveConstant)
        for (j, c) in objectiveTerms { e.add(columns[j], c) }
        try model.setObjective(sense, e)
        return model
    }
}
