import Foundation

/// HiGHS (through highspy and Scripts/highs_solve.py): the independent solver of LPs and MILPs.
public enum HiGHS {
    /// HiGHS's verdict on one model file.
    public struct Result: Sendable, CustomStringConvertible {
        /// HiGHS's model status text ("Optimal", "Infeasible", "Unbounded", "Primal infeasible or unbounded", …).
        public var status: String
        /// The objective, offset included (meaningful when optimal).
        public var objective: Double?
        /// Column values by column name (asked for with `solution: true`; empty without a primal solution).
        public var values: [String: Double] = [:]
        /// Row duals by row name (asked for with `solution: true`; empty without a dual solution).
        public var rowDuals: [String: Double] = [:]
        /// Reduced costs by column name (asked for with `solution: true`; empty without a dual solution).
        public var reducedCosts: [String: Double] = [:]

        public var description: String { "HiGHS \(status)" + (objective.map { ", objective \($0)" } ?? "") }
    }

    static let python = Subprocess.which("python3")

    /// Whether python3 can import highspy (checked once).
    public static let isAvailable: Bool = {
        guard let python else { return false }
        return (try? Subprocess.run(python, ["-c", "import highspy"]))?.status == 0
    }()

    /// Why HiGHS tests are skipped (for `.enabled(if:_:)`).
    public static let missing = "highspy is not installed (python3 -m pip install highspy); HiGHS cross-checks skipped"

    /// Solves `files` (.mps or .lp) in one Python process, one result per file in order; `solution` also
    /// reads HiGHS's column values, row duals and reduced costs (HiGHS's signs: the objective's rate per
    /// unit of bound).
    /// - Throws: when the script cannot run or prints fewer results than files (the message carries its output).
    public static func solve(_ files: [URL], solution: Bool = false) throws -> [Result] {
        guard let python else { throw SCIP.Failure(message: "python3 is not on PATH") }
        let script = Subprocess.packageRoot.appendingPathComponent("Scripts/highs_solve.py").path
        let run = try Subprocess.run(python, [script] + (solution ? ["--solution"] : []) + files.map(\.path))
        let results: [Result] = run.output.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let status = object["status"] as? String else { return nil }
            return Result(
                status: status, objective: object["objective"] as? Double,
                values: object["values"] as? [String: Double] ?? [:],
                rowDuals: object["row_duals"] as? [String: Double] ?? [:],
                reducedCosts: object["reduced_costs"] as? [String: Double] ?? [:]
            )
        }
        guard results.count == files.count else {
            throw SCIP.Failure(message: "Scripts/highs_solve.py printed \(results.count) results for \(files.count) files (exit \(run.status)): \(run.errors)")
        }
        return results
    }
}
