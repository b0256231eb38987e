import Foundation
import Testing
import WaterNexusISTP

/// The bounded least squares of the calibration against scipy.optimize.least_squares (with bounds), and the
/// committed Henan data as the calibration's fixed point.
struct CalibrationTests {
    /// scipy's bounded least squares of ‖A x − b‖ (trust-region reflective, tight tolerances).
    static let script = """
    import sys, json
    import numpy as np
    from scipy.optimize import least_squares
    out = []
    for p in json.load(sys.stdin):
        A, b = np.array(p['A'], float), np.array(p['b'], float)
        lo, hi = np.array(p['lo'], float), np.array(p['hi'], float)
        x0 = np.clip(np.zeros(len(lo)), lo, hi)
        r = least_squares(lambda x: A @ x - b, x0, bounds=(lo, hi), method='trf', xtol=1e-15, ftol=1e-15, gtol=1e-15)
        out.append(list(r.x))
    print('RESULT', json.dumps(out))
    """

    struct Problem: Encodable { var A: [[Double]]; var b: [Double]; var lo: [Double]; var hi: [Double] }

    func scipy(_ problems: [Problem]) throws -> [[Double]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(problems))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = try #require(String(decoding: data, as: UTF8.self).split(separator: "\n").last { $0.hasPrefix("RESULT ") })
        return try JSONDecoder().decode([[Double]].self, from: Data(line.dropFirst(7).utf8))
    }

    /// Small problems with free, lower- and upper-active unknowns (a hand case first: min (x−3)² + (y+1)²
    /// on [0, 2]² is (2, 0)), and pseudo-random ones.
    @Test func boundedLeastSquaresMatchesScipy() throws {
        var problems = [Problem(A: [[1, 0], [0, 1]], b: [3, -1], lo: [0, 0], hi: [2, 2])]
        var seed: UInt64 = 17
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 11) / Double(1 << 53) * 2 - 1
        }
        for n in 1...4 {
            for _ in 0..<3 {
                let m = n + 3
                problems.append(Problem(A: (0..<m).map { _ in (0..<n).map { _ in next() } }, b: (0..<m).map { _ in 2 * next() },
                                        lo: (0..<n).map { _ in -0.3 + 0.2 * next() }, hi: (0..<n).map { _ in 0.3 + 0.2 * next() }))
            }
        }
        let reference = try scipy(problems)
        let hand = try BoundedLeastSquares(matrix: problems[0].A, rhs: problems[0].b, lower: problems[0].lo, upper: problems[0].hi)
        #expect(hand.x == [2, 0] && hand.activity == [.upper, .lower])
        for (p, x) in zip(problems, reference) {
            let ours = try BoundedLeastSquares(matrix: p.A, rhs: p.b, lower: p.lo, upper: p.hi)
            for (a, b) in zip(ours.x, x) { #expect(abs(a - b) < 1e-6, "ours \(ours.x), scipy \(x)") }
        }
    }

    static let henanData: String = {
        URL(fileURLWithPath: HenanCaseTests.modelPath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/henan").path
    }()

    static func calibration() throws -> ISTPCalibration {
        let c = try ISTPCase.load(path: HenanCaseTests.modelPath)
        return ISTPCalibration(istpCase: c, spec: try CalibrationSpec.read(henanData + "/calibration.csv"),
                               targets: try PublishedTarget.read(henanData + "/published_outputs.csv", for: c))
    }

    /// The benefit block linearized at the committed data: scipy solves the same bounded problem to the same
    /// multipliers, and those are the committed ones (the data is the calibration's fixed point).
    @Test func benefitBlockAtTheCommittedDataMatchesScipy() throws {
        let calibration = try Self.calibration()
        guard case let .fitted(system) = try calibration.benefitSystem(at: calibration.currentValues) else {
            Issue.record("a net-benefit scenario is infeasible with the committed data")
            return
        }
        #expect(system.matrix.count == 12 && system.matrix.allSatisfy { $0.count == 1 })
        let reference = try scipy([Problem(A: system.matrix, b: system.rhs, lo: system.lower, hi: system.upper)])[0]
        for (a, b) in zip(system.solution.x, reference) { #expect(abs(a - b) < 1e-6 * abs(b), "ours \(system.solution.x), scipy \(reference)") }
        let committed = calibration.spec.benefitScale.value.midpoint
        #expect(abs(system.solution.x[0] - committed) < 1e-3 * committed, "fitted \(system.solution.x[0]), committed \(committed)")
    }

    @Test func targetsFileIsRead() throws {
        let targets = try Self.calibration().targets
        #expect(targets.filter { $0.role == .fit }.count == 13)
        #expect(targets.allSatisfy { !$0.note.isEmpty })
    }
}

/// The published numbers that conflict: each LP is infeasible in GLPK, and glpsol and HiGHS agree on the
/// written file; the elastic LP's optimum (the least excess over Tables 4–5) matches a hand calculation.
struct RequirementConflictTests {
    static func conflicts() throws -> [RequirementConflict] {
        try RequirementConflict.read(CalibrationTests.henanData + "/requirement_conflicts.csv")
    }

    /// By hand: s25 needs REQ ≥ 170.28 / 0.05 = 3405.6 and REQ = A₁ ≤ 110.13, excess 3295.47; s33 needs
    /// REQ ≥ 2.70 / 0.05 = 54 against 31.21, excess 22.79; s01 needs A₁ ≥ 583.34 − 36.15 = 547.19 against
    /// 394.63, excess 152.56.
    @Test func conflictSizesMatchHandValues() throws {
        let expected = ["s25": 3295.47, "s33": 22.79, "s01": 152.56]
        let all = try Self.conflicts()
        #expect(all.count == 3)
        for c in all {
            let solved = try c.solve()
            #expect(solved.status == .infeasible, "\(c.sector)")
            let excess = try #require(solved.excess)
            #expect(abs(excess - expected[c.sector]!) < 1e-6, "\(c.sector): \(excess)")
        }
    }

    @Test func glpsolAndHiGHSConfirmInfeasibility() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("istp-conflicts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for c in try Self.conflicts() {
            let lp = dir.appendingPathComponent("\(c.sector).lp"), mps = dir.appendingPathComponent("\(c.sector).mps")
            try Data(try c.model(elastic: false).lpBytes()).write(to: lp)
            try c.model(elastic: false).write(to: mps)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["glpsol", "--lp", lp.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(text.contains("HAS NO PRIMAL FEASIBLE SOLUTION"), "glpsol on \(c.sector): \(text.suffix(300))")
            #expect(try HiGHSCrossCheckTests().highs(mps.path).status == "Infeasible", "HiGHS on \(c.sector)")
        }
    }
}

/// Bad calibration tables are refused with the file, the place and what to do.
struct CalibrationFileErrorTests {
    func scratch(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("istp-calibration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func missingParameterRowIsNamed() throws {
        let path = try scratch("calibration.csv", "parameter,raw_lo,raw_hi,value_lo,value_hi,min,max,fixed,tag,source\nrisk_k,0.3,0.3,,,0.05,1,,estimated,x\n")
        do {
            _ = try CalibrationSpec.read(path)
            Issue.record("accepted a table without benefit_scale")
        } catch {
            #expect("\(error)".contains("calibration.csv") && "\(error)".contains("no row 'benefit_scale'"))
        }
    }

    @Test func targetsMustBePublished() throws {
        let c = try ISTPCase.load(path: HenanCaseTests.modelPath)
        let path = try scratch("published_outputs.csv", """
            id,quantity,scenario,sector,source,period,level,bound,value,role,tag,note
            x,net_benefit,"S0,R1",,,,,lo,19.22,fit,estimated,guess

            """)
        do {
            _ = try PublishedTarget.read(path, for: c)
            Issue.record("accepted an estimated target")
        } catch {
            #expect("\(error)".contains(":2:") && "\(error)".contains("field 'tag'") && "\(error)".contains("published"))
        }
    }
}
