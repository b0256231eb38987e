import WaterNexusMultiobjective

extension AllocationProblem {
    /// The problem for the exact engine: the model's feasible set and the objectives, all minimized.
    public var multiObjectiveProblem: MultiObjectiveProblem {
        MultiObjectiveProblem(
            model: model,
            objectives: zip(instance.objectives, objectiveExpressions).map {
                ObjectiveFunction(name: $0.0.id, sense: .minimize, expression: $0.1)
            })
    }
}
