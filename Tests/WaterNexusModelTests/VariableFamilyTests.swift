import Testing
import WaterNexusModel

/// Families over one, two and three index sets: names, lookups, and the one rule for unknown keys
/// (a lookup by key throws ModelError.unknownIndex; `variable(at:)` answers nil).
struct VariableFamilyTests {
    @Test func twoIndexFamilyNamesAndPositions() throws {
        var model = Model()
        let sources = ["S1", "S2", "S3"], users = [1, 2, 3, 4]
        let x = try model.addVariables("x", over: sources, users, upper: 10)
        #expect(model.variableCount == 12)
        #expect(model.name(of: try x["S2", 3]) == "x(S2,3)")
        #expect(try x["S2", 3].index == 1 * 4 + 2)
        #expect(x.first == sources && x.second == users)
        #expect(try x.row("S3").map { model.name(of: $0) } == ["x(S3,1)", "x(S3,2)", "x(S3,3)", "x(S3,4)"])
        #expect(try x.column(4).map { model.name(of: $0) } == ["x(S1,4)", "x(S2,4)", "x(S3,4)"])
        #expect(model.bounds(of: try x["S1", 1]) == (0, 10))
    }

    @Test func threeIndexFamily() throws {
        var model = Model()
        let y = try model.addVariables("y", over: 0..<2, ["p", "q"], [true, false], kind: .binary)
        #expect(model.variableCount == 8)
        #expect(model.name(of: try y[1, "q", false]) == "y(1,q,false)")
        #expect(try y[1, "q", false].index == 7)
        #expect(y.variable(at: 2, "q", false) == nil)
    }

    @Test func unknownKeysThrowEverywhere() throws {
        var model = Model()
        let f = try model.addVariables("f", over: ["LR", "HJ"])
        let x = try model.addVariables("x", over: ["S1"], [1, 2])
        let z = try model.addVariables("z", over: [1], [1], [1])
        #expect(throws: ModelError.unknownIndex("zzz", family: "f")) { try f["zzz"] }
        #expect(throws: ModelError.unknownIndex("S9,1", family: "x")) { try x["S9", 1] }
        #expect(throws: ModelError.unknownIndex("S9,*", family: "x")) { try x.row("S9") }
        #expect(throws: ModelError.unknownIndex("*,7", family: "x")) { try x.column(7) }
        #expect(throws: ModelError.unknownIndex("1,1,2", family: "z")) { try z[1, 1, 2] }
        #expect(f.variable(at: "zzz") == nil && x.variable(at: "S1", 3) == nil)
        #expect("\(ModelError.unknownIndex("zzz", family: "f"))".contains("variable(at:)"))
    }

    @Test func repeatedIndicesAndBadLabelsAreRejectedBeforeAnythingIsAdded() throws {
        var model = Model()
        #expect(throws: ModelError.duplicateName("x(S1)", kind: "variable")) {
            try model.addVariables("x", over: ["S1", "S2"], ["S1", "S1"])
        }
        #expect(model.variableCount == 0)
        #expect(throws: ModelError.self) { try model.addVariables("x", over: ["a b"], [1]) }
    }
}
