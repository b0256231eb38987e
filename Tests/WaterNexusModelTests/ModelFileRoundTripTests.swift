import Foundation
import Testing
import WaterNexusTestSupport
@testable import WaterNexusModel

struct ModelFileRoundTripTests {
    @Test(arguments: ["free MPS", "fixed MPS", "LP"])
    func everyFeatureSurvivesTheTrip(_ format: String) throws {
        let model = try FileTestModels.everyFeature()
        let back: Model = switch format {
        case "free MPS": try Model.readMPS(model.mpsText(format: .free), format: .free)
        case "fixed MPS": try Model.readMPS(model.mpsText(format: .fixed), format: .fixed)
        default: try Model.readLP(model.lpText())
        }
        #expect(FileTestModels.differences(model, back) == [])
        #expect(back.objectiveSense == .maximize && back.objectiveConstant == 7.25)
    }

    @Test func numbersAreWrittenExactly() throws {
        var model = Model(name: "precision")
        let values = [0.1, 1.0 / 3.0, 1e-7, 123456.789, -2.0 / 7.0, 6.02214076e23, 5e-324, 1.7976931348623157e308]
        let xs = try model.addVariables(count: values.count, lower: -1, upper: 1)
        var row = LinearExpression()
        for (x, value) in zip(xs, values) { row += value * x }
        try model.addConstraint("prec", ranged(-0.1, row, 2.0 / 3.0))
        try model.setObjective(.minimize, row + 1.0 / 7.0)
        for text in [model.mpsText(), model.lpText()] {
            let back = text.hasPrefix("\\") ? try Model.readLP(text) : try Model.readMPS(text)
            #expect(back.expression(of: Constraint(index: 0)).coefficients == values)
            #expect(back.objectiveConstant == 1.0 / 7.0)
            #expect(back.bounds(of: Constraint(index: 0)) == (-0.1, 2.0 / 3.0))
        }
        // Integers carry no ".0"; shortest round-trip text otherwise.
        #expect(model.mpsText().contains(" prec 0.1\n"))
        #expect(model.lpText().contains("- 0.14285714285714285") == false && model.lpText().contains("+ 0.14285714285714285"))
        // Fixed MPS keeps 12 characters per number: 1/3 becomes 0.3333333333 (10 digits after the point).
        let fixed = try Model.readMPS(model.mpsText(format: .fixed), format: .fixed)
        let third = fixed.expression(of: Constraint(index: 0)).coefficients[1]
        #expect(abs(third - 1.0 / 3.0) < 1e-10 && third != 1.0 / 3.0)
    }

    @Test func fixedMPSPutsFieldsInTheirColumns() throws {
        let text = try FileTestModels.everyFeature().mpsText(format: .fixed)
        let lines = text.split(separator: "\n").map(String.init)
        // " UP BND       z                   -2": type in 2-3, set in 5-12, column in 15-22, value in 25-36.
        let up = try #require(lines.first { $0.hasPrefix(" UP BND") && $0.contains(" z ") })
        #expect(up == " UP BND       z                   -2")
        let entry = try #require(lines.first { $0.hasPrefix("    x         cap") })
        #expect(entry.count == 36 && entry.hasSuffix("           1"))
        #expect(text.contains("OBJSENSE\n    MAX\n"))
        #expect(text.contains("    M1        'MARKER'                 'INTORG'\n"))
    }

    @Test func fixedMPSRenamesLongNamesByPosition() throws {
        var model = Model(name: "long")
        let a = try model.addVariable("short")
        let b = try model.addVariable("a_rather_long_name")
        try model.addConstraint("row_with_long_name", a + b <= 4)
        try model.addConstraint("r2", a - b >= -1)
        try model.setObjective(.minimize, a - 2 * b)
        let text = model.mpsText(format: .fixed)
        #expect(text.contains("C0000001") && text.contains("C0000002") && !text.contains("a_rather_long_name"))
        #expect(text.contains(" N  R0000000") && text.contains(" L  R0000001") && text.contains(" G  R0000002"))
        let back = try Model.readMPS(text, format: .fixed)
        #expect(back.variable(named: "C0000002") == Variable(index: 1))
        #expect(back.coefficient(of: Variable(index: 1), in: Constraint(index: 1)) == -1)
        // Free MPS keeps every name.
        #expect(FileTestModels.differences(model, try Model.readMPS(model.mpsText())) == [])
    }

    @Test func lpWriterMapsBracketsAndKeepsColumnOrder() throws {
        var model = Model(name: "names")
        let unused = try model.addVariable("spare", upper: 5) // appears in no row and has no cost
        let x = try model.addVariable("x[1]")
        let plain = try model.addVariable(nil, upper: 2)
        try model.addConstraint(nil, x + plain >= 1)
        try model.setObjective(.minimize, x + 2 * plain)
        let back = try Model.readLP(model.lpText())
        #expect(back.variableCount == 3)
        #expect(back.name(of: unused) == "spare" && back.bounds(of: unused) == (0, 5))
        #expect(back.name(of: x) == "x(1)")
        #expect(back.name(of: plain) == "_c3" && back.bounds(of: plain) == (0, 2))
        #expect(back.name(of: Constraint(index: 0)) == "_r1")
    }

