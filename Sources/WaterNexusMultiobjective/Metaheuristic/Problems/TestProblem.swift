/// A standard test problem with a known Pareto front: box bounds, objectives (minimized) and a
/// sampler of the true front.
public struct TestProblem: MultiObjectiveFunctionProblem {
    /// Short name, e.g. `zdt1`.
    public let name: String
    public let lowerBounds: [Double]
    public let upperBounds: [Double]
    public let objectiveCount: Int
    /// The exact hypervolume of the true front with reference point (1, …, 1), when known analytically.
    public let unitReferenceHypervolume: Double?
    private let objectives: @Sendable ([Double]) -> [Double]
    private let frontSampler: @Sendable (Int) -> [[Double]]

    init(
        name: String, dimension: Int, objectiveCount: Int, unitReferenceHypervolume: Double?,
        objectives: @escaping @Sendable ([Double]) -> [Double],
        front: @escaping @Sendable (Int) -> [[Double]]
    ) {
        self.name = name
        lowerBounds = Array(repeating: 0, count: dimension)
        upperBounds = Array(repeating: 1, count: dimension)
        self.objectiveCount = objectiveCount
        self.unitReferenceHypervolume = unitReferenceHypervolume
        self.objectives = objectives
        frontSampler = front
    }

    public func evaluate(_ x: [Double]) -> ProblemEvaluation { ProblemEvaluation(objectives: objectives(x)) }

    /// About `count` points on the true Pareto front (nondominated, in a deterministic order).
    public func trueFront(points count: Int) -> [[Double]] { frontSampler(max(2, count)) }

    /// The built-in problems by name: `zdt1`, `zdt2`, `zdt3`, `dtlz1`, `dtlz2` (3 objectives).
    public static func named(_ name: String) -> TestProblem? {
        switch name.lowercased() {
        case "zdt1": zdt1()
        case "zdt2": zdt2()
        case "zdt3": zdt3()
        case "dtlz1": dtlz1()
        case "dtlz2": dtlz2()
        default: nil
        }
    }

    /// Names accepted by ``named(_:)``.
    public static let names = ["zdt1", "zdt2", "zdt3", "dtlz1", "dtlz2"]
}
