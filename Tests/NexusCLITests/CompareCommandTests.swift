import Foundation
import Testing

/// `nexus compare`, run as a process on the built binary.
@Suite(.serialized)
struct CompareCommandTests {
    func nexus(_ arguments: [String]) throws -> ExternalTools.Result {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus),
                     "build the package first: \(ExternalTools.nexus) is missing")
        return try ExternalTools.run(ExternalTools.nexus, arguments, in: ExternalTools.packageRoot)
    }

    /// The Yiwu model at its first rate (75 %): the JSON names the case and rate, stores the normalization
    /// (the exact front's bounding box) and reference point, and its numbers are consistent: the
    /// hypervolume ratio is the run's hypervolume over the exact one and at most 1, the gaps are MORIME's
    /// minima minus the payoff ideal, and the regret choice on the exact front has f1 = 0.
    @Test func yiwuJSONReport() throws {
        let result = try nexus(["compare", "Models/yiwu.yaml", "--runs", "1", "--budget", "2000", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(root["caseName"] as? String == "yiwu" && root["rate"] as? String == "75" && root["scenario"] as? String == "O")
        let report = try #require(root["report"] as? [String: Any])
        let exact = try #require(report["exactFront"] as? [[Double]])
        #expect(exact.count > 20)
        let comparison = try #require(report["comparison"] as? [String: Any])
        let normalization = try #require(comparison["normalization"] as? [String: [Double]])
        #expect(normalization["ideal"] == (0..<3).map { k in exact.map { $0[k] }.min()! })
        #expect(normalization["nadir"] == (0..<3).map { k in exact.map { $0[k] }.max()! })
        #expect(comparison["referencePoint"] as? [Double] == [1.1, 1.1, 1.1])
        let runs = try #require(comparison["runs"] as? [[String: Any]])
        let run = try #require(runs.first)
        #expect(runs.count == 1 && run["evaluations"] as? Int == 2000)
        let indicators = try #require(run["indicators"] as? [String: Any])
        let hv = try #require((indicators["hypervolume"] as? [String: Any])?["value"] as? Double)
        let exactHV = try #require(comparison["referenceHypervolume"] as? Double)
        let ratio = try #require(indicators["hypervolumeRatio"] as? Double)
        #expect(abs(ratio - hv / exactHV) < 1e-12 && ratio > 0.5 && ratio <= 1 + 1e-9)
        let front = try #require(run["front"] as? [[Double]])
        let ideal = try #require(report["payoffIdeal"] as? [Double])
        let gaps = try #require(run["objectiveGaps"] as? [Double])
        for k in 0..<3 { #expect(abs(gaps[k] - (front.map { $0[k] }.min()! - ideal[k])) < 1e-9) }
        let choice = try #require((report["choices"] as? [[String: Any]])?.first)
        #expect(abs(try #require((choice["exact"] as? [Double])?.first)) < 1e-6)
    }

    /// The test problems still work without a model file; a model with --problem is refused.
    @Test func testProblemAndBadArguments() throws {
        let zdt = try nexus(["compare", "--problem", "zdt1", "--budget", "400", "--population", "20", "--json"])
        #expect(zdt.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(zdt.output.utf8)) as? [String: Any])
        #expect(abs(try #require(root["referenceHypervolume"] as? Double) - 2.0 / 3) < 1e-12)
        let both = try nexus(["compare", "Models/yiwu.yaml", "--problem", "zdt1"])
        #expect(both.status != 0 && both.errors.contains("either MODEL or --problem"))
        let rate = try nexus(["compare", "Models/yiwu.yaml", "--rate", "80", "--budget", "400", "--population", "20"])
        #expect(rate.status != 0 && rate.errors.contains("80"))
    }
}
