import Testing
import WaterNexusGLPK
import WaterNexusModel

struct InfeasibilityDiagnosisTests {
    /// Checks irreducibility independently: the subsystem alone is infeasible, and dropping any one
    /// member (row or bound) makes it feasible.
    func assertIrreducible(_ iis: IrreducibleInfeasibleSubsystem, in model: Model) throws {
        func subsystem(dropping dropped: Int?) throws -> Model {
            var system = Model()
            var mapped: [Int: Variable] = [:]
            for j in 0..<model.variableCount {
                let v = Variable(index: j)
                var lower = -Double.infinity, upper = Double.infinity
                for (k, b) in iis.bounds.enumerated() where b.variable == v && k + iis.constraints.count != dropped {
                    if b.side == .lower { lower = model.bounds(of: v).lower } else { upper = model.bounds(of: v).upper }
                }
                mapped[j] = try system.addVariable(model.name(of: v), lower: lower, upper: upper, kind: model.kind(of: v) == .binary ? .integer : model.kind(of: v))
            }
            for (k, c) in iis.constraints.enumerated() where k != dropped {
                let (lower, upper) = model.bounds(of: c)
                try system.addConstraint(model.name(of: c), ranged(lower, model.expression(of: c), upper))
            }
            return system
        }
        #expect(try GLPKSolver.solve(subsystem(dropping: nil)).status == .infeasible)
        for member in 0..<(iis.constraints.count + iis.bounds.count) {
            let status = try GLPKSolver.solve(subsystem(dropping: member)).status
            #expect(status == .optimal, "dropping member \(member) should make the subsystem feasible")
        }
    }

    /// x + y ≤ 4 with rows x ≥ 3 and y ≥ 2 conflict (3 + 2 > 4); the rows on z are bystanders, and the
    /// bounds x, y ≥ 0 play no part. Expected IIS: {cap, needX, needY}, no bounds.
    @Test func rowConflict() throws {
        var model = Model()
        let x = try model.addVariable("x"), y = try model.addVariable("y"), z = try model.addVariable("z")
        try model.addConstraint("cap", x + y <= 4)
        try model.addConstraint("needX", x.expression >= 3)
        try model.addConstraint("spare", z.expression <= 10)
        try model.addConstraint("needY", y.expression >= 2)
        try model.addConstraint("link", x - z >= -100)
        let iis = try #require(try InfeasibilityDiagnosis.irreducibleSubsystem(of: model))
        #expect(iis.constraints.map { model.name(of: $0) } == ["cap", "needX", "needY"])
        #expect(iis.bounds.isEmpty)
        try assertIrreducible(iis, in: model)
    }

    /// x ≤ 2 and y ≤ 1 as bounds against x + y ≥ 5: expected IIS {need, x ≤ 2, y ≤ 1}.
    @Test func boundConflict() throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 2), y = try model.addVariable("y", upper: 1)
        try model.addConstraint("need", x + y >= 5)
        try model.addConstraint("loose", x - y <= 50)
        let iis = try #require(try InfeasibilityDiagnosis.irreducibleSubsystem(of: model))
        #expect(iis.constraints.map { model.name(of: $0) } == ["need"])
        #expect(iis.bounds == [.init(variable: x, side: .upper), .init(variable: y, side: .upper)])
        #expect(iis.describe(in: model) == ["row need: x + y >= 5", "bound x <= 2.0", "bound y <= 1.0"])
        try assertIrreducible(iis, in: model)
    }

    /// Integrality alone: 2x = 3 with x integer has no solution though its LP relaxation does.
    @Test func integralityConflict() throws {
        var model = Model()
        let x = try model.addVariable("x", upper: 5, kind: .integer)
        try model.addConstraint("odd", 2 * x == 3)
        try model.addConstraint("other", x.expression <= 4)
        let iis = try #require(try InfeasibilityDiagnosis.irreducibleSubsystem(of: model))
        #expect(iis.constraints.map { model.name(of: $0) } == ["odd"])
        #expect(try InfeasibilityDiagnosis.irreducibleSubsystem(of: model, relaxIntegrality: true) == nil)
    }

    @Test func feasibleModelHasNoIIS() throws {
        var model = Model()
        let x = try model.addVariable("x")
        try model.addConstraint("r", x.expression <= 1)
        #expect(try InfeasibilityDiagnosis.irreducibleSubsystem(of: model) == nil)
    }
}
