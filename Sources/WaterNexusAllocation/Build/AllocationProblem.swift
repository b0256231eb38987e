import WaterNexusModel

/// The linear model of an allocation instance and its objectives (all minimized).
///
/// Variables x(i,j) ≥ 0 for every allowed connection; rows `avail(i)`: Σ_j x_ij ≤ A_i,
/// `demand(j)`: Σ_i x_ij ≤ d_j, `cap(i,j)`: x_ij ≤ s_ij d_j for capped (recycled) deliveries.
public struct AllocationProblem: Sendable {
    /// The instance the problem was built from.
    public var instance: AllocationInstance
    /// The feasible set (its own objective is unused).
    public var model: Model
    /// flows[i][j]: the variable x_ij, or nil when source i cannot supply user j.
    public var flows: [[Variable?]]
    /// The objective expressions, in the instance's objective order (constants included).
    public var objectiveExpressions: [LinearExpression]

    /// Builds the model and objectives of `instance`.
    /// - Throws: `ModelError` only if the instance holds non-finite numbers.
    public init(_ instance: AllocationInstance) throws {
        self.instance = instance
        var model = Model(name: "allocation")
        let sources = instance.sources, users = instance.users
        var flows = Array(repeating: Array(repeating: Variable?.none, count: users.count), count: sources.count)
        for i in sources.indices {
            for j in users.indices where instance.connections[i][j] {
                flows[i][j] = try model.addVariable("x(\(sources[i].id),\(users[j].id))")
            }
        }
        for i in sources.indices {
            try model.addConstraint("avail(\(sources[i].id))", flows[i].compactMap { $0 }.sum() <= instance.availability[i])
        }
        for j in users.indices {
            try model.addConstraint("demand(\(users[j].id))", sources.indices.compactMap { flows[$0][j] }.sum() <= instance.demand[j])
        }
        for i in sources.indices {
            for j in users.indices {
                guard let x = flows[i][j], let cap = instance.shareCaps[i][j] else { continue }
                try model.addConstraint("cap(\(sources[i].id),\(users[j].id))", x <= cap * instance.demand[j])
            }
        }
        self.model = model
        self.flows = flows
        objectiveExpressions = instance.objectives.map { AllocationProblem.expression(for: $0, instance: instance, flows: flows) }
    }

    static func expression(for spec: AllocationObjectiveSpec, instance: AllocationInstance, flows: [[Variable?]]) -> LinearExpression {
        var e = LinearExpression()
        switch spec.kind {
        case .weightedShortage:
            let alpha = instance.shortageWeights(orderBase: spec.orderBase)
            for j in instance.users.indices {
                e += alpha[j] * instance.demand[j]
                for i in instance.sources.indices { if let x = flows[i][j] { e += -alpha[j] * x } }
            }
        case .emissions:
            for i in instance.sources.indices {
                for j in instance.users.indices { if let x = flows[i][j] { e += instance.ghg[i] * x } }
            }
        case .pollutant:
            for j in instance.users.indices {
                for i in instance.sources.indices where !instance.sources[i].isRecycled {
                    if let x = flows[i][j] { e += instance.pollutant[j] * x }
                }
            }
        }
        return e
    }

    /// The column vector of a flow matrix (entries of disallowed connections are ignored).
    public func columnValues(flows matrix: [[Double]]) -> [Double] {
        var x = Array(repeating: 0.0, count: model.variableCount)
        for (i, row) in flows.enumerated() {
            for (j, v) in row.enumerated() { if let v { x[v.index] = matrix[i][j] } }
        }
        return x
    }

    /// The flow matrix x[i][j] of a column vector (0 where no connection).
    public func flowMatrix(_ values: [Double]) -> [[Double]] {
        flows.map { row in row.map { $0.map { values[$0.index] } ?? 0 } }
    }

    /// Σ_j x_ij per source at the column vector.
    public func sourceTotals(_ values: [Double]) -> [Double] {
        flowMatrix(values).map { $0.reduce(0, +) }
    }

    /// The objective values at a column vector, in objective order.
    public func objectiveValues(at values: [Double]) -> [Double] {
        objectiveExpressions.map { $0.value(at: values) }
    }
}
