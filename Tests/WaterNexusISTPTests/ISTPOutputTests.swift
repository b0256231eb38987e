import Foundation
import Testing
@testable import WaterNexusISTP
import WaterNexusReports

/// The output of `nexus istp` on the Henan case: the report's structure and size, and its headline
/// numbers against the solved values and the published ones.
struct ISTPOutputTests {
    /// All nine scenarios (solved once, by ``HenanCaseTests``), in file order.
    static func output() throws -> ISTPOutput {
        let c = try ISTPCase.load(path: HenanCaseTests.modelPath)
        let all = try HenanCaseTests.solved.get()
        let solved = try c.scenarios.map { ISTPOutput.Solved(scenario: $0, solution: try #require(all[$0])) }
        return ISTPOutput(istpCase: c, solved: solved, order: .optimistic)
    }

    /// The headline's interval for `scenario`, parsed back from its text ("[19.2755, 24.2929]").
    static func headline(_ summary: ReportSummary, _ scenario: String) throws -> (Double, Double) {
        let row = try #require(summary.headline.first { $0.label.hasPrefix("f± of \(scenario) ") })
        let numbers = row.value.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
            .compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        try #require(numbers.count == 2, "\(row.value)")
        return (numbers[0], numbers[1])
    }

    /// Each scenario's headline equals its solved f± (report unit, 6 significant digits), and S0's are
    /// within 2 % of the published intervals (the paper: [19.22, 24.31], [19.56, 24.75], [20.06, 25.37] × 10¹² RMB).
    @Test func headlineNumbersAreTheSolvedAndPublishedNetBenefits() throws {
        let output = try Self.output()
        let summary = output.summary(ISTPOutput.ReportContext(output, files: []))
        for (k, s) in output.solved.enumerated() {
            let f = try #require(s.solution.netBenefit)
            let (lo, hi) = try Self.headline(summary, s.scenario.description)
            #expect(abs(lo - f.lower * 1e-6) <= 1e-5 * lo && abs(hi - f.upper * 1e-6) <= 1e-5 * hi, "\(s.scenario) (\(k))")
        }
        let published = ["R1": (19.22, 24.31), "R2": (19.56, 24.75), "R3": (20.06, 25.37)]
        for (risk, paper) in published {
            let (lo, hi) = try Self.headline(summary, "S0,\(risk)")
            #expect(abs(lo - paper.0) <= 0.02 * paper.0 && abs(hi - paper.1) <= 0.02 * paper.1, "S0,\(risk): [\(lo), \(hi)]")
        }
        let html = output.report(files: []).html()
        for row in summary.headline { #expect(html.contains(row.value)) }
    }

    /// The whole report: summary first, no file-name captions, no over-long numbers, well under 300 KB,
    /// with the net-benefit figure in the summary and figures in the results sections.
    @Test func reportHasTheStructureAndSize() throws {
        let html = try Self.output().report(files: []).html()
        #expect(ReportStructure.problems(in: html) == [])
        #expect(html.utf8.count < 300_000, "\(html.utf8.count) bytes")
        let summary = try #require(html.range(of: "<section id=\"summary\"")).lowerBound
        #expect(html.range(of: "<svg")!.lowerBound > summary && html.range(of: "<table class=\"data\"")!.lowerBound > summary)
        #expect(html.components(separatedBy: "<figure").count - 1 >= 5)
        #expect(html.components(separatedBy: "<td").count - 1 < 1_000)
    }

    /// Hand-made choice: the highest f⁻ wins (ties by f⁺); the recommendation keeps an energy cap.
    @Test func scenarioChoiceByHand() throws {
        let f: [Interval?] = [Interval(1, 5), Interval(2, 3), Interval(2, 4), nil]
        let choice = try #require(ISTPScenarioChoice(netBenefits: f, capped: [true, true, false, true]))
        #expect(choice.mostFavourable == 2 && choice.recommended == 1)
        let uncapped = try #require(ISTPScenarioChoice(netBenefits: f, capped: [false, false, false, false]))
        #expect(uncapped.recommended == 2)
        #expect(ISTPScenarioChoice(netBenefits: [nil], capped: [true]) == nil)
    }

    /// The supply totals add up: per sector, delivered = surface + every source in each submodel, checked
    /// on the interval ends of the sums over sectors, by hand from the solution's own quantities.
    @Test func supplyTotalsAgreeWithTheSolution() throws {
        let output = try Self.output()
        let solution = output.solved[0].solution, p = solution.problem
        let totals = ISTPSupplyTotals(solution, sectorNames: output.istpCase.userNames)
        // Surface water expected over the levels, summed over sectors and periods, by hand.
        func surface(_ b: SubmodelBound) -> Double {
            var sum = 0.0
            for u in p.users.indices { for t in p.periods.indices { for (h, level) in p.levels.enumerated() {
                sum += level.probability * solution.surfaceUse(u, t, h, in: b)!
            } } }
            return sum
        }
        let expected = Interval(surface(.favourable), surface(.unfavourable))
        let ours = try #require(totals.sources[0])
        #expect(abs(ours.lower - expected.lower) < 1e-6 && abs(ours.upper - expected.upper) < 1e-6)
        for (k, source) in p.sources.enumerated() {
            let a = try #require(totals.sources[k + 1]), b = try #require(solution.sourceTotal(k))
            #expect(abs(a.lower - b.lower) < 1e-6 && abs(a.upper - b.upper) < 1e-6, "\(source.name)")
        }
        for sector in totals.sectors {
            let delivered = try #require(sector.delivered)
            let parts = sector.bySource.compactMap { $0 }
            #expect(parts.count == totals.sourceNames.count)
            // Each submodel's delivered total is the sum of its parts, so the interval lies within the parts' sums.
            #expect(delivered.lower >= parts.map(\.lower).reduce(0, +) - 1e-6 && delivered.upper <= parts.map(\.upper).reduce(0, +) + 1e-6)
        }
    }

    /// The calibration report at the committed (already calibrated) inputs: structure, and the headline
    /// residual is the largest of the rows.
    @Test func calibrationReportHasTheStructure() throws {
        let calibration = try CalibrationTests.calibration()
        let values = calibration.currentValues
        guard case let .fitted(system) = try calibration.benefitSystem(at: values) else {
            Issue.record("a net-benefit scenario is infeasible with the committed data")
            return
        }
        // No refit: the committed inputs are the fit's fixed point; the cost is the fit targets' sum of
        // squared relative residuals, taken from the solved rows rather than solving every scenario again.
        var report = try CalibrationReport(calibration, fit: ISTPCalibration.Fit(start: values, values: values, rounds: 0,
                                                                                 benefitSystem: system, cost: .nan))
        report.fit.cost = report.rows.filter { $0.target.role == .fit }.map { ($0.relative ?? .nan) * ($0.relative ?? .nan) }.reduce(0, +)
        #expect(report.fit.cost.isFinite)
        let output = ISTPCalibrationOutput(istpCase: calibration.istpCase, calibration: report,
                                           conflicts: try ISTPCalibrationOutput.conflicts(folder: CalibrationTests.henanData))
        let html = output.report(files: []).html()
        #expect(ReportStructure.problems(in: html) == [])
        #expect(html.utf8.count < 300_000)
        let worst = try #require(output.calibration.rows.filter { $0.target.role == .fit }.compactMap(\.relative).map(abs).max())
        #expect(html.contains("\(ReportNumber.format(100 * worst, digits: 3)) %"), "largest fit residual shown")
        #expect(!output.conflicts.isEmpty && html.contains("Published numbers that conflict"))
    }
}
