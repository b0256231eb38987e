import WaterNexusGLPK
import WaterNexusModel
import WaterNexusReports

/// What `nexus solve` prints: a plain-text report or one JSON object (keys in a fixed order).
enum SolveOutput {
    static func text(_ model: Model, _ solution: Solution, ranges: Bool) -> String {
        var lines = ["status: \(solution.status.rawValue)"]
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
    static func json(_ model: Model, _ solution: Solution) -> String {
        var fields: [(String, String)] = [
            ("status", quoted(solution.status.rawValue)),
            ("objective", number(solution.objective)),
        ]
        var variables: [String] = []
        if solution.hasSolution {
            variables.reserveCapacity(model.variableCount)
            for variable in model.variables {
                variables.append("\(quoted(model.name(of: variable))):\(number(solution.values[variable.index]))")
            }
        }
        fields.append(("variables", "{" + variables.joined(separator: ",") + "}"))
        if solution.isMIP {
            fields.append(("bestBound", number(solution.bestBound)))
            fields.append(("gap", number(solution.gap)))
        }
        if let certificate = solution.exactCertificate {
            fields.append(("exact", "{\"status\":\(quoted(certificate.status.rawValue)),\"objective\":\(number(certificate.objective))}"))
        }
        return "{" + fields.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return NumberFormat.exact(value)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
