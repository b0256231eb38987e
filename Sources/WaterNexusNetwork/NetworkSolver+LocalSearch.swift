extension NetworkSolver {
    /// Pattern search on the incumbent's concentrations: move one outlet concentration at a time up or down
    /// (by 20 %, then 5 % of its range), solve the problem in flows, keep verified improvements.
    mutating func localSearch(budget: Double) throws {
        guard var incumbent = best else { return }
        let deadline = elapsed + budget
        var current = clipped(incumbent.evaluation.concentrations)
        for step in [0.2, 0.05] {
            var improved = true
            while improved && elapsed < deadline {
                improved = false
                for id in graph.variableQualityNodes where incumbent.evaluation.throughput[id] > 1e-9 {
                    for c in network.contaminants.indices {
                        let range = bounds.concentrationUpper[id][c] - bounds.concentrationLower[id][c]
                        guard range > 1e-9 else { continue }
                        for direction in [-1.0, 1.0] {
                            guard elapsed < deadline else { return }
                            var trial = current
                            trial[id][c] += direction * step * range
                            trial = clipped(trial)
                            guard trial != current, let (value, design, evaluation) = try solveFixed(trial) else { continue }
                            if value < incumbent.value - 1e-9 * max(abs(incumbent.value), 1) {
                                incumbent = (value, design, evaluation)
                                best = incumbent
                                current = trial
                                improved = true
                            }
                        }
                    }
                }
            }
        }
    }
}
