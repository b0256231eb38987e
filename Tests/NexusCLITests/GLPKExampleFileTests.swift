import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusModel

/// GLPK's own example models, read by our readers and solved by GLPKSolver, against glpsol's optimum.
@Suite(.enabled(if: ExternalTools.glpsol != nil, "glpsol (glpk-utils) is not installed: GLPK example tests skipped"),
       .enabled(if: ExternalTools.hasGLPKExamples, "GLPK's examples are missing from /usr/share/doc/glpk-utils/examples (is /usr/share/doc excluded by dpkg?)"))
struct GLPKExampleFileTests {
    /// Every .mps and .lp file shipped with GLPK (gzipped ones unpacked first).
    static let modelFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ExternalTools.glpkExamples.path)) ?? []
        return names.filter { [".mps", ".lp", ".mps.gz", ".lp.gz"].contains(where: $0.hasSuffix) }.sorted()
    }()

    /// murtagh.mps is a maximization (its header says so; MPS files without OBJSENSE minimize).
    static let maximized: Set<String> = ["murtagh.mps"]

    @Test func theExampleDirectoryHasModelFiles() {
        #expect(Self.modelFiles.count >= 9, "found \(Self.modelFiles)")
    }

    @Test(arguments: modelFiles)
    func shippedFile(_ name: String) throws {
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var file = ExternalTools.glpkExamples.appendingPathComponent(name)
        if name.hasSuffix(".gz") {
            let unpacked = directory.appendingPathComponent(String(name.dropLast(3)))
            let result = try ExternalTools.run("/bin/sh", ["-c", "gzip -dc '\(file.path)' > '\(unpacked.path)'"])
            try #require(result.status == 0)
            file = unpacked
        } else {
            let copy = directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: file, to: copy)
            file = copy
        }
        var model = try Model.read(contentsOf: file)
        let maximize = Self.maximized.contains(name)
        if maximize { model.setObjectiveSense(.maximize) }
        let format = file.pathExtension == "lp" ? "--lp" : "--mps"
        let reference = try #require(try ExternalTools.glpsolOptimum(file, format: format, maximize: maximize))
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(ExternalTools.close(try #require(solution.objective), reference.objective), "\(name): ours \(solution.objective ?? .nan), glpsol \(reference.objective)")
        // glpsol drops free rows from MPS files; these examples have none besides the objective.
        #expect(model.constraintCount == reference.rows && model.variableCount == reference.columns)
    }

    /// GMPL models (LP and MILP) that glpsol translates and solves in well under a second.
    static let mathProgModels = [
        "assign", "bpp", "cf12a", "cpp", "diet", "dist", "egypt", "fctp", "food", "gap", "maxcut", "maxflow",
        "mfasp", "min01ks", "money", "mvcp", "powpl25h", "prod", "queens", "shiftcov", "spp", "stigler",
        "train", "transp", "zebra",
    ]

    @Test(arguments: mathProgModels)
    func mathProgModel(_ name: String) throws {
        let glpsol = try #require(ExternalTools.glpsol)
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lp = directory.appendingPathComponent("\(name).lp")
        // GLPK's MPS writer drops the objective sense, so the translation goes through CPLEX LP.
        let translation = try ExternalTools.run(glpsol, ["--math", "\(name).mod", "--check", "--wlp", lp.path], in: ExternalTools.glpkExamples)
        try #require(translation.status == 0, "glpsol could not translate \(name).mod: \(translation.output.suffix(300))")
        let reference = try #require(try ExternalTools.glpsolOptimum(lp, format: "--lp"), "glpsol found no optimum for \(name)")
        let model = try Model.read(contentsOf: lp)
        #expect(model.constraintCount == reference.rows && model.variableCount == reference.columns)
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(ExternalTools.close(try #require(solution.objective), reference.objective),
                "\(name): ours \(solution.objective ?? .nan), glpsol \(reference.objective)")
    }
}
