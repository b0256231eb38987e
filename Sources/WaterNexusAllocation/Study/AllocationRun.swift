import WaterNexusGLPK
import WaterNexusModel
import WaterNexusMultiobjective

/// The exact front of one (scenario, rate) instance, its regret choice, and the original plan evaluated
/// with the same coefficients.
public struct AllocationRun: Sendable {
    /// The built problem.
    public var problem: AllocationProblem
    /// The nondominated points (objectives and column values).
    public var front: [ParetoPoint]
    /// The index of the chosen point in ``front`` and its regret.
    public var chosen: (index: Int, regret: Double)?
    /// The original plan's flows (per-user split assumed, see ``AllocationProblem/flows(fromSourceTotals:)``) and objectives.
    public var original: (flows: [[Double]], objectives: [Double])?

    /// Builds and solves one instance.
    /// - Parameters:
    ///   - instance: the case at one scenario and rate.
    ///   - method: how the front is sampled.
    ///   - points: the grid size of the front method (see ``FrontMethod/front(_:points:solver:)``).
    ///   - choice: the regret rule (nil: no choice).
    ///   - originalTotals: the original plan's source totals at this rate (nil: none).
    ///   - solver: solves every model (GLPK by default).
    public init(instance: AllocationInstance, method: FrontMethod = .augmecon2, points: Int = 20,
                choice: RegretChoice?, originalTotals: [Double]?, solver: some LinearSolver = GLPKSolver()) throws {
        problem = try AllocationProblem(instance)
        let mo = problem.multiObjectiveProblem
        front = try method.front(mo, points: points, solver: solver)
        chosen = try choice.map { try $0.choose(front, senses: mo.senses) }
        original = originalTotals.map { totals in
            let flows = problem.flows(fromSourceTotals: totals)
            return (flows, problem.objectiveValues(at: problem.columnValues(flows: flows)))
        }
    }

    /// The chosen point, if any.
    public var chosenPoint: ParetoPoint? { chosen.map { front[$0.index] } }

    /// A front point that weakly dominates `objectives` (all minimized) within `tolerance`, if any.
    public func dominatingPoint(of objectives: [Double], tolerance: Double = 1e-6) -> ParetoPoint? {
        front.first { p in zip(p.objectives, objectives).allSatisfy { $0 <= $1 + tolerance } }
    }
}
