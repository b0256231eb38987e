import Foundation

/// SCIP (through pyscipopt and Scripts/scip_solve.py): the independent solver of the exact network QCPs.
public enum SCIP {
    /// SCIP's answer for one model file.
    public struct Result: Sendable, CustomStringConvertible {
        /// optimal (proven or within the gap asked for), infeasible, timelimit, … (see Scripts/scip_solve.py).
        public var status: String
        /// The best objective found, nil without a feasible solution.
        public var primal: Double?
        /// The proven bound on the optimum (±1e20 when SCIP has none).
        public var dual: Double
        public var seconds: Double
        /// The best solution's values by variable name (asked for with `withSolution`; empty without one).
        public var values: [String: Double] = [:]

        public var description: String {
            "SCIP \(status): primal \(primal.map { "\($0)" } ?? "none"), dual \(dual), \(String(format: "%.2f", seconds)) s"
        }
    }

    static let python = Subprocess.which("python3")

    /// Whether python3 can import pyscipopt (checked once).
    public static let isAvailable: Bool = {
        guard let python else { return false }
        return (try? Subprocess.run(python, ["-c", "import pyscipopt"]))?.status == 0
    }()

    /// Why SCIP tests are skipped (for `.enabled(if:_:)`).
    public static let missing = "pyscipopt is not installed (python3 -m pip install pyscipopt); SCIP cross-checks skipped"

    /// Solves `file` (.lp or .mps) with SCIP within `timeLimit` seconds and relative gap `gap`; with
    /// `withSolution`, the best solution's values come back too (through `<file>.solution.json`).
    /// - Throws: when the script cannot run or prints no result (the message carries its output).
    public static func solve(_ file: URL, timeLimit: Double, gap: Double, withSolution: Bool = false) throws -> Result {
        guard let python else { throw Failure(message: "python3 is not on PATH") }
        let script = Subprocess.packageRoot.appendingPathComponent("Scripts/scip_solve.py").path
        let solution = file.appendingPathExtension("solution.json")
        let run = try Subprocess.run(python, [script, file.path, "--time-limit", "\(timeLimit)", "--gap", "\(gap)"]
                                     + (withSolution ? ["--solution", solution.path] : []))
        guard let line = run.output.split(separator: "\n").last,
              let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let status = object["status"] as? String else {
            throw Failure(message: "Scripts/scip_solve.py \(file.path) printed no result (exit \(run.status)): \(run.output) \(run.errors)")
        }
        var result = Result(status: status, primal: object["primal"] as? Double, dual: object["dual"] as? Double ?? -1e20,
                            seconds: object["seconds"] as? Double ?? 0)
        if withSolution, let data = try? Data(contentsOf: solution),
           let values = try JSONSerialization.jsonObject(with: data) as? [String: Double] {
            result.values = values
        }
        return result
    }

    /// A failure to run SCIP.
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
