import Foundation
import WaterNexusInput
import WaterNexusMultiobjective

/// Every (scenario, rate) run of a case with one front method, and the analyses of Cai et al. (2025):
/// the regret choice per rate, the comparison with the original plan, the preference sweep and the
/// scenario comparison.
public struct AllocationStudy: Sendable {
    /// The case.
    public var allocationCase: AllocationCase
    /// The front method and its size parameter.
    public var method: FrontMethod
    public var points: Int
    /// The runs, scenario-major in file order.
    public var runs: [(scenario: String?, rate: String, run: AllocationRun)]

    /// Solves the case for the given scenarios (default: all, or the case itself) and rates (default: all).
    public init(_ allocationCase: AllocationCase, method: FrontMethod = .augmecon2, points: Int = 20,
                scenarios: [String?]? = nil, rates: [String]? = nil) throws {
        self.allocationCase = allocationCase
        self.method = method
        self.points = points
        let choice = allocationCase.choice.map { RegretChoice(beta: $0.beta.map(\.value), gamma: $0.gamma.value) }
        var runs: [(String?, String, AllocationRun)] = []
        for scenario in scenarios ?? allocationCase.scenarioIDs {
            for rate in rates ?? allocationCase.rates.map(\.label) {
                let instance = try allocationCase.instance(scenario: scenario, rate: rate)
                runs.append((scenario, rate, try AllocationRun(
                    instance: instance, method: method, points: points, choice: choice,
                    originalTotals: allocationCase.originalTotals(rate: rate))))
            }
        }
        self.runs = runs
    }

    /// The first scenario (the paper's O), or nil for a case without scenarios.
    public var baseScenario: String? { allocationCase.scenarioIDs.first ?? nil }

    /// The run of a scenario and rate.
    public func run(scenario: String?, rate: String) -> AllocationRun? {
        runs.first { $0.scenario == scenario && $0.rate == rate }?.run
    }

    /// The preference sweep at one run: (swept weight, β, chosen point) per weight vector.
    public func sweep(_ run: AllocationRun, gamma: Double? = nil) -> [(swept: Double, beta: [Double], point: ParetoPoint)] {
        guard let choice = allocationCase.choice, let sweep = choice.sweep else { return [] }
        let senses = run.problem.multiObjectiveProblem.senses
        return sweep.weights.map { w in
            let rule = RegretChoice(beta: w.beta, gamma: gamma ?? choice.gamma.value)
            return (w.swept, w.beta, run.front[rule.choose(run.front, senses: senses).index])
        }
    }
}

/// Published objective values of a case (e.g. Tables 2 and 4), read from its `published_results` CSV.
public struct PublishedResults: Sendable {
    /// One row: id, plan (`chosen`, `original`), rate label, table name, objective values in case order.
    public struct Row: Sendable {
        public var id: String, table: String, plan: String, rate: String
        public var objectives: [Double]
        public var tag: String
    }
    public var rows: [Row]

    /// Reads the CSV; objective columns are those named `<objective id>` or `<objective id>_<unit>`.
    public init(path: String, objectives: [AllocationObjectiveSpec]) throws {
        let csv = try CSVSheet(contentsOf: path)
        try csv.require(["id", "table", "plan", "rate", "tag"])
        try csv.requireUnique(["id"])
        let objectiveColumns = try objectives.map { spec -> String in
            guard let c = csv.header.first(where: { $0 == spec.id || $0.hasPrefix(spec.id + "_") }) else {
                throw InputError(file: path, line: csv.headerLine, field: spec.id, problem: "no column for objective '\(spec.id)'",
                                 fix: "add a column '\(spec.id)' or '\(spec.id)_<unit>'")
            }
            return c
        }
        rows = try csv.rows.map { row in
            Row(id: try row.text("id"), table: row["table"] ?? "", plan: row["plan"] ?? "", rate: row["rate"] ?? "",
                objectives: try objectiveColumns.map { try row.number($0) }, tag: row["tag"] ?? "")
        }
    }

    /// Rows of a plan at a rate (e.g. both tables' chosen plans).
    public func rows(plan: String, rate: String) -> [Row] { rows.filter { $0.plan == plan && $0.rate == rate } }
}
