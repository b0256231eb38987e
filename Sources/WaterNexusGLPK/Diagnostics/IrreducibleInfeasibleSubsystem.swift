import WaterNexusModel

/// An irreducible infeasible subsystem (IIS): rows and variable bounds that together admit no
/// solution, while dropping any one of them leaves a feasible system.
public struct IrreducibleInfeasibleSubsystem: Sendable, Equatable {
    /// A variable bound that belongs to the subsystem.
    public struct BoundMember: Sendable, Hashable {
        public enum Side: String, Sendable { case lower, upper }
        public var variable: Variable
        public var side: Side

        /// The `side` bound of `variable`.
        public init(variable: Variable, side: Side) {
            self.variable = variable
            self.side = side
        }
    }

    /// The rows of the subsystem, in row order.
    public var constraints: [Constraint]
    /// The variable bounds of the subsystem, in column order (lower before upper).
    public var bounds: [BoundMember]

    /// Human-readable lines, e.g. `row cap: x + y <= 4` and `bound x <= 2`.
    public func describe(in model: Model) -> [String] {
        constraints.map { "row " + model.text(of: $0) } + bounds.map { member in
            let (lower, upper) = model.bounds(of: member.variable)
            let relation = member.side == .lower ? ">= \(lower)" : "<= \(upper)"
            return "bound \(model.name(of: member.variable)) \(relation)"
        }
    }
}

/// Finds why a model is infeasible (Chinneck's elastic filter followed by the deletion filter).
public enum InfeasibilityDiagnosis {
    /// An IIS of `model`, or nil when the model (its LP relaxation if `relaxIntegrality`) is feasible.
    ///
    /// The elastic filter solves `min Σ elastic` with an elastic pair on each row, enforcing rows whose
    /// elastics are used until the system turns infeasible; the rows enforced then contain an IIS. The
    /// deletion filter drops each candidate row and each finite bound of the variables in them in turn,
    /// keeping it out when the rest stays infeasible. Integrality is kept unless `relaxIntegrality`
    /// (then the IIS is one of the LP relaxation).
    /// - Complexity: one LP per elastic round plus one solve per candidate member.
    public static func irreducibleSubsystem(
        of model: Model, relaxIntegrality: Bool = false, options: SolverOptions = SolverOptions()
    ) throws -> IrreducibleInfeasibleSubsystem? {
        var solveOptions = options
        solveOptions.relaxIntegrality = relaxIntegrality
        solveOptions.ranging = false
        solveOptions.exact = false
        guard try isInfeasible(model, solveOptions) else { return nil }
        let candidates = try elasticCandidates(model, solveOptions)
        return try deletionFilter(model, rows: candidates, solveOptions)
    }

    static func isInfeasible(_ model: Model, _ options: SolverOptions) throws -> Bool {
        var feasibility = model
        try feasibility.setObjective(.minimize, LinearExpression())
        let status = try GLPKSolver.solve(feasibility, options: options).status
        switch status {
        case .infeasible: return true
        case .optimal, .feasible: return false
        default:
            throw GLPKError(operation: "diagnosing infeasibility", message: "a feasibility solve ended \(status.rawValue)")
        }
    }

    /// Rows that the elastic filter enforced; they hold an IIS. Falls back to every row when the
    /// elastic program cannot isolate one (e.g. the conflict lies in bounds and integrality alone).
    static func elasticCandidates(_ model: Model, _ options: SolverOptions) throws -> [Constraint] {
        var enforced = Set<Int>()
        var lpOptions = options
        lpOptions.relaxIntegrality = true
        while true {
            var elastic = model
            var penalty = LinearExpression()
            var pairs: [(Int, Variable, Variable)] = []
            for row in 0..<model.constraintCount where !enforced.contains(row) {
                let below = try elastic.addVariable(nil)
                let above = try elastic.addVariable(nil)
                let c = Constraint(index: row)
                try elastic.setCoefficient(of: below, in: c, to: 1)
                try elastic.setCoefficient(of: above, in: c, to: -1)
                penalty += below
                penalty += above
                pairs.append((row, below, above))
            }
            try elastic.setObjective(.minimize, penalty)
            let solution = try GLPKSolver.solve(elastic, options: lpOptions)
            if solution.status == .infeasible { break }
            guard solution.status == .optimal else { return model.constraints }
            let used = pairs.filter { solution.value($0.1) > 1e-9 || solution.value($0.2) > 1e-9 }.map(\.0)
            if used.isEmpty { return model.constraints } // LP relaxation feasible: integrality is involved
            enforced.formUnion(used)
        }
        return enforced.sorted().map(Constraint.init(index:))
    }

    static func deletionFilter(
        _ model: Model, rows: [Constraint], _ options: SolverOptions
    ) throws -> IrreducibleInfeasibleSubsystem {
        // The candidate system: candidate rows only, bounds of the variables they touch.
        var system = model
        let keep = Set(rows.map(\.index))
        for row in (0..<model.constraintCount).reversed() where !keep.contains(row) {
            try system.removeConstraint(Constraint(index: row))
        }
        var touched = Set<Int>()
        for row in system.constraints { touched.formUnion(system.expression(of: row).indices) }
        guard try isInfeasible(system, options) else {
            return try deletionFilterWithoutShrinking(model, options)
        }
        var memberRows: [Constraint] = []
        for (position, original) in rows.enumerated() {
            let row = Constraint(index: position)
            let saved = system.bounds(of: row)
            try system.setBounds(of: row, lower: -.infinity, upper: .infinity)
            if try !isInfeasible(system, options) {
                try system.setBounds(of: row, lower: saved.lower, upper: saved.upper)
                memberRows.append(original)
            }
        }
        var memberBounds: [IrreducibleInfeasibleSubsystem.BoundMember] = []
        for column in touched.sorted() {
            let variable = Variable(index: column)
            for side in [IrreducibleInfeasibleSubsystem.BoundMember.Side.lower, .upper] {
                let (lower, upper) = system.bounds(of: variable)
                let value = side == .lower ? lower : upper
                guard value.isFinite else { continue }
                try system.setBounds(of: variable, lower: side == .lower ? -.infinity : lower,
                                     upper: side == .upper ? .infinity : upper)
                if try !isInfeasible(system, options) {
                    try system.setBounds(of: variable, lower: lower, upper: upper)
                    memberBounds.append(.init(variable: variable, side: side))
                }
            }
        }
        return IrreducibleInfeasibleSubsystem(constraints: memberRows, bounds: memberBounds)
    }

    /// The deletion filter over every row of the model (used when the elastic candidates do not suffice).
    static func deletionFilterWithoutShrinking(_ model: Model, _ options: SolverOptions) throws -> IrreducibleInfeasibleSubsystem {
        try deletionFilter(model, rows: model.constraints, options)
    }
}
