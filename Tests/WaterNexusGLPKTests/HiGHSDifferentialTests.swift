import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusTestSupport

/// Seeded random MPS models (``RandomMPS``) solved by GLPK through the project's MPS reader and by HiGHS:
/// statuses agree and optimal objectives agree to 1e-6 relative. `NEXUS_HIGHS_INSTANCES` sets how many
/// seeds (default 150), `NEXUS_HIGHS_FIRST_SEED` the first one (default 1); `NEXUS_HIGHS_KEEP=DIR` keeps the files in DIR.
@Suite(.enabled(if: HiGHS.isAvailable, Comment(rawValue: HiGHS.missing)))
struct HiGHSDifferentialTests {
    /// GLPK's verdict and HiGHS's on one seed.
    struct Outcome {
        var seed: UInt64
        var glpk: Solution?
        var glpkError: String?
        var highs: HiGHS.Result
    }

    /// Writes each seed's model, solves it with GLPK (read back from the file) and all of them with HiGHS.
    static func outcomes(_ seeds: [UInt64]) throws -> [Outcome] {
        let keep = ProcessInfo.processInfo.environment["NEXUS_HIGHS_KEEP"]
        let directory = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("nexus-random-mps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer {
            if keep == nil { try? FileManager.default.removeItem(at: directory) }
        }
        var files: [URL] = []
        var solved: [(Solution?, String?)] = []
        for seed in seeds {
            let file = directory.appendingPathComponent("random\(seed).mps")
            try RandomMPS.text(seed: seed).write(to: file, atomically: true, encoding: .utf8)
            files.append(file)
            do {
                var options = SolverOptions()
                options.timeLimit = 10 // a stalled solve shows up as a disagreement, not a hang
                solved.append((try GLPKSolver.solve(try Model.read(contentsOf: file), options: options), nil))
            } catch {
                solved.append((nil, "\(error)"))
            }
        }
        let highs = try HiGHS.solve(files)
        return seeds.indices.map { Outcome(seed: seeds[$0], glpk: solved[$0].0, glpkError: solved[$0].1, highs: highs[$0]) }
    }

    /// Whether the two verdicts agree; "infeasible or unbounded" from either side agrees with infeasible
    /// and with unbounded, never with optimal.
    static func agree(_ outcome: Outcome) -> Bool {
        guard let solution = outcome.glpk else { return false }
        let highs: SolveStatus? = switch outcome.highs.status {
        case "Optimal": .optimal
        case "Infeasible": .infeasible
        case "Unbounded": .unbounded
        case "Primal infeasible or unbounded": .infeasibleOrUnbounded
        default: nil
        }
        guard let highs else { return false }
        let undecided: Set<SolveStatus> = [.infeasible, .unbounded, .infeasibleOrUnbounded]
        if highs == .infeasibleOrUnbounded || solution.status == .infeasibleOrUnbounded {
            return undecided.contains(highs) && undecided.contains(solution.status)
        }
        guard highs == solution.status else { return false }
        guard highs == .optimal else { return true }
        guard let glpk = solution.objective, let other = outcome.highs.objective else { return false }
        return abs(glpk - other) <= 1e-6 * max(1, abs(glpk), abs(other))
    }

    static func describe(_ outcome: Outcome) -> String {
        let glpk = outcome.glpk.map { "\($0.status.rawValue) \($0.objective.map { "\($0)" } ?? "")" } ?? "error \(outcome.glpkError ?? "")"
        return "seed \(outcome.seed): GLPK \(glpk), \(outcome.highs)"
    }

    @Test func randomModelsAgreeWithHiGHS() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["NEXUS_HIGHS_INSTANCES"].flatMap { UInt64($0) } ?? 150
        let first = environment["NEXUS_HIGHS_FIRST_SEED"].flatMap { UInt64($0) } ?? 1
        let outcomes = try Self.outcomes(Array(first..<first + count))
        let disagreements = outcomes.filter { !Self.agree($0) }
        let retried = outcomes.filter { !($0.glpk?.retries.isEmpty ?? true) }
        var tally: [String: Int] = [:]
        for outcome in outcomes { tally[outcome.glpk?.status.rawValue ?? "error", default: 0] += 1 }
        print("random MPS seeds \(first)..<\(first + count): \(outcomes.count - disagreements.count) agree with HiGHS; "
              + "GLPK statuses \(tally.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")); "
              + "retried after a GLPK failure: \(retried.map { "\($0.seed)" }.joined(separator: " "))")
        for outcome in disagreements { Issue.record("\(Self.describe(outcome))") }
    }

    /// The seeds on which GLPK's branch-and-cut fails (assertion or infeasible point): the verdict
    /// reached by retrying is HiGHS's.
    @Test func retriedVerdictsAreHiGHSs() throws {
        let outcomes = try Self.outcomes([3, 66, 155, 1787])
        for outcome in outcomes {
            #expect(outcome.glpk?.retries.isEmpty == false, "seed \(outcome.seed) was decided without a retry")
            #expect(Self.agree(outcome), "\(Self.describe(outcome))")
        }
    }
}
