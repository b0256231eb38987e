import Foundation
import Testing

/// `nexus compare` on a network model file, run as a process on the built binary.
@Suite(.serialized)
struct CompareNetworkCommandTests {
    /// Models/network/recycle_tradeoff.yaml (synthetic): one unit picking up 1 kg/h, fresh water at 1 per t
    /// without carbon, or recycle through a 90 % removal at 0.1 per t and 2 kWh/t (0.5306 kgCO2/kWh); one hour
    /// per year. By hand: minimum emissions 0 (fresh only: 1000 g/h / 100 ppm = 10 t/h, cost 10); minimum cost
    /// 0.1 · 1000/90 = 1.1111 (closed loop at 100 ppm out, 10 ppm in).
    static let model = "Models/network/recycle_tradeoff.yaml"

    func nexus(_ arguments: [String]) throws -> ExternalTools.Result {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus),
                     "build the package first: \(ExternalTools.nexus) is missing")
        return try ExternalTools.run(ExternalTools.nexus, arguments, in: ExternalTools.packageRoot)
    }

    /// The JSON report: 4 certified points, the hand-computed optima, the stored normalization (the exact
    /// designs' ideal and nadir) and reference point, indicators and gaps consistent with the fronts, and
    /// no MORIME point below a certified lower bound.
    @Test func jsonReport() throws {
        let result = try nexus(["compare", Self.model, "--points", "4", "--runs", "2", "--budget", "3000", "--population", "30", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(root["kind"] as? String == "network")
        let report = try #require(root["report"] as? [String: Any])
        let points = try #require(report["exactPoints"] as? [[String: Any]])
        #expect(points.count == 4 && points.allSatisfy { $0["status"] as? String == "optimal" })
        let costMinimum = try #require((report["costMinimum"] as? [String: Any])?["value"] as? Double)
        let emissionsMinimum = try #require((report["emissionsMinimum"] as? [String: Any])?["value"] as? Double)
        #expect(abs(costMinimum - 1000.0 / 900) < 1e-3 && abs(emissionsMinimum) < 1e-6)
        let exact = try #require(report["exactFront"] as? [[Double]])
        let comparison = try #require(report["comparison"] as? [String: Any])
        let normalization = try #require(comparison["normalization"] as? [String: [Double]])
        #expect(normalization["ideal"] == (0..<2).map { k in exact.map { $0[k] }.min()! })
        #expect(normalization["nadir"] == (0..<2).map { k in exact.map { $0[k] }.max()! })
        #expect(comparison["referencePoint"] as? [Double] == [1.1, 1.1])
        let referenceHV = try #require(comparison["referenceHypervolume"] as? Double)
        let runs = try #require(comparison["runs"] as? [[String: Any]])
        #expect(runs.count == 2)
        for run in runs {
            #expect(run["evaluations"] as? Int == 3000)
            let indicators = try #require(run["indicators"] as? [String: Any])
            let hv = try #require((indicators["hypervolume"] as? [String: Any])?["value"] as? Double)
            #expect(abs(try #require(indicators["hypervolumeRatio"] as? Double) - hv / referenceHV) < 1e-12)
            let front = try #require(run["front"] as? [[Double]])
            let gaps = try #require(run["objectiveGaps"] as? [Double])
            #expect(!front.isEmpty)
            #expect(abs(gaps[0] - (front.map { $0[0] }.min()! - costMinimum)) < 1e-9)
            #expect(abs(gaps[1] - (front.map { $0[1] }.min()! - emissionsMinimum)) < 1e-9)
            #expect(gaps[0] >= -1e-6 && gaps[1] >= -1e-6) // both optima certified with gap 0 here
        }
        #expect((report["certificateBreaches"] as? [Any])?.isEmpty == true)
    }

    /// The text report and the files: --out writes the JSON, CSVs and SVGs; --write-lp one LP file per
    /// model solved, each accepted by glpsol when it is installed.
    @Test func textFilesAndModelFiles() throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out"), lp = directory.appendingPathComponent("lp")
        let result = try nexus(["compare", Self.model, "--points", "3", "--runs", "1", "--budget", "1000", "--population", "20",
                                "--out", out.path, "--write-lp", lp.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("MORIME against the certified ε-constraint front, network recycle_tradeoff"))
        #expect(result.output.contains("Certificate check: no MORIME point beats a certified lower bound"))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["comparison.json", "convergence.svg", "exact_front.csv", "front_seed1.csv", "fronts.svg", "summary.csv"])
        let exactCSV = try String(contentsOf: out.appendingPathComponent("exact_front.csv"), encoding: .utf8)
        #expect(exactCSV.split(separator: "\n").count == 4) // header + 3 points
        let models = try FileManager.default.contentsOfDirectory(atPath: lp.path).sorted()
        #expect(!models.isEmpty && models.allSatisfy { $0.hasPrefix("network_") && $0.hasSuffix(".lp") })
        if let glpsol = ExternalTools.glpsol {
            for name in models.prefix(3) {
                let check = try ExternalTools.run(glpsol, ["--lp", lp.appendingPathComponent(name).path, "--check"])
                #expect(check.status == 0, "glpsol rejects \(name): \(check.output)")
            }
        }
    }

    /// A YAML file that is neither an allocation nor a network model: a non-zero exit and a message naming
    /// both accepted kinds.
    @Test func fileOfNeitherKindIsRejected() throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("other.yaml")
        try "name: something\nitems: [1, 2]\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try nexus(["compare", file.path])
        #expect(result.status != 0)
        #expect(result.errors.contains("neither an allocation model") && result.errors.contains("nor a network model"), "\(result.errors)")
    }
}
