import Foundation
import Testing
import WaterNexusISTP

/// Both Henan submodels of the default scenario, written as free MPS and solved by HiGHS (highspy):
/// the optimum must match GLPK's.
struct HiGHSCrossCheckTests {
    static let script = """
    import sys, highspy
    h = highspy.Highs(); h.setOptionValue('output_flag', False)
    h.readModel(sys.argv[1]); h.run()
    print('RESULT', h.modelStatusToString(h.getModelStatus()), repr(h.getInfo().objective_function_value))
    """

    func highs(_ path: String) throws -> (status: String, objective: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // HiGHS prints a banner first; the answer is the line starting with RESULT.
        let line = try #require(String(decoding: data, as: UTF8.self).split(separator: "\n").last { $0.hasPrefix("RESULT ") })
        let words = line.split(separator: " ").map(String.init)
        return (words[1], try #require(Double(words[2])))
    }

    @Test func henanSubmodelsAgreeWithHiGHS() throws {
        let c = try ISTPCase.load(path: HenanCaseTests.modelPath)
        let solution = try ISTPSolution.solve(try c.problem(for: c.defaultScenario).intervalLP())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("istp-highs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for outcome in [solution.result.first, try #require(solution.result.second)] {
            let file = dir.appendingPathComponent("\(outcome.bound.rawValue).mps")
            try outcome.model.write(to: file)
            let other = try highs(file.path)
            let glpk = try #require(outcome.solution.objective)
            #expect(other.status == "Optimal")
            #expect(abs(other.objective - glpk) <= 1e-7 * abs(glpk), "\(outcome.bound): HiGHS \(other.objective), GLPK \(glpk)")
        }
    }
}
