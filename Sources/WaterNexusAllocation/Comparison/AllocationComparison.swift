import WaterNexusInput
import WaterNexusGLPK
import WaterNexusMultiobjective

/// MORIME against the exact front of one (scenario, rate) instance of an allocation case.
///
/// The exact front is the study's own (``AllocationStudy`` with the same method and grid, so the same
/// front as `nexus demo` and `nexus pareto`); the regret rule is the case's (same β, γ); MORIME runs on
/// the instance's model through ``LinearModelProblem`` (same rows and objective expressions).
public struct AllocationComparison: Sendable {
    /// The study of the one instance compared (its exact front and regret choice).
    public var study: AllocationStudy
    /// Scenario (nil: the case without scenarios) and rate label.
    public var scenario: String?
    public var rate: String
    /// The measurements.
    public var report: ModelFrontComparison.Report

    /// The run of the instance in ``study``.
    public var run: AllocationRun { study.runs[0].run }

    /// Solves the exact front of `rate` under `scenario` (default: the case's first scenario) and runs
    /// MORIME once per seed (`progress` is called at every hypervolume checkpoint).
    /// - Throws: ``InputError`` for an unknown scenario or rate, solver and MORIME errors.
    public init(_ allocationCase: AllocationCase, scenario: String? = nil, rate: String,
                method: FrontMethod = .augmecon2, points: Int, options: MORIMEOptions, seeds: [UInt64],
                progress: ((FrontComparison.Progress) -> Void)? = nil) throws {
        let scenario = scenario ?? (allocationCase.scenarioIDs.first ?? nil)
        study = try AllocationStudy(allocationCase, method: method, points: points, scenarios: [scenario], rates: [rate])
        self.scenario = scenario
        self.rate = rate
        let run = study.runs[0].run
        let problem = run.problem.multiObjectiveProblem
        let ideal = try ExactFront.payoffTable(problem).ideal
        let choice = allocationCase.choice.map { RegretChoice(beta: $0.beta.map(\.value), gamma: $0.gamma.value) }
        report = try ModelFrontComparison.compare(problem, exactFront: run.front, payoffIdeal: ideal, choice: choice,
                                                  options: options, seeds: seeds, progress: progress)
    }
}
