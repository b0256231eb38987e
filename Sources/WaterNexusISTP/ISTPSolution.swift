import WaterNexusGLPK

/// An ISTP problem solved by the two-step method, with its quantities as intervals.
///
/// Each quantity is evaluated in each submodel (`value(in:)` forms) and reported as the interval of its two
/// values; it is nil when either submodel has no optimal solution. Totals are summed within each submodel
/// first, so a total never exceeds what one submodel delivers.
public struct ISTPSolution: Sendable {
    public var formulation: ISTPFormulation
    public var result: TwoStepResult

    /// Solves `formulation` by the two-step method, every submodel by `solver`.
    public static func solve(_ formulation: ISTPFormulation, order: TwoStepOrder = .optimistic,
                             solver: some LinearSolver = GLPKSolver()) throws -> ISTPSolution {
        ISTPSolution(formulation: formulation, result: try TwoStepSolver.solve(formulation.lp, order: order, solver: solver))
    }

    /// The solved problem.
    public var problem: ISTPProblem { formulation.problem }
    var index: ISTPIndex { formulation.index }

    /// f± = [f⁻, f⁺].
    public var netBenefit: Interval? { result.objective }

    /// The interval of a quantity's values in the two submodels.
    public func interval(_ value: (SubmodelBound) -> Double?) -> Interval? {
        guard let a = value(.favourable), let b = value(.unfavourable) else { return nil }
        return Interval(a, b)
    }

    /// The interval of a sum over users, summed within each submodel.
    public func total(_ value: (Int, SubmodelBound) -> Double?) -> Interval? {
        interval { b in
            var sum = 0.0
            for u in problem.users.indices {
                guard let v = value(u, b) else { return nil }
                sum += v
            }
            return sum
        }
    }

    func x(_ j: Int, _ bound: SubmodelBound) -> Double? { result.value(of: j, in: bound) }

    /// z_opt in one submodel.
    public func z(_ u: Int, _ t: Int, in b: SubmodelBound) -> Double? { x(index.z[u][t], b) }
    /// Surface-water target W = W⁻ + ΔW z_opt in one submodel.
    public func target(_ u: Int, _ t: Int, in b: SubmodelBound) -> Double? {
        let d = problem.data[u][t].target
        return z(u, t, in: b).map { d.lower + d.width * $0 }
    }
    /// Surface-water shortage at level h in one submodel.
    public func shortage(_ u: Int, _ t: Int, _ h: Int, in b: SubmodelBound) -> Double? { x(index.shortage[u][t][h], b) }
    /// Surface water used, W − S, in one submodel.
    public func surfaceUse(_ u: Int, _ t: Int, _ h: Int, in b: SubmodelBound) -> Double? {
        guard let w = target(u, t, in: b), let s = shortage(u, t, h, in: b) else { return nil }
        return w - s
    }
    /// Allocation from deterministic source `s` in one submodel.
    public func allocation(_ s: Int, _ u: Int, _ t: Int, in b: SubmodelBound) -> Double? { x(index.allocation[s][u][t], b) }
    /// Delivered water A = W − S + Σ sources in one submodel.
    public func delivered(_ u: Int, _ t: Int, _ h: Int, in b: SubmodelBound) -> Double? {
        guard var total = surfaceUse(u, t, h, in: b) else { return nil }
        for s in problem.sources.indices {
            guard let v = allocation(s, u, t, in: b) else { return nil }
            total += v
        }
        return total
    }
    /// Traditional risk R = REQ − A in one submodel, with REQ at the bound that submodel gives the
    /// over-allocation row A ≤ (1 − ξ) REQ (REQ⁺ favourable, REQ⁻ unfavourable).
    public func risk(_ u: Int, _ t: Int, _ h: Int, in b: SubmodelBound) -> Double? {
        let req = problem.data[u][t].requirement.bound(b == .favourable ? .upper : .lower)
        return delivered(u, t, h, in: b).map { req - $0 }
    }
    /// Energy used by user u in one submodel, with that submodel's intensities (lower bounds in the
    /// favourable submodel, upper in the unfavourable one).
    public func energy(_ u: Int, _ t: Int, _ h: Int, in b: SubmodelBound) -> Double? {
        let side: Interval.Side = b == .favourable ? .lower : .upper
        guard let surface = surfaceUse(u, t, h, in: b), let a = delivered(u, t, h, in: b) else { return nil }
        var total = problem.surfaceEnergy[t].bound(side) * surface
        for (s, source) in problem.sources.enumerated() {
            guard let v = allocation(s, u, t, in: b) else { return nil }
            total += source.energy[t].bound(side) * v
        }
        return total + (problem.wastewaterEnergy[t] * problem.data[u][t].wastewater).bound(side) * a
    }

    public func z(_ u: Int, _ t: Int) -> Interval? { interval { z(u, t, in: $0) } }
    public func target(_ u: Int, _ t: Int) -> Interval? { interval { target(u, t, in: $0) } }
    public func shortage(_ u: Int, _ t: Int, _ h: Int) -> Interval? { interval { shortage(u, t, h, in: $0) } }
    public func surfaceUse(_ u: Int, _ t: Int, _ h: Int) -> Interval? { interval { surfaceUse(u, t, h, in: $0) } }
    public func allocation(_ s: Int, _ u: Int, _ t: Int) -> Interval? { interval { allocation(s, u, t, in: $0) } }
    public func delivered(_ u: Int, _ t: Int, _ h: Int) -> Interval? { interval { delivered(u, t, h, in: $0) } }
    public func risk(_ u: Int, _ t: Int, _ h: Int) -> Interval? { interval { risk(u, t, h, in: $0) } }
    /// Total energy in period t at level h.
    public func energy(_ t: Int, _ h: Int) -> Interval? { total { u, b in energy(u, t, h, in: b) } }

    /// Σ over periods and users of a deterministic source's allocation, per submodel.
    public func sourceTotal(_ source: Int) -> Interval? {
        total { u, b in periodSum(source: source, user: u, in: b) }
    }
}
