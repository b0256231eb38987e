import WaterNexusGLPK
import WaterNexusModel

extension ExactFront {
    /// The exact nadir point of a multiobjective LP with 1 to 3 objectives: each objective's worst value
    /// over the nondominated extreme points (own senses).
    ///
    /// The nondominated set of an MOLP with bounded objectives is a union of bounded faces; a linear
    /// function's worst value on a face is attained at one of its vertices, and every nondominated vertex
    /// is an extreme point of the upper image, so ``extremePoints(_:solver:)`` holds it. (The payoff
    /// table's nadir is only an estimate with 3 or more objectives.)
    /// - Throws: ``ExactFrontError/invalidProblem(_:)`` for a MILP (make its variables continuous to ask
    ///   for its relaxation's nadir) or more than 3 objectives.
    public static func exactNadir(_ p: MultiObjectiveProblem, solver: some LinearSolver = GLPKSolver()) throws -> [Double] {
        guard !p.model.isMIP else {
            throw ExactFrontError.invalidProblem("exactNadir needs an LP; a MILP's nadir may lie at an unsupported point")
        }
        let points = try extremePoints(p, solver: solver)
        return p.objectives.indices.map { k in
            let column = points.map { $0.objectives[k] }
            return p.objectives[k].sense == .minimize ? column.max()! : column.min()!
        }
    }
}
