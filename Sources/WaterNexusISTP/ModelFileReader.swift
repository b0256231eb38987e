import Foundation
import WaterNexusInput
import WaterNexusReports
import WaterNexusModel

/// Field-by-field reading of a model file, with the file, line and field path in every error.
struct ModelFileReader {
    let path: String
    let root: YAMLValue

    func fail(_ field: String, _ problem: String, fix: String = "correct it (see docs/istp-model-format.md)") -> InputError {
        guard let node = value(field) else { return InputError(file: path, field: field, problem: problem, fix: fix) }
        return node.error(problem, fix: fix)
    }

    /// The node at a dotted field path, if every step is a mapping that has the key.
    func value(_ field: String) -> YAMLValue? {
        var node: YAMLValue? = root
        for key in field.split(separator: ".") { node = (try? node?.mapping())??[String(key)] }
        return node
    }
    func required(_ field: String) throws -> YAMLValue {
        guard let node = value(field) else { throw fail(field, "the field is missing", fix: "add \(field) (see docs/istp-model-format.md)") }
        return node
    }
    func string(_ field: String) throws -> String { try required(field).string() }
    func strings(_ field: String, required isRequired: Bool = true) throws -> [String] {
        guard let node = value(field) else {
            if isRequired { throw fail(field, "the list is missing", fix: "add \(field): [a, b]") }
            return []
        }
        return try node.strings()
    }
    func bool(_ field: String, default fallback: Bool) throws -> Bool {
        try value(field)?.bool() ?? fallback
    }
    func dataPath(_ key: String) throws -> String { try required("data.\(key)").dataPath() }

    /// The CSV table named by `data.<key>`, with `columns` required and one row per `keyColumns`.
    func table(_ key: String, columns: [String], unique keyColumns: [String]) throws -> CSVSheet {
        let sheet = try CSVSheet(contentsOf: try dataPath(key))
        try sheet.require(columns)
        try sheet.requireUnique(keyColumns)
        return sheet
    }

