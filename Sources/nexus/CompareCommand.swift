import WaterNexusInput
import ArgumentParser
import Foundation
import WaterNexusAllocation
import WaterNexusMultiobjective
import WaterNexusReports

/// `nexus compare`: MORIME against a reference front, over several seeds: the exact front of an
/// allocation or network model file (`nexus compare MODEL`) or the true front of a built-in test problem
/// (`nexus compare --problem zdt1`).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare MORIME with an exact front: an allocation or network model's (GLPK) or a test problem's (hypervolume, IGD, IGD+, GD, spacing, ε, coverage).",
        discussion: """
            MODEL (an allocation model file, e.g. Models/yiwu.yaml): the exact front of one scenario and rate is computed \
            with GLPK exactly as `nexus demo` does (AUGMECON2, --points grid); MORIME runs on the same model (same rows \
            and objective expressions, all minimized). Objectives are normalized by the payoff-table ideal and the exact \
            nadir (worst over the nondominated extreme points); the hypervolume reference point is (1.1, …, 1.1) in \
            normalized units and the reference hypervolume that of the continuous exact front (which no feasible point \
            set exceeds); IGD, IGD+, GD, ε and coverage are measured against the exact grid points. Gaps are MORIME's \
            best value minus the LP optimum in stated units; the case's regret rule (same β, γ) chooses a plan on both \
            fronts. Files (--out): summary, choice and front CSVs, overlay SVGs, the JSON report.

            MODEL (a network model file, e.g. Models/network/steel_park.yaml; recognized by its top-level \
            'contaminants:' key, an allocation model by 'users:'): the ε-constraint cost–carbon front of --points points, \
            every point solved by GLPK to global optimality within --gap or until --time-limit (as `nexus network \
            --pareto`; each point's status, lower bound and gap say which); MORIME searches \
            arc flows and technology choices, every design re-evaluated like the exact ones. Objectives (cost, \
            emissions) are normalized by the ideal and nadir of the exact designs (the front's points and the \
            minimum-emissions design), the reference point is (1.1, 1.1), and the reference hypervolume is theirs. Gaps are MORIME's best minus GLPK's best design, shown beside \
            that design's certified gap; any MORIME point below a certified lower bound is reported (there should be none; \
            the exit status is then 3). \
            Files (--out): summary, exact and MORIME front CSVs, overlay and convergence SVGs, the JSON report.

            --problem: objectives are minimized; the hypervolume reference point is (1, …, 1) without normalization, and \
            the reference hypervolume is the analytic value when known (ZDT1 2/3, ZDT2 1/3, DTLZ1 1 − 1/48, \
            DTLZ2 1 − π/6).

            Seeds are S, S+1, …, S+R−1.
            """)

    @Argument(help: "An allocation or network model file (YAML); omit it to use --problem.")
    var model: String?

    @Option(help: "Test problem (without MODEL): \(TestProblem.names.joined(separator: ", ")) (default zdt1).")
    var problem: String?

    @Option(help: "Guaranteed rate label (with MODEL; default: the first rate in the file).")
    var rate: String?

    @Option(help: "Scenario id (with MODEL; default: the first scenario in the file).")
    var scenario: String?

    @Option(help: "AUGMECON2 grid intervals (allocation MODEL; the demo's default) or ε-constraint points (network MODEL, at least 2) of the exact front.")
    var points: Int = 10

    @Option(help: "Relative optimality gap of every exact solve (network MODEL; default 0.001).")
    var gap: Double?

    @Option(name: .customLong("time-limit"), help: "Time limit in seconds of every exact solve (network MODEL; default 60).")
    var timeLimit: Double?

    @Option(name: .customLong("repair-sweeps"), help: "Flow-balance repair sweeps after every MORIME move (network MODEL; 0: no repair; default 100).")
    var repairSweeps: Int?

    @OptionGroup var export: ModelExportOptions

    @OptionGroup var report: HTMLReportOption

    @Option(help: "Evaluation budget per run (iterations = (budget − population) / population; default 25000).")
    var budget: Int?

    @Option(help: "Population size (default 100).")
    var population: Int?

    @Option(help: "Archive size (default 100).")
    var archive: Int?

    @Option(help: "Soft-rime segments w (MORIME's default 2; 5 reproduces the schedule of RIME.m).")
    var segments: Int?

    @Flag(name: .customLong("paper-settings"), help: ArgumentHelp(
        "The Yiwu paper's run (Data/yiwu/morime.csv): population 5000, 100000 iterations, w = 5; archive 5000 (not published; set with --archive), hypervolume checkpoints every 100 iterations. Add --segments 2 for MORIME's default schedule. Use with --checkpoint."))
    var paperSettings = false

    @Option(help: ArgumentHelp(
        "Save the runs' state to this JSON file every --save-every iterations, after every run and on Ctrl-C (SIGINT) or SIGTERM, then stop; if the file exists, continue from it (same settings and seeds). Prints progress with an ETA.",
        valueName: "file"))
    var checkpoint: String?

    @Option(name: .customLong("save-every"), help: "Iterations between saves of --checkpoint.")
    var saveEvery: Int = 100

    @Option(help: "First seed.")
    var seed: UInt64 = 1

    @Option(help: "Number of runs (seeds).")
    var runs: Int = 1

    @Option(help: "Evaluation threads (default: all cores; results do not depend on it).")
    var threads: Int?

    @Option(help: "Points sampled on the true front for IGD, IGD+, GD, ε and coverage.")
    var referencePoints: Int = 1000

    @Option(name: .customLong("export-problem"), help: ArgumentHelp(
        "Write the allocation MODEL's instance as MORIME searches it (variables, search box, rows, minimized objectives, violation and repair settings, normalization, reference point, exact points, continuous hypervolume) to this JSON file and stop, without running MORIME.",
        valueName: "file"))
    var exportProblem: String?

    @Flag(help: "Print the report as JSON instead of a table.")
    var json = false

    @Flag(help: "Draw no progress bar (it is drawn on standard error only when that is a terminal).")
    var quiet = false

    @Option(help: "Directory for comparison.json, summary.csv, one front CSV per run, convergence.svg and (with --problem) fronts.svg.")
    var out: String?

    func validate() throws {
        try report.validate(out: out)
        if model != nil {
            guard problem == nil else { throw ValidationError("give either MODEL or --problem, not both") }
            guard points >= 1 else { throw ValidationError("--points must be at least 1") }
        } else {
            guard rate == nil, scenario == nil, !export.isRequested, exportProblem == nil else {
                throw ValidationError("--rate, --scenario, --export-problem, --write-mps and --write-lp need a MODEL file")
            }
            guard gap == nil, timeLimit == nil, repairSweeps == nil else {
                throw ValidationError("--gap, --time-limit and --repair-sweeps need a network MODEL file")
            }
            if let problem, TestProblem.named(problem) == nil {
                throw ValidationError("--problem \(problem) is unknown; use one of \(TestProblem.names.joined(separator: ", "))")
            }
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        if paperSettings, budget != nil || population != nil {
            throw ValidationError("--paper-settings fixes the population (5000) and the iterations (100000); leave out --budget and --population")
        }
        let options = options
        guard options.populationSize >= 2 else { throw ValidationError("--population must be at least 2") }
        guard options.iterationCount >= 1 else { throw ValidationError("--budget must be at least twice --population") }
        guard options.archiveSize >= 1 else { throw ValidationError("--archive must be at least 1") }
        guard options.segments >= 1 else { throw ValidationError("--segments must be at least 1") }
        guard saveEvery >= 1 else { throw ValidationError("--save-every must be at least 1") }
        if checkpoint != nil, model == nil || exportProblem != nil {
            throw ValidationError("--checkpoint needs an allocation MODEL file (and no --export-problem)")
        }
        guard referencePoints >= 2 else { throw ValidationError("--reference-points must be at least 2") }
        if let gap, !(gap > 0 && gap < 1) { throw ValidationError("--gap must be in (0, 1), got \(gap)") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive, got \(timeLimit)") }
        if let repairSweeps, repairSweeps < 0 { throw ValidationError("--repair-sweeps must be 0 or more, got \(repairSweeps)") }
    }

    /// MORIME's settings: the paper's with --paper-settings, else the defaults, each overridden by its flag.
    var options: MORIMEOptions {
        if paperSettings {
            return MORIMEOptions(populationSize: 5000, stop: .iterations(100_000), archiveSize: archive ?? 5000,
                                 segments: segments ?? 5, threads: threads, progressInterval: 100)
        }
        let population = population ?? 100
        return MORIMEOptions(populationSize: population, stop: .evaluations(budget ?? 25_000), archiveSize: archive ?? 100,
                             segments: segments ?? 2, threads: threads)
    }

    var seeds: [UInt64] { (0..<UInt64(runs)).map { seed &+ $0 } }

    /// The bar over every run's evaluations.
    func progressBar() -> ProgressBar {
        ProgressBar(total: runs * options.evaluationCount, label: "MORIME", quiet: quiet)
    }

    func run() throws {
        if let model {
            switch try ModelFileKind(path: model) {
            case .allocation: return try runModel(model)
            case .network: return try runNetwork(model)
            }
        }
        let testProblem = TestProblem.named(problem ?? "zdt1")!
        let m = testProblem.objectiveCount
        let settings = FrontComparison.Settings(
            reference: testProblem.trueFront(points: referencePoints),
            referencePoint: Array(repeating: 1, count: m),
            normalization: .identity(objectives: m),
            referenceHypervolume: testProblem.unitReferenceHypervolume,
            objectiveOptima: Array(repeating: 0, count: m))
        var bar = progressBar()
        let report = try FrontComparison.compare(problem: testProblem, options: options, seeds: seeds, settings: settings) {
            bar.update(completed: $0.evaluations)
        }
        bar.finish()
        try ResultEmitter.emit(TestProblemComparisonOutput(problem: testProblem, comparison: report),
                               options: .init(folder: out, json: json, html: self.report.html, command: CommandLineText.current))
    }

    /// Writes `text` to `path`, with an error that names it when it fails.
    func write(_ text: String, toFile path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("writing \(path) failed: \(error.localizedDescription); check the path and permissions")
        }
    }
}

