import Foundation
import Testing

/// `nexus compare --export-problem` and `--checkpoint`, run as a process on the built binary.
@Suite(.serialized)
struct CompareExportAndCheckpointTests {
    /// The export of Yiwu at 90 %: 12 allocations, 10 rows, 3 objectives; the LR availability row's bound is
    /// the p90 cell of Data/yiwu/availability.csv, and the normalization and continuous hypervolume are
    /// those `nexus compare --json` reports for the same instance.
    @Test func exportedYiwuProblem() throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("yiwu.json").path
        let export = try ExternalTools.runNexus(["compare", "Models/yiwu.yaml", "--rate", "90", "--export-problem", file])
        #expect(export.status == 0, "\(export.errors)")
        let problem = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect((problem["variables"] as? [String])?.count == 12)
        let rows = try #require(problem["rows"] as? [[String: Any]])
        #expect(rows.count == 10 && (problem["objectives"] as? [Any])?.count == 3)
        let csv = try String(contentsOf: ExternalTools.packageRoot.appendingPathComponent("Data/yiwu/availability.csv"), encoding: .utf8)
        let header = csv.split(separator: "\n")[0].split(separator: ",")
        let lr = try #require(csv.split(separator: "\n").first { $0.hasPrefix("LR,") }).split(separator: ",")
        let column = try #require(header.firstIndex(of: "p90_mm3"))
        let p90 = try #require(Double(lr[column]))
        let availability = try #require(rows.first { $0["name"] as? String == "avail(LR)" })
        #expect(availability["upper"] as? Double == p90)

        let compare = try ExternalTools.runNexus(["compare", "Models/yiwu.yaml", "--rate", "90", "--runs", "1", "--budget", "400", "--population", "20", "--json"])
        let report = try #require((try JSONSerialization.jsonObject(with: Data(compare.output.utf8)) as? [String: Any])?["report"] as? [String: Any])
        let comparison = try #require(report["comparison"] as? [String: Any])
        let normalization = try #require(comparison["normalization"] as? [String: [Double]])
        #expect(problem["ideal"] as? [Double] == normalization["ideal"] && problem["nadir"] as? [Double] == normalization["nadir"])
        #expect(problem["continuousHypervolume"] as? Double == report["continuousHypervolume"] as? Double)
        #expect((problem["exactPoints"] as? [[Double]])?.count == (report["exactFront"] as? [[Double]])?.count)
    }

    /// A finished comparison saved with --checkpoint: the same command reads it back and prints the same
    /// report (seconds included, as saved); the file refuses other seeds; network models refuse --checkpoint.
    @Test func checkpointOfAFinishedComparison() throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("state.json").path
        let arguments = ["compare", "Models/yiwu.yaml", "--rate", "90", "--runs", "2", "--budget", "600", "--population", "20",
                         "--save-every", "3", "--json", "--checkpoint", file]
        let first = try ExternalTools.runNexus(arguments)
        #expect(first.status == 0, "\(first.errors)")
        #expect(FileManager.default.fileExists(atPath: file))
        let again = try ExternalTools.runNexus(arguments)
        #expect(again.status == 0 && again.errors.contains("Continuing from"))
        #expect(again.output == first.output)
        let otherSeed = try ExternalTools.runNexus(arguments + ["--seed", "5"])
        #expect(otherSeed.status != 0 && otherSeed.errors.contains("other seeds"))
        let network = try ExternalTools.runNexus(["compare", "Models/network/steel_park.yaml", "--checkpoint", file])
        #expect(network.status != 0 && network.errors.contains("--checkpoint"))
    }
}
