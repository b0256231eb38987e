import WaterNexusModel
import WaterNexusReports

/// The output of `nexus istp`: solved scenarios of an ISTP case as terminal text, JSON, result-folder
/// CSV files and the HTML report (see ``ResultOutput``).
public struct ISTPOutput: ResultOutput {
    /// One solved scenario, with its best-case and worst-case optima when they were asked for.
    public struct Solved: Sendable {
        public var scenario: ISTPScenario
        public var solution: ISTPSolution
        /// The favourable and unfavourable submodels solved with nothing fixed (nil: not asked for).
        public var caseBounds: (best: Solution, worst: Solution)?

        public init(scenario: ISTPScenario, solution: ISTPSolution, caseBounds: (best: Solution, worst: Solution)? = nil) {
            self.scenario = scenario
            self.solution = solution
            self.caseBounds = caseBounds
        }
    }

    /// The case as read from its model file.
    public var istpCase: ISTPCase
    /// The solved scenarios, in the order asked for.
    public var solved: [Solved]
    /// Which submodel was solved first.
    public var order: TwoStepOrder
    /// Print each submodel's size instead of the tables.
    public var showsSizes = false

    public init(istpCase: ISTPCase, solved: [Solved], order: TwoStepOrder, showsSizes: Bool = false) {
        self.istpCase = istpCase
        self.solved = solved
        self.order = order
        self.showsSizes = showsSizes
    }

    /// The case's name as the model file gives it.
    var name: String { istpCase.base.name }

    public var title: String { "ISTP \(name): two-step solutions" }

    /// Whether any submodel of any scenario has no optimal solution.
    public var hasInfeasibleSubmodel: Bool {
        solved.contains { $0.solution.result.outcomes.contains { $0.solution.status == .infeasible } }
    }

    /// f± in the model file's report unit.
    func reported(_ f: Interval?) -> Interval? {
        let scale = istpCase.moneyReport.scale
        return f.map { Interval($0.lower * scale, $0.upper * scale) }
    }

    // MARK: - Files

    /// The scenario summary's file name (as written: sanitized, so a model name cannot leave the folder).
    var scenariosFile: String { ResultFolderWriter.safeName("\(name)_scenarios.csv") }
    /// One scenario's allocation table.
    func allocationsFile(_ s: ISTPScenario) -> String { ResultFolderWriter.safeName("\(name)_\(s.energy)_\(s.risk)_allocations.csv") }
    /// Supply per source and scenario.
    var sourceTotalsFile: String { ResultFolderWriter.safeName("\(name)_source_totals.csv") }
    /// Supply per sector, source and scenario.
    var sectorTotalsFile: String { ResultFolderWriter.safeName("\(name)_sector_totals.csv") }

    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        for s in solved {
            try folder.write(ISTPReport.allocationCSV(s.solution).render(), to: allocationsFile(s.scenario),
                             description: "scenario \(s.scenario): z, target, shortage, each source, delivered, requirement and risk per sector, period and level")
        }
        try folder.write(scenarioCSV().render(), to: scenariosFile, description: "net benefit f± and status per scenario (model money units)")
        let totals = supply
        try folder.write(sourceTotalsCSV(totals).render(), to: sourceTotalsFile,
                         description: "water per source and scenario, summed over the periods (\(istpCase.waterUnit); surface water expected over the levels)")
        try folder.write(sectorTotalsCSV(totals).render(), to: sectorTotalsFile,
                         description: "water delivered per sector, by source, beside the requirement, per scenario (\(istpCase.waterUnit), summed over the periods)")
    }

    /// Net benefit and status per scenario (full precision, model money units).
    func scenarioCSV() -> CSVTable {
        var table = CSVTable(header: ["scenario", "f_lo", "f_hi", "unit", "status"])
        for s in solved {
            let f = s.solution.netBenefit
            table.append([s.scenario.description, f.map { NumberFormat.exact($0.lower) } ?? "", f.map { NumberFormat.exact($0.upper) } ?? "",
                          "model money units", ISTPReport.status(s.solution.result)])
        }
        return table
    }

    /// "lo", "hi" cells of an interval at full precision (empty when missing).
    static func cells(_ x: Interval?) -> [String] {
        guard let x else { return ["", ""] }
        return [NumberFormat.exact(x.lower), NumberFormat.exact(x.upper)]
    }

    /// Per scenario, each source's total (full precision).
    func sourceTotalsCSV(_ supply: [ISTPSupplyTotals]) -> CSVTable {
        let names = supply.first?.sourceNames ?? []
        var table = CSVTable(header: ["scenario"] + names.flatMap { ["\($0)_lo", "\($0)_hi"] })
        for (s, totals) in zip(solved, supply) { table.append([s.scenario.description] + totals.sources.flatMap(Self.cells)) }
        return table
    }

    /// Per scenario and sector, delivered water, each source and the requirement (full precision).
    func sectorTotalsCSV(_ supply: [ISTPSupplyTotals]) -> CSVTable {
        let names = supply.first?.sourceNames ?? []
        var table = CSVTable(header: ["scenario", "sector", "name", "delivered_lo", "delivered_hi"]
                             + names.flatMap { ["\($0)_lo", "\($0)_hi"] } + ["requirement_lo", "requirement_hi"])
        for (s, totals) in zip(solved, supply) {
            for sector in totals.sectors {
                table.append([s.scenario.description, sector.code, sector.name] + Self.cells(sector.delivered)
                             + sector.bySource.flatMap(Self.cells) + Self.cells(sector.requirement))
            }
        }
        return table
    }

    /// Supply totals per solved scenario, parallel to `solved`.
    var supply: [ISTPSupplyTotals] { solved.map { ISTPSupplyTotals($0.solution, sectorNames: istpCase.userNames) } }

    public var provenance: [ProvenanceEntry] { istpCase.provenanceEntries }
}
