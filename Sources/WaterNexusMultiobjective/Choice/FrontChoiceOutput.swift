import WaterNexusReports

/// What `nexus choose` shows: the candidates with their scores and the chosen point, as text for the
/// terminal or JSON for programs.
public struct FrontChoiceOutput: Sendable {
    /// The front file, as named on the command line.
    public var front: String
    /// The front that was read.
    public var table: FrontTable
    /// The choice made on it.
    public var result: FrontChoiceResult
    /// The objective weights β.
    public var weights: [Double]
    /// The regret parameter γ (shown for the regret rule only).
    public var gamma: Double

    public init(front: String, table: FrontTable, result: FrontChoiceResult, weights: [Double], gamma: Double) {
        self.front = front
        self.table = table
        self.result = result
        self.weights = weights
        self.gamma = gamma
    }

    /// The candidates, their scores and the chosen point as aligned text.
    public func text() -> String {
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

    /// The choice as JSON (snake-case keys; points numbered from 1).
    public func json() throws -> String {
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
}
