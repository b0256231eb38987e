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
    /// MORIME once per seed (`progress` is called at every hypervolume checkpoint; `persistence` saves,
    /// stops and resumes the runs).
    /// - Throws: ``InputError`` for an unknown scenario or rate, solver and MORIME errors.
    public init(_ allocationCase: AllocationCase, scenario: String? = nil, rate: String,
                method: FrontMethod = .augmecon2, points: Int, options: MORIMEOptions, seeds: [UInt64],
                solver: some LinearSolver = GLPKSolver(), persistence: FrontComparison.Persistence? = nil,
                progress: ((FrontComparison.Progress) -> Void)? = nil) throws {
        let (scenario, study, problem, ideal) = try Self.instance(allocationCase, scenario: scenario, rate: rate, method: method,
                                                                  points: points, solver: solver)
        self.study = study
        self.scenario = scenario
        self.rate = rate
        let run = study.runs[0].run
        let choice = allocationCase.choice.map { RegretChoice(beta: $0.beta.map(\.value), gamma: $0.gamma.value) }
        report = try ModelFrontComparison.compare(problem, exactFront: run.front, payoffIdeal: ideal, choice: choice,
                                                  options: options, seeds: seeds,
                                                  persistence: persistence, progress: progress)
    }

    /// The instance of `rate` under `scenario` (default: the case's first): its study (exact front), the
    /// multiobjective problem and the payoff-table ideal.
    static func instance(_ allocationCase: AllocationCase, scenario: String?, rate: String, method: FrontMethod, points: Int,
                         solver: some LinearSolver = GLPKSolver()) throws
        -> (scenario: String?, study: AllocationStudy, problem: MultiObjectiveProblem, ideal: [Double]) {
        let scenario = scenario ?? (allocationCase.scenarioIDs.first ?? nil)
        let study = try AllocationStudy(allocationCase, method: method, points: points, scenarios: [scenario], rates: [rate], solver: solver)
        let problem = study.runs[0].run.problem.multiObjectiveProblem
        return (scenario, study, problem, try ExactFront.payoffTable(problem, solver: solver).ideal)
    }

    /// The instance as MORIME searches and measures it, for another optimizer to read (``ExportedProblem``).
    public static func exportedProblem(_ allocationCase: AllocationCase, scenario: String? = nil, rate: String,
                                       method: FrontMethod = .augmecon2, points: Int) throws -> ExportedProblem {
        let (_, study, problem, ideal) = try instance(allocationCase, scenario: scenario, rate: rate, method: method, points: points)
        let measure = try ModelFrontComparison.Measure(problem, exactFront: study.runs[0].run.front, payoffIdeal: ideal)
        return ExportedProblem(problem, adapter: try ModelFrontComparison.functionProblem(problem), measure: measure)
    }
}
