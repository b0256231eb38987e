import Foundation
import WaterNexusReports
import WaterNexusModel

/// Field-by-field reading of a model file, with the field's path in every error.
struct ModelFileReader {
    let path: String
    let root: [String: Any]

    func fail(_ field: String, _ problem: String) -> ISTPError { .modelFile(file: path, field: field, problem: problem) }

    func value(_ field: String) -> Any? {
        var node: Any? = root
        for key in field.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
        return node
    }
    func string(_ field: String) throws -> String {
        guard let s = value(field) as? String, !s.isEmpty else { throw fail(field, "required text is missing") }
        return s
    }
    func strings(_ field: String, required: Bool = true) throws -> [String] {
        guard let v = value(field) else {
            if required { throw fail(field, "required list is missing") }
            return []
        }
        guard let list = v as? [Any] else { throw fail(field, "expected a list like [a, b]") }
        return try list.map { item in
            guard let s = item as? String ?? (item as? Int).map(String.init) else { throw fail(field, "expected text items") }
            return s
        }
    }
    func bool(_ field: String, default fallback: Bool) throws -> Bool {
        guard let v = value(field) else { return fallback }
        guard let b = v as? Bool else { throw fail(field, "expected true or false") }
        return b
    }
    func number(_ v: Any, _ field: String) throws -> Double {
        if let d = v as? Double { return d }
        if let i = v as? Int { return Double(i) }
        throw fail(field, "expected a number")
    }
    func dataPath(_ key: String) throws -> String {
        let relative = try string("data.\(key)")
        if relative.hasPrefix("/") { return relative }
        let base = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/"))
        return base.absoluteURL.deletingLastPathComponent().appendingPathComponent(relative).standardized.path
    }

