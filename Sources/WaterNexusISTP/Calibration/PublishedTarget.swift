import Foundation
import WaterNexusInput

/// A published output of a case (a number printed in the source), with the model quantity it matches.
///
/// Read from a CSV table (`Data/henan/published_outputs.csv`): `id, quantity, scenario, sector, source,
/// period, level, bound, value, role, tag, note`. Net benefits are in the model file's report unit, water
/// in its water unit.
public struct PublishedTarget: Sendable {
    /// What the number measures.
    public enum Quantity: Sendable, Equatable {
        /// The objective interval f±.
        case netBenefit
        /// The total of one source (`surface` or a deterministic source) over all users, per period and level.
        case sourceTotal(source: String, period: String, level: String)
        /// One user's water from one source in a period and level.
        case sectorSource(sector: String, source: String, period: String, level: String)
        /// One user's traditional risk R = REQ − A in a period and level.
        case sectorRisk(sector: String, period: String, level: String)
    }

    /// Whether the calibration fits the number or only compares with it.
    public enum Role: String, Sendable { case fit, check }

    public var id: String
    public var quantity: Quantity
    public var scenario: ISTPScenario
    /// Which end of the model's interval the number is compared with.
    public var bound: Interval.Side
    public var value: Double
    public var role: Role
    /// Where the number is printed.
    public var note: String

    /// Reads the targets of `file`, checking scenario names against `istpCase`.
    /// - Throws: ``WaterNexusInput/InputError`` naming the line and column.
    public static func read(_ file: String, for istpCase: ISTPCase) throws -> [PublishedTarget] {
        let csv = try CSVSheet(contentsOf: file)
        try csv.require(["id", "quantity", "scenario", "sector", "source", "period", "level", "bound", "value", "role", "tag", "note"])
        try csv.requireUnique(["id"])
        return try csv.rows.map { row in
            func fail(_ column: String, _ problem: String) -> InputError {
                row.error(column, problem, fix: "see the header comment of docs/reproduction/henan.md for the columns")
            }
            let text = { (column: String) in row[column] ?? "" }
            guard try row.tag("tag") == .published else { throw fail("tag", "a target must be a published number") }
            let quantity: Quantity
            switch text("quantity") {
            case "net_benefit": quantity = .netBenefit
            case "source_total": quantity = .sourceTotal(source: text("source"), period: text("period"), level: text("level"))
            case "sector_source":
                quantity = .sectorSource(sector: text("sector"), source: text("source"), period: text("period"), level: text("level"))
            case "sector_risk": quantity = .sectorRisk(sector: text("sector"), period: text("period"), level: text("level"))
            default: throw fail("quantity", "\"\(text("quantity"))\" is not net_benefit, source_total, sector_source or sector_risk")
            }
            guard let bound = ["lo": Interval.Side.lower, "hi": .upper][text("bound")] else { throw fail("bound", "expected lo or hi") }
            guard let role = Role(rawValue: text("role")) else { throw fail("role", "expected fit or check") }
            let scenario: ISTPScenario
            do { scenario = try istpCase.scenario(named: text("scenario")) } catch { throw fail("scenario", "\(error)") }
            return PublishedTarget(id: text("id"), quantity: quantity, scenario: scenario, bound: bound,
                                   value: try row.number("value"), role: role, note: text("note"))
        }
    }

    /// The model's interval of this quantity in a solved scenario: its values in the two submodels (nil when
    /// a submodel failed or a name is unknown).
    public func modelInterval(_ solution: ISTPSolution, moneyScale: Double) -> Interval? {
        solution.interval { modelValue(solution, moneyScale: moneyScale, in: $0) }
    }

    /// The quantity's value in one solved submodel (nil when it has no optimal solution or a name is unknown).
    public func modelValue(_ solution: ISTPSolution, moneyScale: Double, in b: SubmodelBound) -> Double? {
        let p = solution.problem
        func period(_ name: String) -> Int? { p.periods.firstIndex { $0.name == name } }
        func level(_ name: String) -> Int? { p.levels.firstIndex { $0.name == name } }
        func sourceValue(_ source: String, _ u: Int, _ t: Int, _ h: Int) -> Double? {
            if source == "surface" { return solution.surfaceUse(u, t, h, in: b) }
            guard let s = p.sources.firstIndex(where: { $0.name == source }) else { return nil }
            return solution.allocation(s, u, t, in: b)
        }
        switch quantity {
        case .netBenefit:
            guard let o = solution.result.outcome(b), o.isOptimal, let f = o.solution.objective else { return nil }
            return f * moneyScale
        case let .sourceTotal(source, pn, ln):
            guard let t = period(pn), let h = level(ln) else { return nil }
            var sum = 0.0
            for u in p.users.indices {
                guard let v = sourceValue(source, u, t, h) else { return nil }
                sum += v
            }
            return sum
        case let .sectorSource(sector, source, pn, ln):
            guard let u = p.users.firstIndex(of: sector), let t = period(pn), let h = level(ln) else { return nil }
            return sourceValue(source, u, t, h)
        case let .sectorRisk(sector, pn, ln):
            guard let u = p.users.firstIndex(of: sector), let t = period(pn), let h = level(ln) else { return nil }
            return solution.risk(u, t, h, in: b)
        }
    }
}