extension CompareCommand {
    /// MORIME against the exact front of an allocation model file.
    func runModel(_ path: String) throws {
        guard gap == nil, timeLimit == nil, repairSweeps == nil else {
            throw ValidationError("--gap, --time-limit and --repair-sweeps apply to network models; \(path) is an allocation model")
        }
        let allocationCase = try AllocationCase.load(path: path)
        let rate = rate ?? allocationCase.rates.first?.label ?? ""
        if let exportProblem {
            let problem = try AllocationComparison.exportedProblem(allocationCase, scenario: scenario, rate: rate, points: points)
            try write(ReportJSON.encode(problem), toFile: exportProblem)
            print("Problem written to \(exportProblem) (\(problem.variables.count) variables, \(problem.rows.count) rows, \(problem.objectives.count) objectives)")
            return
        }
        var bar = progressBar()
        let comparison = try withCheckpoint { persistence, report in
            try AllocationComparison(
                allocationCase, scenario: scenario, rate: rate, points: points, options: options, seeds: seeds,
                solver: export.solver(prefix: allocationCase.name), persistence: persistence) { progress in
                bar.update(completed: progress.evaluations)
                report(progress)
            }
        }
        bar.finish()
        try ResultEmitter.emit(AllocationComparisonOutput(comparison),
                               options: .init(folder: out, json: json, html: self.report.html, command: CommandLineText.current))
    }
}