    func read() throws -> ISTPCase {
        let allowed: Set<String> = ["name", "data", "periods", "levels", "objective", "risk", "energy", "default_scenario", "description", "units"]
        for key in root.keys.sorted() where !allowed.contains(key) {
            throw fail(key, "unknown field; allowed: \(allowed.sorted().joined(separator: ", "))")
        }
        let name = try string("name")
        let periodNames = try strings("periods"), levelNames = try strings("levels")
        guard !periodNames.isEmpty, !levelNames.isEmpty else { throw fail("periods/levels", "must not be empty") }
        var provenance: [String] = []

        // Parameters.
        let params = try CSVFile(path: try dataPath("parameters"))
        try params.require(["name", "value_lo", "value_hi", "tag", "source"])
        var parameter: [String: Interval] = [:]
        for row in params.rows { parameter[params.text(row, "name")] = try params.interval(row, "value") }
        func param(_ key: String) throws -> Interval {
            guard let v = parameter[key] else { throw ISTPError.modelFile(file: params.path, field: "name", problem: "missing parameter row \"\(key)\"") }
            return v
        }
        provenance.append(try Self.tagSummary(params, columns: ["tag"]))
        let length = try param("period_length").midpoint
        let periods = periodNames.map { ISTPProblem.Period(name: $0, length: length) }

        // Surface water.
        let surface = try CSVFile(path: try dataPath("surface_water"))
        try surface.require(["period", "level", "probability", "q_lo", "q_hi", "tag"])
        var q = Array(repeating: Array(repeating: Interval?.none, count: levelNames.count), count: periodNames.count)
        var probability = Array(repeating: Double?.none, count: levelNames.count)
        for row in surface.rows {
            guard let t = periodNames.firstIndex(of: surface.text(row, "period")),
                  let h = levelNames.firstIndex(of: surface.text(row, "level")) else {
                throw ISTPError.modelFile(file: surface.path, field: "line \(row.line)", problem: "period or level not listed in \(path)")
            }
            q[t][h] = try surface.interval(row, "q")
            let p = try surface.number(row, "probability")
            if let known = probability[h], known != p {
                throw ISTPError.modelFile(file: surface.path, field: "line \(row.line), column probability",
                                          problem: "level \(levelNames[h]) has probability \(p) here but \(known) in another period; give one probability per level")
            }
            probability[h] = p
        }
        provenance.append(try Self.tagSummary(surface, columns: ["tag"]))
        let levels = try levelNames.enumerated().map { h, n in
            guard let p = probability[h] else { throw ISTPError.modelFile(file: surface.path, field: "level \(n)", problem: "no probability given") }
            return ISTPProblem.Level(name: n, probability: p)
        }
        let availability = try q.enumerated().map { t, row in try row.enumerated().map { h, v in
            guard let v else { throw ISTPError.modelFile(file: surface.path, field: "\(periodNames[t]),\(levelNames[h])", problem: "missing row") }
            return v
        } }

        // Sectors.
        let sectors = try CSVFile(path: try dataPath("sectors"))
        let sectorColumns = ["sector", "name", "period", "req_lo", "req_hi", "nb_lo", "nb_hi", "pen_lo", "pen_hi",
                             "ww_lo", "ww_hi", "rr_lo", "rr_hi", "w_lo", "w_hi", "tag"]
        try sectors.require(sectorColumns)
        var users: [String] = [], userNames: [String] = []
        var table: [String: [Int: ISTPProblem.UserPeriod]] = [:]
        for row in sectors.rows {
            let id = sectors.text(row, "sector")
            do { try WaterNexusModelNames.validate(id) } catch {
                throw ISTPError.modelFile(file: sectors.path, field: "line \(row.line), column sector", problem: "\(error)")
            }
            guard let t = periodNames.firstIndex(of: sectors.text(row, "period")) else {
                throw ISTPError.modelFile(file: sectors.path, field: "line \(row.line), column period", problem: "unknown period \"\(sectors.text(row, "period"))\"; the model file lists \(periodNames)")
            }
            if table[id] == nil { users.append(id); userNames.append(sectors.text(row, "name")); table[id] = [:] }
            let w = try sectors.interval(row, "w")
            table[id]![t] = ISTPProblem.UserPeriod(
                target: w, benefit: try sectors.interval(row, "nb"), penalty: try sectors.interval(row, "pen"),
                requirement: try sectors.interval(row, "req"), wastewater: try sectors.interval(row, "ww"),
                reuseRatio: try sectors.interval(row, "rr"))
        }
        let data = try users.map { id in try periodNames.indices.map { t in
            guard let d = table[id]?[t] else { throw ISTPError.modelFile(file: sectors.path, field: "sector \(id)", problem: "no row for period \(periodNames[t])") }
            return d
        } }
        provenance.append(try Self.tagSummary(sectors, columns: ["tag"]) + " (published fields per row in column `published`)")

        // Sources.
        let sourceFile = try CSVFile(path: try dataPath("sources"))
        try sourceFile.require(["source", "kind", "period", "avail_lo", "avail_hi", "cost_lo", "cost_hi", "energy_lo", "energy_hi",
                                "avail_tag", "cost_tag", "energy_tag"])
        var order: [String] = [], kinds: [String: String] = [:]
        var avail: [String: [Int: Interval?]] = [:], cost: [String: [Int: Interval]] = [:], energy: [String: [Int: Interval]] = [:]
        for row in sourceFile.rows {
            let s = sourceFile.text(row, "source"), kind = sourceFile.text(row, "kind")
            guard ["surface", "external", "reuse"].contains(kind) else {
                throw ISTPError.modelFile(file: sourceFile.path, field: "line \(row.line), column kind", problem: "\"\(kind)\" is not surface, external or reuse")
            }
            guard let t = periodNames.firstIndex(of: sourceFile.text(row, "period")) else {
                throw ISTPError.modelFile(file: sourceFile.path, field: "line \(row.line), column period", problem: "unknown period")
            }
            if kinds[s] == nil { order.append(s); kinds[s] = kind }
            avail[s, default: [:]][t] = try sourceFile.optionalInterval(row, "avail")
            cost[s, default: [:]][t] = try sourceFile.interval(row, "cost")
            energy[s, default: [:]][t] = try sourceFile.interval(row, "energy")
        }
        provenance.append(try Self.tagSummary(sourceFile, columns: ["avail_tag", "cost_tag", "energy_tag"]))
        func perPeriod<T>(_ map: [Int: T]?, _ s: String, _ what: String) throws -> [T] {
            try periodNames.indices.map { t in
                guard let v = map?[t] else { throw ISTPError.modelFile(file: sourceFile.path, field: "source \(s)", problem: "no \(what) for period \(periodNames[t])") }
                return v
            }
        }
        guard let surfaceName = order.first(where: { kinds[$0] == "surface" }) else {
            throw ISTPError.modelFile(file: sourceFile.path, field: "kind", problem: "one source must have kind surface (its cost and energy intensity)")
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
                throw ISTPError.modelFile(file: params.path, field: "risk_a/risk_b/risk_c", problem: "must sum to 1 (Eq. 1c); they sum to \(r.a + r.b + r.c)")
            }
            r.lowerRow = try bool("risk.lower_row", default: true)
            r.upperRow = try bool("risk.upper_row", default: true)
            r.exempt = try strings("risk.exempt", required: false)
            for e in r.exempt where !users.contains(e) { throw fail("risk.exempt", "unknown sector \(e)") }
            if let policy = value("risk.exemption_policy") {
                guard let text = policy as? String, let p = RiskBalance.ExemptionPolicy(rawValue: text) else {
                    throw fail("risk.exemption_policy", "expected one of \(RiskBalance.ExemptionPolicy.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                r.policy = p
            }
            guard let levelsNode = value("risk.levels") as? [String: Any], !levelsNode.isEmpty else {
                throw fail("risk.levels", "expected a mapping of risk levels to xi, e.g. {R1: 0, R2: -0.02}")
            }
            riskLevels = try levelsNode.keys.sorted().map { ($0, try number(levelsNode[$0]!, "risk.levels.\($0)")) }
            template = r
        }

        // Energy.
        var energyScenarios: [(name: String, cap: [Interval]?)] = []
        if try bool("energy.enabled", default: false) {
            let caps = try CSVFile(path: try dataPath("energy_scenarios"))
            try caps.require(["scenario", "period", "eta_lo", "eta_hi", "tag"])
            provenance.append(try Self.tagSummary(caps, columns: ["tag"]))
            let uncapped = Set(try strings("energy.uncapped", required: false))
            for s in try strings("energy.scenarios") {
                if uncapped.contains(s) { energyScenarios.append((s, nil)); continue }
                let rows = caps.rows.filter { caps.text($0, "scenario") == s }
                let cap = try periodNames.map { t in
                    guard let row = rows.first(where: { caps.text($0, "period") == t }) else {
                        throw ISTPError.modelFile(file: caps.path, field: "scenario \(s)", problem: "no cap for period \(t); list the scenario under energy.uncapped if it has no energy row")
                    }
                    return try caps.interval(row, "eta")
                }
                energyScenarios.append((s, cap))
            }
        } else {
            energyScenarios = [("none", nil)]
        }
        var result = ISTPCase(file: path, base: problem, userNames: userNames, riskLevels: riskLevels, riskTemplate: template,
                              energyScenarios: energyScenarios, defaultScenario: ISTPScenario(energy: "", risk: ""), provenance: provenance)
        result.defaultScenario = try result.scenario(named: (value("default_scenario") as? String) ?? "")
        if value("units") != nil {
            result.waterUnit = try string("units.water")
            result.moneyReport = (try string("units.money_report"), try number(value("units.money_scale") as Any, "units.money_scale"))
        }
        try problem.validate()
        return result
    }

    /// "file: published 9" style counts of the tag columns. Every row needs a known tag, except that a
    /// column `x_tag` may stay empty where the values it tags (`x`, `x_lo`, `x_hi`) are all empty.
    static func tagSummary(_ file: CSVFile, columns: [String]) throws -> String {
        var counts: [ProvenanceTag: Int] = [:]
        for row in file.rows {
            for c in columns {
                let base = c.hasSuffix("_tag") ? String(c.dropLast(4)) : nil
                if let base, file.text(row, c).isEmpty,
                   [base, base + "_lo", base + "_hi"].allSatisfy({ file.text(row, $0).isEmpty }) { continue }
                counts[try file.tag(row, c), default: 0] += 1
            }
        }
        let name = URL(fileURLWithPath: file.path).lastPathComponent
        return "\(name): " + ProvenanceTag.allCases.compactMap { tag in counts[tag].map { "\(tag.rawValue) \($0)" } }
            .joined(separator: ", ")
    }
}

/// Name validation shared with the modeler.
enum WaterNexusModelNames {
    static func validate(_ name: String) throws { try WaterNexusModel.Model.validateName(name) }
}
