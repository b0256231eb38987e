import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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
    /// (payoff ideal, exact nadir) and reference point, and its numbers are consistent: the hypervolume
    /// ratio is the run's hypervolume over the continuous exact front's and at most 1, the gaps are
    /// MORIME's minima minus the payoff ideal, and the regret choice on the exact front has f1 = 0.
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
        let vertices = try #require(report["extremePoints"] as? [[Double]])
        #expect(normalization["ideal"] == report["payoffIdeal"] as? [Double])
        #expect(normalization["nadir"] == (0..<3).map { k in vertices.map { $0[k] }.max()! })
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

    /// The continuous front's hypervolume in the JSON equals the volume of (conv(V) + ℝ³₊) ∩ {y ≤ r}
    /// computed by Qhull (scipy) as the hull of the extreme points with every subset of coordinates
    /// raised to the reference point.
    @Test(.enabled(if: CompareCommandTests.hasScipy, "python3 with scipy is not installed")) func continuousHypervolumeMatchesQhull() throws {
        let result = try nexus(["compare", "Models/yiwu.yaml", "--rate", "90", "--runs", "1", "--budget", "400", "--population", "20", "--json"])
        #expect(result.status == 0)
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("report.json")
        try result.output.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import itertools, json, sys
            import numpy as np
            from scipy.spatial import ConvexHull
            r = json.load(open(sys.argv[1]))["report"]; c = r["comparison"]
            lo, hi = np.array(c["normalization"]["ideal"]), np.array(c["normalization"]["nadir"])
            ref = np.array(c["referencePoint"]); V = (np.array(r["extremePoints"]) - lo) / (hi - lo)
            pts = [[ref[k] if m[k] else v[k] for k in range(3)] for v in V for m in itertools.product([0, 1], repeat=3)]
            print(repr(ConvexHull(np.array(pts)).volume), repr(r["continuousHypervolume"]))
            """
        let python = try ExternalTools.run(try #require(ExternalTools.python), ["-c", script, file.path])
        let numbers = python.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 2, "python: \(python.errors)")
        #expect(abs(numbers[0] - numbers[1]) < 1e-9 * numbers[0], "qhull \(numbers[0]), nexus \(numbers[1])")
    }

    static let hasScipy: Bool = {
        guard let python = ExternalTools.python else { return false }
        return (try? ExternalTools.run(python, ["-c", "import scipy.spatial, numpy"]).status) == 0
    }()

    /// The default job adds the comparison at 90 % without wall-clock values: its summary CSV has the
    /// same hypervolume ratio as the printed table, and the demo's own files are still written.
    @Test func demoHasTheComparisonSection() throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try nexus(["demo", "--out", directory.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("MORIME against the exact front") && result.output.contains("rate 90 %"))
        #expect(!result.output.contains("seconds"))
        for file in ["front_summary.csv", "summary.json", "morime_vs_exact_90_summary.csv", "morime_vs_exact_90_choice.csv",
                     "morime_vs_exact_90_fronts.csv", "morime_vs_exact_90_f2_f3.svg"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path), "\(file) missing")
        }
        let csv = try String(contentsOf: directory.appendingPathComponent("morime_vs_exact_90_summary.csv"), encoding: .utf8)
        let row = try #require(csv.split(separator: "\n").first { $0.hasPrefix("hypervolume / exact (continuous front)") })
        let value = try #require(row.split(separator: ",").last.map(String.init))
        let ratio = try #require(Double(value))
        #expect(ratio > 0.5 && ratio <= 1)
        #expect(result.output.contains(value))
    }

    /// The test problems still work without a model file; a model with --problem is refused.
    @Test func testProblemAndBadArguments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-compare-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zdt = try nexus(["compare", "--problem", "zdt1", "--budget", "400", "--population", "20", "--json", "--out", folder])
        #expect(zdt.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(zdt.output.utf8)) as? [String: Any])
        #expect(abs(try #require(root["referenceHypervolume"] as? Double) - 2.0 / 3) < 1e-12)
        // The overlay of the true front (200 samples) and MORIME's front is well-formed SVG naming both.
        let svg = try String(contentsOfFile: folder + "/fronts.svg", encoding: .utf8)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("true front (200 points)") && svg.contains("MORIME ("))
        let both = try nexus(["compare", "Models/yiwu.yaml", "--problem", "zdt1"])
        #expect(both.status != 0 && both.errors.contains("either MODEL or --problem"))
        let rate = try nexus(["compare", "Models/yiwu.yaml", "--rate", "80", "--budget", "400", "--population", "20"])
        #expect(rate.status != 0 && rate.errors.contains("80"))
    }
}
