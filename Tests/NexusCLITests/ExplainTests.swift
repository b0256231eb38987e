import Foundation
import Testing

/// `nexus solve --explain` on small models whose diagnosis is known by hand.
@Suite(.serialized)
struct ExplainTests {
    func solve(_ text: String, _ name: String, _ extra: [String]) throws -> ExternalTools.Result {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let directory = try ExternalTools.temporaryDirectory()
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try ExternalTools.run(ExternalTools.nexus, ["solve", file.path, "--explain"] + extra)
    }

    /// cap: x + y ≤ 4 against needX: x ≥ 3 and needY: y ≥ 2 (3 + 2 > 4); `spare` is a bystander and
    /// the bound y ≤ 10 plays no part. By hand the only IIS is {cap, needX, needY}.
    @Test func infeasibleModelShowsItsIrreducibleSubsystem() throws {
        let lp = "Minimize\n obj: x + y\nSubject To\n cap: x + y <= 4\n needX: x >= 3\n needY: y >= 2\n spare: z <= 10\nBounds\n y <= 10\nEnd\n"
        let text = try solve(lp, "infeasible.lp", [])
        #expect(text.status == 2) // proven infeasible (nexus --help: exit statuses)
        #expect(text.output.contains("status: infeasible"))
        #expect(text.output.contains("row cap: x + y <= 4") && text.output.contains("row needX: x >= 3"))
        #expect(!text.output.contains("spare"))
        let json = try solve(lp, "infeasible.lp", ["--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let iis = try #require(object["iis"] as? [String: Any])
        #expect(iis["rows"] as? [String] == ["cap", "needX", "needY"])
        #expect((iis["bounds"] as? [String])?.isEmpty == true)
    }

    /// max x + y with x − y ≤ 1, x, y ≥ 0: along d = (1, 1) the row stays at its value and the
    /// objective grows by 2 per step; the reported ray must keep x − y from growing and improve x + y.
    @Test func unboundedModelShowsARay() throws {
        let json = try solve("Maximize\n obj: x + y\nSubject To\n a: x - y <= 1\nEnd\n", "unbounded.lp", ["--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "unbounded")
        let ray = try #require(object["ray"] as? [String: Double])
        let dx = ray["x"] ?? 0, dy = ray["y"] ?? 0
        #expect(dx - dy <= 1e-9 && dx >= 0 && dy >= 0 && dx + dy > 0)
    }
}
