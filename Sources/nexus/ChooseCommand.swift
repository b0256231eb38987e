import ArgumentParser
import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// `nexus choose FRONT.csv --beta …`: chooses one point of a front by regret, weighted sum or TOPSIS.
struct ChooseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "choose",
        abstract: "Choose one point of a front CSV by regret (GRRM), weighted sum or TOPSIS.",
        discussion: """
            FRONT.csv has a header "point", one column per objective named "NAME [min]" or "NAME [max]", \
            then one column per variable. Duplicate and dominated points are removed before choosing. \
            Objectives are normalized to benefit form on [0, 1] over the candidates for the regret and \
            weighted rules; TOPSIS uses vector normalization.
            """)

    @Argument(help: "The front CSV file.")
    var front: String

    @Option(help: "Objective weights β, comma-separated, one per objective (e.g. 0.7,0.2,0.1).")
    var beta: String

    @Option(help: "Regret parameter γ in [0, 1] (regret rule only; 0 ranks like the weighted sum).")
    var gamma: Double = 1

    @Option(help: "The rule: regret, weighted or topsis.")
    var rule: String = ChoiceRule.regret.rawValue

    @Flag(help: "Print JSON instead of a text table.")
    var json = false

    func run() throws {
        guard let rule = ChoiceRule(rawValue: rule) else {
            throw ValidationError("--rule \(self.rule) is unknown; use one of \(ChoiceRule.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let weights = try beta.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { k, text in
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--beta: weight \(k + 1) \"\(text)\" is not a number; write e.g. 0.7,0.2,0.1")
            }
            return value
        }
        let table = try FrontTable.read(contentsOfFile: front)
        let result = try FrontChoice.choose(table, rule: rule, beta: weights, gamma: gamma)
        print(json ? try jsonText(table, result, weights) : text(table, result, weights), terminator: json ? "" : "\n")
    }

    func text(_ table: FrontTable, _ result: FrontChoiceResult, _ weights: [Double]) -> String {
        let headers = ["point"] + table.objectiveNames.enumerated().map { "\($1) [\(table.senses[$0].rawValue.prefix(3))]" }
            + [result.rule.scoreName, "chosen"]
        var rows = TextTable(headers: headers)
        for (k, index) in result.candidates.enumerated() {
            rows.append(["\(index + 1)"] + table.points[index].objectives.map { NumberFormat.fixed($0, 4) }
                        + [NumberFormat.fixed(result.scores[k], 6), index == result.chosen ? "*" : ""])
        }
        let gammaText = result.rule == .regret ? ", γ = \(NumberFormat.exact(gamma))" : ""
        let chosen = table.points[result.chosen]
        let values = zip(table.objectiveNames, chosen.objectives).map { "\($0) = \(NumberFormat.fixed($1, 4))" }
        return """
            Front: \(front) (\(table.points.count) points, \(result.candidates.count) candidates after removing duplicates and dominated points)
            Rule: \(result.rule.rawValue), β = \(weights.map(NumberFormat.exact).joined(separator: ", "))\(gammaText)

            \(rows.render())

            Chosen: point \(result.chosen + 1): \(values.joined(separator: ", "))
            """
    }

    struct Report: Encodable {
        struct Candidate: Encodable {
            var point: Int
            var objectives: [Double]
            var score: Double
        }
        enum CodingKeys: String, CodingKey {
            case front, rule, beta, gamma, senses, candidates
            case objectiveNames = "objective_names", chosenPoint = "chosen_point", chosenObjectives = "chosen_objectives"
            case variableNames = "variable_names", chosenValues = "chosen_values"
        }
        var front: String
        var rule: String
        var beta: [Double]
        var gamma: Double?
        var objectiveNames: [String]
        var senses: [String]
        var candidates: [Candidate]
        var chosenPoint: Int
        var chosenObjectives: [Double]
        var variableNames: [String]
        var chosenValues: [Double]
    }

    func jsonText(_ table: FrontTable, _ result: FrontChoiceResult, _ weights: [Double]) throws -> String {
        let chosen = table.points[result.chosen]
        let report = Report(
            front: front, rule: result.rule.rawValue, beta: weights, gamma: result.rule == .regret ? gamma : nil,
            objectiveNames: table.objectiveNames, senses: table.senses.map(\.rawValue),
            candidates: zip(result.candidates, result.scores).map {
                Report.Candidate(point: $0 + 1, objectives: table.points[$0].objectives, score: $1)
            },
            chosenPoint: result.chosen + 1, chosenObjectives: chosen.objectives,
            variableNames: chosen.values.isEmpty ? [] : table.variableNames, chosenValues: chosen.values)
        return try ReportJSON.encode(report)
    }
}