    @Test func writeAndReadFilesByExtension() throws {
        let model = try FileTestModels.everyFeature()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for ext in ["mps", "lp"] {
            let url = directory.appendingPathComponent("m.\(ext)")
            try model.write(to: url)
            #expect(FileTestModels.differences(model, try Model.read(contentsOf: url)) == [])
        }
        #expect(throws: ModelFileError.self) { try model.write(to: directory.appendingPathComponent("m.txt")) }
    }

    @Test func bigModelsSurviveTheTrip() throws {
        // 20,000 columns and 40,000 nonzeros through both writers and readers (speed is measured in
        // Benchmarks/, not here).
        var model = Model(name: "big")
        let xs = try model.addVariables(count: 20_000, upper: 10)
        for start in stride(from: 0, to: xs.count, by: 100) {
            var row = LinearExpression()
            for j in start..<start + 100 { row += Double(j % 7 + 1) * xs[j] }
            for j in start..<start + 100 { row += 0.5 * xs[(j + 150) % xs.count] }
            try model.addConstraint(nil, row <= 1000)
        }
        let mps = model.mpsBytes()
        let back = try Model.readMPS(mps, format: .free)
        #expect(FileTestModels.differences(model, back) == [])
        #expect(FileTestModels.differences(model, try Model.readLP(model.lpBytes())) == [])
    }

    @Test func glpkStyleInputIsRead() throws {
        // Both OBJSENSE forms, objective constant as negative RHS, RANGES on E/L/G rows, every bound type.
        let text = """
        NAME          TEST
        OBJSENSE MAXIMIZE
        ROWS
         N  profit
         E  e1
         E  e2
         L  l1
         G  g1
         N  spare
        COLUMNS
            MARKER                 'MARKER'                 'INTORG'
            i         profit    1   e1    1
            MARKER                 'MARKER'                 'INTEND'
            c         profit    2   l1    1
            c         g1        1   e2    1
            c         spare     1
            d         e1        1
        RHS
            RHS       profit    -7   e1   4
            RHS       l1        10   g1   2
            RHS       e2        5
        RANGES
            RNG       e1        3    e2   -2
            RNG       l1        4    g1   6
        BOUNDS
         UP BND       c         8
         MI BND       d
         UP BND       d         -1
         LI BND       i         2
        ENDATA
        """
        let model = try Model.readMPS(text, format: .free)
        #expect(model.objectiveSense == .maximize && model.objectiveConstant == 7)
        // E with R>0: [rhs, rhs+R]; E with R<0: [rhs+R, rhs]; L: [rhs-|R|, rhs]; G: [rhs, rhs+|R|]
        #expect(model.bounds(of: Constraint(index: 0)) == (4, 7))
        #expect(model.bounds(of: Constraint(index: 1)) == (3, 5))
        #expect(model.bounds(of: Constraint(index: 2)) == (6, 10))
        #expect(model.bounds(of: Constraint(index: 3)) == (2, 8))
        #expect(model.bounds(of: Constraint(index: 4)) == (-.infinity, .infinity)) // the second N row is a free row
        let i = try #require(model.variable(named: "i")), d = try #require(model.variable(named: "d"))
        #expect(model.kind(of: i) == .integer && model.bounds(of: i) == (2, .infinity)) // LI lifts the marker's default upper 1
        #expect(model.bounds(of: d) == (-.infinity, -1))
        let sameInOneLine = try Model.readMPS(text.replacingOccurrences(of: "OBJSENSE MAXIMIZE", with: "OBJSENSE\n    MAX"))
        #expect(sameInOneLine.objectiveSense == .maximize)
    }

    @Test func cplexLPSyntaxVariantsAreRead() throws {
        let text = """
        \\ a comment
        Maximize
         value: 2 x + 3 y
           - z + 4.5
        Subject To
         c1: x + y + z <= 10
         c2: -2 <= x - y <= 3
         c3: 3 x - 2 y >= -1e30
         4 >= y
        Bounds
         x >= -inf
         -inf <= y <= +inf
         z free
         w = 2
         1 <= v <= infinity
        Generals
         v
        Binaries
         bb
        End
        """
        let model = try Model.readLP(text)
        #expect(model.objectiveConstant == 4.5 && model.objectiveName == "value")
        #expect(model.bounds(of: Constraint(index: 1)) == (-2, 3))
        // "-1e30" means no bound: a free row 3x - 2y.
        #expect(model.bounds(of: Constraint(index: 2)) == (-.infinity, .infinity))
        #expect(model.expression(of: Constraint(index: 2)).coefficients == [3, -2])
        #expect(model.bounds(of: Constraint(index: 3)) == (-.infinity, 4))
        #expect(model.name(of: Constraint(index: 3)) == "_r4")
        let x = try #require(model.variable(named: "x")), y = try #require(model.variable(named: "y"))
        #expect(model.bounds(of: x) == (-.infinity, .infinity) && model.bounds(of: y) == (-.infinity, .infinity))
        #expect(model.bounds(of: try #require(model.variable(named: "w"))) == (2, 2))
        let v = try #require(model.variable(named: "v")), bb = try #require(model.variable(named: "bb"))
        #expect(model.kind(of: v) == .integer && model.bounds(of: v) == (1, .infinity))
        #expect(model.kind(of: bb) == .binary && model.bounds(of: bb) == (0, 1))
    }
}
