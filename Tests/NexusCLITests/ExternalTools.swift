import Foundation
import Testing
import WaterNexusTestSupport

/// Runs the `nexus` binary and the independent solvers (glpsol, CBC, HiGHS through
/// Scripts/highs_solve.py) that the file tests compare against.
enum ExternalTools {
    typealias Result = Subprocess.Result

    /// The package root.
    static let packageRoot = Subprocess.packageRoot
    /// The built `nexus` binary.
    static let nexus = packageRoot.appendingPathComponent(".build/debug/nexus").path
    /// GLPK's example models (Debian package glpk-utils).
    static let glpkExamples = URL(fileURLWithPath: "/usr/share/doc/glpk-utils/examples")

    /// Whether GLPK's example models are installed (glpk-utils puts them under /usr/share/doc).
    static let hasGLPKExamples = FileManager.default.fileExists(atPath: glpkExamples.appendingPathComponent("plan.mps").path)

    static let glpsol = which("glpsol")
    static let cbc = which("cbc")
    static let python = which("python3")

    /// The full path of `program` on PATH, or nil.
    static func which(_ program: String) -> String? { Subprocess.which(program) }

    /// Runs `executable` with `arguments` in `directory`, collecting its output.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        try Subprocess.run(executable, arguments, in: directory)
    }

    /// Runs the built `nexus` with `arguments` in the package root (records an issue when it is not built).
    static func runNexus(_ arguments: [String]) throws -> Result {
        try #require(FileManager.default.isExecutableFile(atPath: nexus), "build the package first: \(nexus) is missing")
        return try run(nexus, arguments, in: packageRoot)
    }

    /// A new empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// glpsol's optimum for a model file: solves it and reads the objective (last field of the `s` line
    /// of GLPK's raw solution file, written with full precision) and the row and column counts.
    static func glpsolOptimum(_ file: URL, format: String, maximize: Bool = false) throws -> (objective: Double, rows: Int, columns: Int)? {
        guard let glpsol else { return nil }
        let solution = file.deletingPathExtension().appendingPathExtension("glpsol.sol")
        var arguments = [format, file.path, "-w", solution.path]
        if maximize { arguments.append("--max") }
        let result = try run(glpsol, arguments)
        guard result.status == 0, let text = try? String(contentsOf: solution, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("s ") }) else { return nil }
        let fields = line.split(separator: " ")
        // "s bas m n pst dst obj" (LP) or "s mip m n sst obj" (MIP); status must be feasible/optimal.
        guard fields.count >= 6, let objective = Double(fields[fields.count - 1]),
              let rows = Int(fields[2]), let columns = Int(fields[3]) else { return nil }
        let feasible = fields[1] == "mip" ? fields[4] == "o" : (fields[4] == "f" && fields[5] == "f")
        return feasible ? (objective, rows, columns) : nil
    }

    /// HiGHS's result for a model file, from Scripts/highs_solve.py.
    static func highs(_ file: URL) throws -> [String: Any]? {
        guard let python else { return nil }
        let script = packageRoot.appendingPathComponent("Scripts/highs_solve.py").path
        let result = try run(python, [script, file.path])
        guard let line = result.output.split(separator: "\n").last,
              let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return object
    }

    /// CBC's optimum for an MPS file (`cbc FILE solve solu OUT`; first line "Optimal - objective value V").
    static func cbcOptimum(_ file: URL) throws -> Double? {
        guard let cbc else { return nil }
        let solution = file.deletingPathExtension().appendingPathExtension("cbc.txt")
        _ = try run(cbc, [file.path, "solve", "solu", solution.path])
        guard let text = try? String(contentsOf: solution, encoding: .utf8),
              let first = text.split(separator: "\n").first, first.hasPrefix("Optimal"),
              let range = first.range(of: "objective value") else { return nil }
        return Double(first[range.upperBound...].trimmingCharacters(in: .whitespaces))
    }

    /// |a − b| ≤ tolerance · max(1, |a|, |b|).
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-7) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }
}
