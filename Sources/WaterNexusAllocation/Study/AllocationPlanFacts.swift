import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// The numbers a report states about one rate of the base scenario: the regret choice's objectives and
/// source totals, the paper's chosen plan, the original plan, and where the choice sits on the front.
struct AllocationPlanFacts {
    var rate: String
    var run: AllocationRun
    var chosen: [Double]
    var sources: [Double]
    /// The published chosen plan (first row of the chosen plan at this rate, e.g. Table 2), if any.
    var published: PublishedResults.Row?
    /// Front points without shortage (f1 ≤ 1e-6), when the case has a shortage objective.
    var withoutShortage: [ParetoPoint]

    /// Facts of every rate of the first scenario solved (the base scenario unless the run chose another)
    /// that has a chosen point, in file order.
    static func all(_ report: AllocationReport) -> [AllocationPlanFacts] {
        let study = report.study, specs = study.allocationCase.objectives
        let shortage = specs.firstIndex { $0.kind == .weightedShortage }
        guard let first = study.runs.first else { return [] }
        return study.runs.filter { $0.scenario == first.scenario }.compactMap { r in
            guard let p = r.run.chosenPoint else { return nil }
            return AllocationPlanFacts(
                rate: r.rate, run: r.run, chosen: p.objectives, sources: r.run.problem.sourceTotals(p.values),
                published: report.published?.rows(plan: "chosen", rate: r.rate).first,
                withoutShortage: shortage.map { k in r.run.front.filter { $0.objectives[k] <= AllocationPlanFacts.zero } } ?? [])
        }
    }

    /// Values at or below this are zero (LP round-off), as in the front tables.
    static let zero = 1e-6

    /// The rate a report shows first: 90 % when the case has it, else its first rate.
    static func keyIndex(_ facts: [AllocationPlanFacts]) -> Int { facts.firstIndex { $0.rate == "90" } ?? 0 }

    /// True when the choice has the least value of objective `k` among the plans without shortage.
    func isLeastWithoutShortage(_ k: Int) -> Bool {
        guard let least = withoutShortage.map({ $0.objectives[k] }).min() else { return false }
        return chosen[k] <= least + 1e-6 * max(1, abs(least))
    }
}

/// Numbers and units in report sentences.
enum AllocationWords {
    /// A number for a sentence: LP round-off shown as 0, else 6 significant digits.
    static func number(_ x: Double) -> String { abs(x) <= AllocationPlanFacts.zero ? "0" : ReportNumber.format(x) }

    /// A number with the objective's unit.
    static func value(_ x: Double, _ spec: AllocationObjectiveSpec) -> String {
        spec.unit.isEmpty ? number(x) : "\(number(x)) \(spec.unit)"
    }

    /// What an objective measures, in words.
    static func noun(_ spec: AllocationObjectiveSpec) -> String {
        switch spec.kind {
        case .weightedShortage: return "water shortage"
        case .emissions: return "greenhouse gas emissions"
        case .pollutant: return "pollutant discharge"
        }
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// A relative difference in percent with its sign ("+0.18 %", "−9.6 %").
    static func percent(_ ours: Double, _ theirs: Double) -> String {
        guard theirs != 0 else { return "n/a" }
        let d = (ours - theirs) / abs(theirs) * 100
        return (d >= 0 ? "+" : "−") + ReportNumber.format(abs(d), digits: 2) + " %"
    }

    /// "rises from a to b", "falls from a to b" or "stays at a".
    static func change(_ a: Double, _ b: Double, unit: String = "") -> String {
        let u = unit.isEmpty ? "" : " \(unit)"
        if abs(a - b) <= 1e-6 * max(1, abs(a)) { return "stays at \(number(a))\(u)" }
        return "\(b > a ? "rises" : "falls") from \(number(a)) to \(number(b))\(u)"
    }
}
