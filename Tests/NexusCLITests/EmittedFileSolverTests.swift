import Foundation
import Testing
import WaterNexusTestSupport
import WaterNexusGLPK
import WaterNexusModel

/// Files written by our MPS/LP writers, solved by independent solvers (HiGHS, CBC) and, after our
/// readers, by GLPK: all must reach the optimum of the model they came from.
struct EmittedFileSolverTests {
    enum Kind: String, CaseIterable { case freeMPS = "free.mps", fixedMPS = "fixed.mps", lp = "model.lp" }

    static func write(_ model: Model, _ kind: Kind, into directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(kind.rawValue)
        let text = switch kind {
        case .freeMPS: model.mpsText(format: .free)
        case .fixedMPS: model.mpsText(format: .fixed)
        case .lp: model.lpText()
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(arguments: Kind.allCases)
    func everyFeatureModelThroughOurReaderAndGLPK(_ kind: Kind) throws {
        let model = try FileTestModels.everyFeature()
        let direct = try GLPKSolver.solve(model)
        try #require(direct.status == .optimal)
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let back = try Model.read(contentsOf: try Self.write(model, kind, into: directory))
        let solution = try GLPKSolver.solve(back)
        #expect(solution.status == .optimal)
        #expect(solution.objective == direct.objective)
        #expect(back.objectiveSense == .maximize && back.objectiveConstant == 7.25 && back.isMIP)
        // every bound, kind and coefficient came back (fixed MPS numbers here all fit 12 characters)
        for v in model.variables {
            #expect(back.bounds(of: v) == model.bounds(of: v) && back.kind(of: v) == model.kind(of: v))
            #expect(back.objectiveCoefficient(of: v) == model.objectiveCoefficient(of: v))
        }
        for c in model.constraints {
            #expect(back.bounds(of: c) == model.bounds(of: c))
            #expect(back.expression(of: c) == model.expression(of: c))
        }
    }

    @Test(arguments: Kind.allCases)
    func everyFeatureModelThroughHiGHS(_ kind: Kind) throws {
        let model = try FileTestModels.everyFeature()
        let glpk = try #require(try GLPKSolver.solve(model).objective)
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let highs = try #require(try ExternalTools.highs(try Self.write(model, kind, into: directory)),
                                 "python3 with highspy is needed (pip install highspy)")
        #expect(highs["status"] as? String == "Optimal")
        #expect(highs["sense"] as? String == "maximize")
        // MPS carries the constant 7.25 as HiGHS's offset; LP carries it as the column ~objconst fixed
        // at 1 with cost 7.25 (GLPK rejects constant terms in LP), so there the offset is 0 and the
        // constant is inside the objective value compared below.
        #expect(highs["offset"] as? Double == (kind == .lp ? 0 : 7.25))
        #expect(highs["integers"] as? Int == 4)
        // HiGHS drops N rows other than the objective from MPS files; in LP the free row is ">= -1e30".
        #expect(highs["rows"] as? Int == (kind == .lp ? model.constraintCount + 2 : model.constraintCount - 1))
        let objective = try #require(highs["objective"] as? Double)
        #expect(ExternalTools.close(objective, glpk, tolerance: 1e-9), "HiGHS \(objective), GLPK \(glpk)")
    }

    @Test(arguments: ["transportation LP", "facility location MILP"])
    func midSizeModelsAgreeAcrossSolvers(_ name: String) throws {
        let model = name.hasPrefix("transportation") ? try SolverTestModels.transportation() : try SolverTestModels.facilityLocation()
        #expect(model.nonzeroCount >= 1_000)
        let glpk = try GLPKSolver.solve(model)
        try #require(glpk.status == .optimal)
        let optimum = try #require(glpk.objective)
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let mps = try Self.write(model, .freeMPS, into: directory)
        // CBC (minimization; CBC 2.10 reads the objective constant from RHS but ignores OBJSENSE)
        let cbc = try #require(try ExternalTools.cbcOptimum(mps), "cbc (coinor-cbc) is needed")
        #expect(ExternalTools.close(cbc, optimum, tolerance: 1e-7), "CBC \(cbc), GLPK \(optimum)")
        for kind in [Kind.freeMPS, .lp] {
            let file = try Self.write(model, kind, into: directory)
            let highs = try #require(try ExternalTools.highs(file), "python3 with highspy is needed (pip install highspy)")
            let objective = try #require(highs["objective"] as? Double)
            #expect(ExternalTools.close(objective, optimum, tolerance: 1e-7), "HiGHS on \(kind.rawValue): \(objective), GLPK \(optimum)")
            let again = try GLPKSolver.solve(try Model.read(contentsOf: file))
            #expect(again.objective == optimum)
        }
    }

    /// glpsol reads minimization files without an objective constant (it rejects OBJSENSE, reads the MPS
    /// constant with the opposite sign and rejects LP constants): free and fixed MPS and LP reach the same optimum.
    @Test(.enabled(if: ExternalTools.glpsol != nil, "glpsol is not installed"), arguments: Kind.allCases)
    func glpsolReadsOurMinimizationFiles(_ kind: Kind) throws {
        var model = try SolverTestModels.transportation()
        try model.setObjectiveConstant(0)
        let optimum = try #require(try GLPKSolver.solve(model).objective)
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.write(model, kind, into: directory)
        let format = switch kind {
        case .freeMPS: "--freemps"
        case .fixedMPS: "--mps"
        case .lp: "--lp"
        }
        let reference = try #require(try ExternalTools.glpsolOptimum(file, format: format), "glpsol could not read or solve \(kind.rawValue)")
        #expect(ExternalTools.close(reference.objective, optimum, tolerance: 1e-9), "glpsol \(reference.objective), ours \(optimum)")
        #expect(reference.columns == model.variableCount)
    }
}

/// glpsol reads the objective constant of our LP files (as a fixed column) and reports the same optimum.
struct GLPSolObjectiveConstantTests {
    /// max 3x + 2y + 10 with x + y ≤ 4, x ≤ 3: by hand x = 3, y = 1, objective 9 + 2 + 10 = 21.
    @Test func glpsolSeesTheConstant() throws {
        try #require(ExternalTools.glpsol != nil, "glpsol is needed (apt-get install glpk-utils)")
        var model = Model(name: "constant")
        let x = try model.addVariable("x", upper: 3), y = try model.addVariable("y")
        try model.addConstraint("cap", x + y <= 4)
        try model.setObjective(.maximize, 3 * x + 2 * y + 10)
        let directory = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try EmittedFileSolverTests.write(model, .lp, into: directory)
        let optimum = try #require(try ExternalTools.glpsolOptimum(file, format: "--lp", maximize: true))
        #expect(abs(optimum.objective - 21) < 1e-9)
        let back = try Model.read(contentsOf: file)
        #expect(back.variableCount == 2 && back.objectiveConstant == 10) // the fixed column is folded back
    }
}
