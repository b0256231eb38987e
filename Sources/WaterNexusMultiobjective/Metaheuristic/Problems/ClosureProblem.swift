/// A ``MultiObjectiveFunctionProblem`` given by plain Swift closures.
public struct ClosureProblem: MultiObjectiveFunctionProblem {
    public let lowerBounds: [Double]
    public let upperBounds: [Double]
    public let objectiveCount: Int
    private let objectives: @Sendable ([Double]) -> [Double]
    private let violation: @Sendable ([Double]) -> Double
    private let repairStep: (@Sendable (inout [Double]) -> Void)?

    /// A problem from its bounds, an objective function returning `objectiveCount` minimized values,
    /// an optional violation function (default: always feasible) and an optional repair step.
    public init(
        lowerBounds: [Double],
        upperBounds: [Double],
        objectiveCount: Int,
        objectives: @escaping @Sendable ([Double]) -> [Double],
        violation: @escaping @Sendable ([Double]) -> Double = { _ in 0 },
        repair: (@Sendable (inout [Double]) -> Void)? = nil
    ) {
        self.lowerBounds = lowerBounds
        self.upperBounds = upperBounds
        self.objectiveCount = objectiveCount
        self.objectives = objectives
        self.violation = violation
        self.repairStep = repair
    }

    public func evaluate(_ x: [Double]) -> ProblemEvaluation {
        ProblemEvaluation(objectives: objectives(x), violation: max(0, violation(x)))
    }

    public func repair(_ x: inout [Double]) { repairStep?(&x) }
}
