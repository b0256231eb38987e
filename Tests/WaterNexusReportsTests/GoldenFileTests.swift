import Foundation
import Testing
import WaterNexusReports

/// Byte-for-byte comparison with reviewed files in `Golden/`. After an intended change of the output,
/// run with `UPDATE_GOLDEN=1` to rewrite the files, look at them (e.g. `rsvg-convert`, or
/// Scripts/render_report.sh), and commit them with the change.
struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ actual: String, against name: String) throws {
        let url = GoldenFileTests.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: url.path), "missing golden file \(url.path)")
        #expect(Data(actual.utf8) == expected, "\(name) differs from the golden file; see GoldenFileTests for how to update")
    }

    @Test func allocationTextTable() throws {
        var table = TextTable(headers: ["source", "user", "x (Mm³/yr)", "cost (10⁶ $)"], alignments: [.left, .left, .right, .right])
        table.append(["Reservoir", "City", NumberFormat.fixed(100), NumberFormat.fixed(12.4)])
        table.append(["Reservoir", "Agriculture", NumberFormat.fixed(20), NumberFormat.fixed(1.1)])
        table.append(["Groundwater", "Agriculture", NumberFormat.fixed(29.995, 1), NumberFormat.fixed(-0.004)])
        try check(table.render() + "\n", against: "allocation-table.txt")
    }

    @Test func scatterWithFrontAndChosenPoint() throws {
        try check(SampleFigures.scatter(), against: "scatter.svg")
    }

    @Test func barsWithIntervals() throws {
        try check(SampleFigures.bar(), against: "bar-intervals.svg")
    }

    @Test func networkDiagram() throws {
        try check(SampleFigures.network(), against: "network.svg")
    }
}
