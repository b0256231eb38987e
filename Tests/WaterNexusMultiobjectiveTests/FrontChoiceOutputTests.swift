import Foundation
import Testing
import WaterNexusMultiobjective

struct FrontChoiceOutputTests {
    /// Weighted sum, β = (0.5, 0.5), by hand: (6, 6) is dominated by (5, 4); benefit-normalized over the
    /// candidates (0, 10), (5, 4), (10, 0): 0.5·1 + 0.5·0 = 0.5, 0.5·0.5 + 0.5·0.6 = 0.55, 0.5 → point 2.
    @Test func textAndJSONShowTheHandChoice() throws {
        let table = try FrontTable.parse("point,f1 [min],f2 [min],x\n1,0,10,1\n2,5,4,2\n3,10,0,3\n4,6,6,4\n")
        let result = try FrontChoice.choose(table, rule: .weighted, beta: [0.5, 0.5])
        let output = FrontChoiceOutput(front: "front.csv", table: table, result: result, weights: [0.5, 0.5], gamma: 1)
        #expect(output.text().contains("Chosen: point 2: f1 = 5.0000, f2 = 4.0000"))
        #expect(output.text().contains("(4 points, 3 candidates after removing duplicates and dominated points)"))
        let json = try #require(JSONSerialization.jsonObject(with: Data(try output.json().utf8)) as? [String: Any])
        #expect(json["chosen_point"] as? Int == 2 && json["gamma"] == nil)
        let scores = try #require(json["candidates"] as? [[String: Any]]).compactMap { $0["score"] as? Double }
        #expect(scores.count == 3 && zip(scores, [0.5, 0.55, 0.5]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(json["chosen_values"] as? [Double] == [2])
    }
}
