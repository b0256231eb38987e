import Foundation
import Testing

/// `nexus network MODEL --method bnb|refine`, run as a process on the built binary.
@Suite(.serialized)
struct NetworkMethodCommandTests {
    /// Both methods certify Wang & Smith's published 90 t/h and say in the JSON which one ran.
    @Test(arguments: ["bnb", "refine"])
    func bothMethodsCertifyWangSmith(method: String) throws {
        let result = try ExternalTools.runNexus(["network", "Models/network/wang_smith_1994.yaml", "--method", method, "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["method"] as? String == method)
        #expect(json["status"] as? String == "optimal")
        let design = try #require(json["upperBound"] as? Double), bound = try #require(json["lowerBound"] as? Double)
        #expect(abs(design - 90) < 1e-5)
        #expect(bound <= 90 + 1e-6 && bound >= 90 * (1 - 1e-3))
    }

    @Test func relaxationWithoutRefineIsAnArgumentError() throws {
        let result = try ExternalTools.runNexus(["network", "Models/network/wang_smith_1994.yaml", "--relaxation", "nmdt"])
        #expect(result.status != 0)
        #expect(result.errors.contains("add --method refine"), "\(result.errors)")
    }

    @Test func unknownMethodIsAnArgumentError() throws {
        let result = try ExternalTools.runNexus(["network", "Models/network/wang_smith_1994.yaml", "--method", "simplex"])
        #expect(result.status != 0)
        #expect(result.errors.contains("--method must be bnb or refine, got simplex"), "\(result.errors)")
    }
}
