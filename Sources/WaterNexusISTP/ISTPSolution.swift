import WaterNexusGLPK

/// An ISTP problem solved by the two-step method, with its quantities as intervals.
///
/// Every interval is [min, max] of the quantity's values in the two submodels; it is nil when either
/// submodel has no optimal solution. Risk is reported as REQ± − A± by interval subtraction.
public struct ISTPSolution: Sendable {
    public var formulation: ISTPFormulation
    public var result: TwoStepResult

    /// Solves `formulation` by the two-step method.
    public static func solve(_ formulation: ISTPFormulation, order: TwoStepOrder = .optimistic,
                             options: SolverOptions = SolverOptions()) throws -> ISTPSolution {
        ISTPSolution(formulation: formulation, result: try TwoStepSolver.solve(formulation.lp, order: order, options: options))
    }

    var problem: ISTPProblem { formulation.problem }
    var index: ISTPIndex { formulation.index }

    /// f± = [f⁻, f⁺].
    public var netBenefit: Interval? { result.objective }

    /// The values of an expression in both submodels, as an interval.
    func interval(_ value: (SubmodelBound) -> Double?) -> Interval? {
        guard let a = value(.favourable), let b = value(.unfavourable) else { return nil }
        return Interval(a, b)
    }

    func x(_ j: Int, _ bound: SubmodelBound) -> Double? { result.value(of: j, in: bound) }

    /// z_opt of user u in period t.
    public func z(_ u: Int, _ t: Int) -> Interval? { result.interval(of: index.z[u][t]) }

    /// Surface-water target W = W⁻ + ΔW z_opt.
    public func target(_ u: Int, _ t: Int) -> Interval? {
        let d = problem.data[u][t].target
        return interval { b in x(index.z[u][t], b).map { d.lower + d.width * $0 } }
    }

    /// Surface-water shortage S at level h.
    public func shortage(_ u: Int, _ t: Int, _ h: Int) -> Interval? { result.interval(of: index.shortage[u][t][h]) }

    /// Surface water used W − S at level h.
    public func surfaceUse(_ u: Int, _ t: Int, _ h: Int) -> Interval? {
        let d = problem.data[u][t].target
        return interval { b in
            guard let zv = x(index.z[u][t], b), let s = x(index.shortage[u][t][h], b) else { return nil }
            return d.lower + d.width * zv - s
        }
    }

    /// Allocation from deterministic source s.
    public func allocation(_ s: Int, _ u: Int, _ t: Int) -> Interval? { result.interval(of: index.allocation[s][u][t]) }

    /// Delivered water A = W − S + Σ sources at level h.
    public func delivered(_ u: Int, _ t: Int, _ h: Int) -> Interval? {
        let d = problem.data[u][t].target
        return interval { b in
            guard let zv = x(index.z[u][t], b), let s = x(index.shortage[u][t][h], b) else { return nil }
            var total = d.lower + d.width * zv - s
            for src in problem.sources.indices {
                guard let v = x(index.allocation[src][u][t], b) else { return nil }
                total += v
            }
            return total
        }
    }

    /// Traditional risk R = REQ − A at level h (interval subtraction).
    public func risk(_ u: Int, _ t: Int, _ h: Int) -> Interval? {
        delivered(u, t, h).map { problem.data[u][t].requirement - $0 }
    }

    /// Total energy used in period t at level h: each submodel's flows with that submodel's intensities
    /// (lower intensities in the favourable submodel, upper in the unfavourable one).
    public func energy(_ t: Int, _ h: Int) -> Interval? {
        interval { b in
            let side: Interval.Side = b == .favourable ? .lower : .upper
            var total = 0.0
            for u in problem.users.indices {
                let d = problem.data[u][t].target
                guard let zv = x(index.z[u][t], b), let s = x(index.shortage[u][t][h], b) else { return nil }
                let surface = d.lower + d.width * zv - s
                var delivered = surface
                total += problem.surfaceEnergy[t].bound(side) * surface
                for (src, source) in problem.sources.enumerated() {
                    guard let v = x(index.allocation[src][u][t], b) else { return nil }
                    total += source.energy[t].bound(side) * v
                    delivered += v
                }
                total += (problem.wastewaterEnergy[t] * problem.data[u][t].wastewater).bound(side) * delivered
            }
            return total
        }
    }
}
