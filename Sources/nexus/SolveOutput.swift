import WaterNexusGLPK
import WaterNexusModel
import WaterNexusReports

/// What `nexus solve` prints: a plain-text report or one JSON object (keys in a fixed order).
enum SolveOutput {
    static func text(_ model: Model, _ solution: Solution, ranges: Bool) -> String {
        var lines = ["status: \(solution.status.rawValue)"]
        if !solution.retries.isEmpty {
            lines.append("note: GLPK failed inside branch-and-cut; the status comes from retrying:")
            lines += solution.retries.map { "  retry: " + $0 }
        }
        if let objective = solution.objective { lines.append("objective: \(NumberFormat.exact(objective))") }
        if let bound = solution.bestBound { lines.append("best bound: \(NumberFormat.exact(bound))") }
        if let gap = solution.gap { lines.append("gap: \(NumberFormat.exact(gap))") }
        if let certificate = solution.exactCertificate {
            lines.append("exact simplex: \(certificate.status.rawValue)"
                + (certificate.objective.map { ", objective \(NumberFormat.exact($0))" } ?? ""))
        }
        if solution.hasSolution {
            var table = TextTable(headers: ["variable", "value"])
            for variable in model.variables where solution.values[variable.index] != 0 {
                table.append([model.name(of: variable), NumberFormat.exact(solution.values[variable.index])])
            }
            lines.append("")
            lines.append(table.rows.isEmpty ? "all variables are 0" : table.render())
        }
        if ranges, let report = solution.ranges {
            var costs = TextTable(headers: ["variable", "cost", "cost lower", "cost upper"])
            for range in report.costs {
                costs.append([model.name(of: range.variable), NumberFormat.exact(range.coefficient),
                              NumberFormat.exact(range.lower), NumberFormat.exact(range.upper)])
            }
            var bounds = TextTable(headers: ["constraint", "activity", "active", "bound lower", "bound upper"])
            for range in report.bounds {
                bounds.append([model.name(of: range.constraint), NumberFormat.exact(range.activity), range.active ? "yes" : "no",
                               NumberFormat.exact(range.lower), NumberFormat.exact(range.upper)])
            }
            lines += ["", costs.render(), "", bounds.render()]
        } else if ranges {
            lines += ["", "no ranges: they need an LP optimum from the simplex method"]
        }
        return lines.joined(separator: "\n")
    }

    /// `{"status":…,"objective":…,"variables":{…},"bestBound":…,"gap":…}`; NaN and infinities become null.
    /// When a MIP's status came from retrying after GLPK failed, `"retries":[…]` says how.
    /// With `diagnosis`, an infeasible model adds `"iis":{"rows":[…],"bounds":[…]}` and an unbounded one `"ray":{…}`.
    static func json(_ model: Model, _ solution: Solution, diagnosis: Diagnosis? = nil) -> String {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        var fields: [(String, JSONValue)] = [
            ("status", .string(solution.status.rawValue)),
            ("objective", number(solution.objective)),
            ("variables", .object(solution.hasSolution
                ? model.variables.map { (model.name(of: $0), .number(solution.values[$0.index])) } : [])),
        ]
        if solution.isMIP {
            fields.append(("bestBound", number(solution.bestBound)))
            fields.append(("gap", number(solution.gap)))
        }
        if !solution.retries.isEmpty {
            fields.append(("retries", .array(solution.retries.map(JSONValue.string))))
        }
        if let certificate = solution.exactCertificate {
            fields.append(("exact", .object([("status", .string(certificate.status.rawValue)), ("objective", number(certificate.objective))])))
        }
        switch diagnosis {
        case let .irreducibleSubsystem(iis)?:
            fields.append(("iis", .object([
                ("rows", .array(iis.constraints.map { .string(model.name(of: $0)) })),
                ("bounds", .array(iis.bounds.map { .string("\(model.name(of: $0.variable)).\($0.side.rawValue)") })),
                ("text", .array(iis.describe(in: model).map(JSONValue.string))),
            ])))
        case let .ray(direction)?:
            fields.append(("ray", .object(model.variables.filter { direction[$0.index] != 0 }
                .map { (model.name(of: $0), .number(direction[$0.index])) })))
        case nil: break
        }
        return JSONValue.object(fields).compact()
    }

    /// Why a model has no optimum, when `--explain` asked for it.
    enum Diagnosis {
        case irreducibleSubsystem(IrreducibleInfeasibleSubsystem)
        case ray([Double])
    }

    /// The diagnosis as text lines.
    static func text(_ model: Model, _ diagnosis: Diagnosis) -> String {
        switch diagnosis {
        case let .irreducibleSubsystem(iis):
            return (["", "irreducible infeasible subsystem (drop any one member and the rest is feasible):"]
                + iis.describe(in: model).map { "  " + $0 }).joined(separator: "\n")
        case let .ray(direction):
            var table = TextTable(headers: ["variable", "ray direction"])
            for variable in model.variables where direction[variable.index] != 0 {
                table.append([model.name(of: variable), NumberFormat.exact(direction[variable.index])])
            }
            return "\nthe objective improves without bound along:\n" + table.render()
        }
    }
}
