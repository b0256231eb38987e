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
        let output = FrontChoiceOutput(front: front, table: table, result: result, weights: weights, gamma: gamma)
        print(json ? try output.json() : output.text(), terminator: json ? "" : "\n")
    }
}