    func read() throws -> ISTPCase {
        let top = try root.mapping()
        try top.rejectUnknownKeys(["name", "description", "data", "periods", "levels", "objective", "risk", "energy", "default_scenario", "units"])
        try value("data")?.mapping().rejectUnknownKeys(["parameters", "surface_water", "sectors", "sources", "energy_scenarios"])
        try value("objective")?.mapping().rejectUnknownKeys(["expected_penalty", "surface_cost", "source_costs", "wastewater_cost"])
        try value("risk")?.mapping().rejectUnknownKeys(["enabled", "lower_row", "upper_row", "exempt", "exemption_policy", "levels"])
        try value("energy")?.mapping().rejectUnknownKeys(["enabled", "scenarios", "uncapped"])
        try value("units")?.mapping().rejectUnknownKeys(["water", "money_report", "money_scale"])
        let name = try string("name")
        let periodNames = try strings("periods"), levelNames = try strings("levels")
        guard !periodNames.isEmpty, !levelNames.isEmpty else { throw fail("periods/levels", "must not be empty") }
        var tags: [ISTPDataTags] = []

        // Parameters.
        let params = try table("parameters", columns: ["name", "value_lo", "value_hi", "tag", "source"], unique: ["name"])
        var parameter: [String: Interval] = [:]
        for row in params.rows { parameter[try row.text("name")] = Interval(try row.interval("value")) }
        func param(_ key: String) throws -> Interval {
            guard let v = parameter[key] else {
                throw InputError(file: params.file, field: "name", problem: "no parameter row '\(key)'", fix: "add a row named \(key)")
            }
            return v
        }
        tags.append(try Self.tagSummary(params, columns: ["tag"]))
        let length = try param("period_length").midpoint
        let periods = periodNames.map { ISTPProblem.Period(name: $0, length: length) }

        // Surface water.
        let surface = try table("surface_water", columns: ["period", "level", "probability", "q_lo", "q_hi", "tag"], unique: ["period", "level"])
        var q = Array(repeating: Array(repeating: Interval?.none, count: levelNames.count), count: periodNames.count)
        var probability = Array(repeating: Double?.none, count: levelNames.count)
        for row in surface.rows {
            guard let t = periodNames.firstIndex(of: row["period"] ?? "") else {
                throw row.error("period", "unknown period '\(row["period"] ?? "")'", fix: "use one of the model file's periods: \(periodNames.joined(separator: ", "))")
            }
            guard let h = levelNames.firstIndex(of: row["level"] ?? "") else {
                throw row.error("level", "unknown level '\(row["level"] ?? "")'", fix: "use one of the model file's levels: \(levelNames.joined(separator: ", "))")
            }
            q[t][h] = Interval(try row.interval("q"))
            let p = try row.number("probability")
            if let known = probability[h], known != p {
                throw row.error("probability", "level \(levelNames[h]) has probability \(p) here but \(known) in another period",
                                fix: "give one probability per level")
            }
            probability[h] = p
        }
        tags.append(try Self.tagSummary(surface, columns: ["tag"]))
        let levels = try levelNames.enumerated().map { h, n in
            guard let p = probability[h] else { throw InputError(file: surface.file, field: "level", problem: "no row for level \(n)", fix: "add its rows") }
            return ISTPProblem.Level(name: n, probability: p)
        }
        let availability = try q.enumerated().map { t, row in try row.enumerated().map { h, v in
            guard let v else {
                throw InputError(file: surface.file, field: "period/level", problem: "no row for period \(periodNames[t]), level \(levelNames[h])", fix: "add the row")
            }
            return v
        } }

        // Sectors.
        let sectorColumns = ["sector", "name", "period", "req_lo", "req_hi", "nb_lo", "nb_hi", "pen_lo", "pen_hi",
                             "ww_lo", "ww_hi", "rr_lo", "rr_hi", "w_lo", "w_hi", "tag"]
        let sectors = try table("sectors", columns: sectorColumns, unique: ["sector", "period"])
        var users: [String] = [], userNames: [String] = []
        var byUser: [String: [Int: ISTPProblem.UserPeriod]] = [:]
        for row in sectors.rows {
            let id = try row.text("sector")
            do { try WaterNexusModelNames.validate(id) } catch {
                throw row.error("sector", "\(error)", fix: "use letters, digits and _ in sector ids")
            }
            guard let t = periodNames.firstIndex(of: row["period"] ?? "") else {
                throw row.error("period", "unknown period '\(row["period"] ?? "")'", fix: "use one of the model file's periods: \(periodNames.joined(separator: ", "))")
            }
            if byUser[id] == nil { users.append(id); userNames.append(row["name"] ?? ""); byUser[id] = [:] }
            byUser[id]![t] = ISTPProblem.UserPeriod(
                target: Interval(try row.interval("w")), benefit: Interval(try row.interval("nb")), penalty: Interval(try row.interval("pen")),
                requirement: Interval(try row.interval("req")), wastewater: Interval(try row.interval("ww")),
                reuseRatio: Interval(try row.interval("rr")))
        }
        let data = try users.map { id in try periodNames.indices.map { t in
            guard let d = byUser[id]?[t] else {
                throw InputError(file: sectors.file, field: "sector", problem: "sector \(id) has no row for period \(periodNames[t])", fix: "add the row")
            }
            return d
        } }
        tags.append(try Self.tagSummary(sectors, columns: ["tag"], note: "published fields per row in column `published`"))

        // Sources.
        let sourceFile = try table("sources", columns: ["source", "kind", "period", "avail_lo", "avail_hi", "cost_lo", "cost_hi",
                                                       "energy_lo", "energy_hi", "avail_tag", "cost_tag", "energy_tag"],
                                   unique: ["source", "period"])
        var order: [String] = [], kinds: [String: String] = [:]
        var avail: [String: [Int: Interval?]] = [:], cost: [String: [Int: Interval]] = [:], energy: [String: [Int: Interval]] = [:]
        for row in sourceFile.rows {
            let s = try row.text("source"), kind = row["kind"] ?? ""
            guard ["surface", "external", "reuse"].contains(kind) else {
                throw row.error("kind", "'\(kind)' is not a source kind", fix: "use surface, external or reuse")
            }
            guard let t = periodNames.firstIndex(of: row["period"] ?? "") else {
                throw row.error("period", "unknown period '\(row["period"] ?? "")'", fix: "use one of the model file's periods: \(periodNames.joined(separator: ", "))")
            }
            if kinds[s] == nil { order.append(s); kinds[s] = kind }
            let availability: Interval? = try row.optionalInterval("avail").map { Interval($0.lo, $0.hi) }
            avail[s, default: [:]][t] = .some(availability) // nil: no limit in this period
            cost[s, default: [:]][t] = Interval(try row.interval("cost"))
            energy[s, default: [:]][t] = Interval(try row.interval("energy"))
        }
        tags.append(try Self.tagSummary(sourceFile, columns: ["avail_tag", "cost_tag", "energy_tag"]))
        func perPeriod<T>(_ map: [Int: T]?, _ s: String, _ what: String) throws -> [T] {
            try periodNames.indices.map { t in
                guard let v = map?[t] else {
                    throw InputError(file: sourceFile.file, field: "source", problem: "source \(s) has no \(what) for period \(periodNames[t])", fix: "add the row or the value")
                }
                return v
            }
        }
        guard let surfaceName = order.first(where: { kinds[$0] == "surface" }) else {
            throw InputError(file: sourceFile.file, field: "kind", problem: "no source has kind surface",
                             fix: "give the surface water's cost and energy intensity in rows of kind surface")
        }
        var problem = ISTPProblem(name: name, periods: periods, levels: levels, users: users, data: data, surfaceAvailability: availability)
        problem.surfaceCost = try perPeriod(cost[surfaceName], surfaceName, "cost")
        problem.surfaceEnergy = try perPeriod(energy[surfaceName], surfaceName, "energy")
        for s in order where s != surfaceName {
            problem.sources.append(ISTPProblem.Source(
                name: s, kind: kinds[s] == "reuse" ? .reuse : .external,
                availability: try perPeriod(avail[s], s, "availability"), cost: try perPeriod(cost[s], s, "cost"),
                energy: try perPeriod(energy[s], s, "energy")))
        }
        problem.wastewaterCost = Array(repeating: try param("wastewater_cost"), count: periods.count)
        problem.wastewaterEnergy = Array(repeating: try param("wastewater_energy"), count: periods.count)
        problem.terms.expectedPenalty = try bool("objective.expected_penalty", default: true)
        problem.terms.surfaceCost = try bool("objective.surface_cost", default: true)
        problem.terms.sourceCosts = try bool("objective.source_costs", default: true)
        problem.terms.wastewaterCost = try bool("objective.wastewater_cost", default: true)

        // Risk.
        var riskLevels: [(name: String, xi: Double)] = []
        var template: RiskBalance?
        if try bool("risk.enabled", default: false) {
            var r = RiskBalance(xi: 0, a: try param("risk_a").midpoint, b: try param("risk_b").midpoint,
                                c: try param("risk_c").midpoint, k: try param("risk_k").midpoint)
            guard abs(r.a + r.b + r.c - 1) < 1e-9 else {
                throw InputError(file: params.file, field: "risk_a/risk_b/risk_c", problem: "the risk weights sum to \(r.a + r.b + r.c)",
                                 fix: "make them sum to 1 (Eq. 1c)")
            }
            r.lowerRow = try bool("risk.lower_row", default: true)
            r.upperRow = try bool("risk.upper_row", default: true)
            r.exempt = try strings("risk.exempt", required: false)
            for e in r.exempt where !users.contains(e) { throw fail("risk.exempt", "unknown sector \(e)", fix: "list sectors of the sectors table") }
            if let policy = value("risk.exemption_policy") {
                guard let p = RiskBalance.ExemptionPolicy(rawValue: try policy.string()) else {
                    throw policy.error("unknown exemption policy", fix: "use one of \(RiskBalance.ExemptionPolicy.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                r.policy = p
            }
            let levelsMapping = try required("risk.levels").mapping()
            guard !levelsMapping.entries.isEmpty else {
                throw fail("risk.levels", "no risk levels", fix: "map risk levels to xi, e.g. {R1: 0, R2: -0.02}")
            }
            riskLevels = try levelsMapping.entries.sorted { $0.key < $1.key }.map { ($0.key, try $0.value.double()) }
            template = r
        }

        // Energy.
        var energyScenarios: [(name: String, cap: [Interval]?)] = []
        if try bool("energy.enabled", default: false) {
            let caps = try table("energy_scenarios", columns: ["scenario", "period", "eta_lo", "eta_hi", "tag"], unique: ["scenario", "period"])
            tags.append(try Self.tagSummary(caps, columns: ["tag"]))
            let uncapped = Set(try strings("energy.uncapped", required: false))
            for s in try strings("energy.scenarios") {
                if uncapped.contains(s) { energyScenarios.append((s, nil)); continue }
                let rows = caps.rows.filter { $0["scenario"] == s }
                let cap = try periodNames.map { t in
                    guard let row = rows.first(where: { $0["period"] == t }) else {
                        throw InputError(file: caps.file, field: "scenario", problem: "scenario \(s) has no cap for period \(t)",
                                         fix: "add the row, or list the scenario under energy.uncapped if it has no energy row")
                    }
                    return Interval(try row.interval("eta"))
                }
                energyScenarios.append((s, cap))
            }
        } else {
            energyScenarios = [("none", nil)]
        }
        var result = ISTPCase(file: path, base: problem, userNames: userNames, riskLevels: riskLevels, riskTemplate: template,
                              energyScenarios: energyScenarios, defaultScenario: ISTPScenario(energy: "", risk: ""), provenance: tags.map(\.line),
                              dataTags: tags)
        result.defaultScenario = try result.scenario(named: try value("default_scenario")?.string() ?? "")
        if value("units") != nil {
            result.waterUnit = try string("units.water")
            result.moneyReport = (try string("units.money_report"), try required("units.money_scale").double())
        }
        try problem.validate()
        return result
    }

    /// The tag counts of a table's tag columns ("file: published 9"). Every row needs a known tag, except
    /// that a column `x_tag` may stay empty where the values it tags (`x`, `x_lo`, `x_hi`) are all empty.
    static func tagSummary(_ file: CSVSheet, columns: [String], note: String = "") throws -> ISTPDataTags {
        var counts: [ProvenanceTag: Int] = [:]
        for row in file.rows {
            for c in columns {
                let base = c.hasSuffix("_tag") ? String(c.dropLast(4)) : nil
                if let base, (row[c] ?? "").isEmpty,
                   [base, base + "_lo", base + "_hi"].allSatisfy({ (row[$0] ?? "").isEmpty }) { continue }
                counts[try row.tag(c), default: 0] += 1
            }
        }
        return ISTPDataTags(path: file.file, counts: ProvenanceTag.allCases.compactMap { tag in counts[tag].map { (tag, $0) } },
                            note: note)
    }
}

/// Name validation shared with the modeler.
enum WaterNexusModelNames {
    static func validate(_ name: String) throws { try WaterNexusModel.Model.validateName(name) }
}

extension Interval {
    /// The interval read as `(lo, hi)` from a model file.
    init(_ bounds: (lo: Double, hi: Double)) { self.init(bounds.lo, bounds.hi) }
}
