import Foundation
import Testing

/// The built `nexus` outside the repository: the default job from an empty folder, and `nexus init`
/// followed by the command its README names.
@Suite(.serialized)
struct RunAnywhereTests {
    /// The CSV files of a result folder, by name.
    static func tables(in folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    @Test func defaultJobRunsFromAnEmptyFolderWithTheRepositoryNumbers() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let empty = try ExternalTools.temporaryDirectory()
        let run = try ExternalTools.run(ExternalTools.nexus, [], in: empty)
        #expect(run.status == 0, "\(run.errors)")
        let out = empty.appendingPathComponent("out/demo")
        // The bundled case lies beside the results, byte for byte the repository's, and the report's
        // command line names it.
        for path in ["Models/yiwu.yaml", "Data/yiwu/users.csv", "Data/yiwu/availability.csv"] {
            let written = try Data(contentsOf: out.appendingPathComponent("case/" + path))
            #expect(written == (try Data(contentsOf: ExternalTools.packageRoot.appendingPathComponent(path))), "\(path)")
        }
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("nexus demo --case out/demo/case/Models/yiwu.yaml --out out/demo"))

        let reference = try ExternalTools.temporaryDirectory()
        let inRepository = try ExternalTools.run(ExternalTools.nexus, ["demo", "--out", reference.path], in: ExternalTools.packageRoot)
        #expect(inRepository.status == 0, "\(inRepository.errors)")
        let expected = try Self.tables(in: reference), got = try Self.tables(in: out)
        #expect(expected.count >= 8 && got.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected { #expect(got[name] == data, "\(name) differs from the repository run") }

        // A second run uses the (possibly edited) case it finds there.
        let users = out.appendingPathComponent("case/Data/yiwu/users.csv")
        let edited = try String(contentsOf: users, encoding: .utf8).replacingOccurrences(of: "residential", with: "homes")
        try edited.write(to: users, atomically: true, encoding: .utf8)
        let again = try ExternalTools.run(ExternalTools.nexus, [], in: empty)
        #expect(again.status == 1 && again.errors.contains("Using the case in out/demo/case/"), "\(again.errors)")
        #expect(again.errors.contains("out/demo/case/Models/yiwu.yaml") && again.errors.contains("no row with user = 'residential'"), "\(again.errors)")
    }

    @Test(arguments: [("allocation", "pareto"), ("istp", "istp"), ("network", "network")])
    func initWritesACaseItsCommandRuns(family: String, command: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: ExternalTools.nexus), "build the package first")
        let folder = try ExternalTools.temporaryDirectory()
        let written = try ExternalTools.run(ExternalTools.nexus, ["init", family, "mine"], in: folder)
        #expect(written.status == 0, "\(written.errors)")
        #expect(written.output.contains("nexus \(command) \(family).yaml"))
        let readme = try String(contentsOf: folder.appendingPathComponent("mine/README.md"), encoding: .utf8)
        #expect(readme.contains("nexus \(command) \(family).yaml"))
        let solved = try ExternalTools.run(ExternalTools.nexus, [command, "\(family).yaml", "--write-lp", "lp"],
                                           in: folder.appendingPathComponent("mine"))
        #expect(solved.status == 0, "\(solved.errors)")
        let models = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("mine/lp").path)
        #expect(!models.isEmpty)

        let again = try ExternalTools.run(ExternalTools.nexus, ["init", family, "mine"], in: folder)
        #expect(again.status == 1 && again.errors.contains("mine already has") && again.errors.contains("--force"), "\(again.errors)")
        let forced = try ExternalTools.run(ExternalTools.nexus, ["init", family, "mine", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.errors)")
    }

    /// Scripts/nexus.sh (the README's first command) in every branch: GLPK found, installed with apt-get
    /// (as root or through sudo), dnf or Homebrew, or a message saying what to install; dry runs only.
    @Test func readmeFirstCommandScriptHandlesEveryMachine() throws {
        let bash = try #require(ExternalTools.which("bash"))
        let run = try ExternalTools.run(bash, ["Scripts/test_nexus_sh.sh"], in: ExternalTools.packageRoot)
        #expect(run.status == 0 && run.output.contains("every branch checked"), "\(run.output)\(run.errors)")
    }
}
