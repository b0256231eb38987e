import Testing
import WaterNexusModel

/// The QCP writers: bracketed products in CPLEX LP, symmetric `QCMATRIX` sections in free MPS.
@Suite struct QuadraticModelFileTests {
    /// min x + y + z s.t. prod: z − x·y = 0, sq: 3x² + y ≤ 10, with x, y ∈ [0, 4].
    func example() throws -> QuadraticModel {
        var model = Model(name: "qcp")
        let x = try model.addVariable("x", lower: 0, upper: 4)
        let y = try model.addVariable("y", lower: 0, upper: 4)
        let z = try model.addVariable("z", lower: 0, upper: 16)
        try model.addConstraint("lin", x + y >= 1)
        try model.setObjective(.minimize, x + y + z)
        var qcp = QuadraticModel(model)
        try qcp.addConstraint("prod", z.expression == 0, quadratic: [QuadraticTerm(-1, x, y)])
        try qcp.addConstraint("sq", y <= 10, quadratic: [QuadraticTerm(3, x, x)])
        return qcp
    }

    @Test func lpWritesProductsInBrackets() throws {
        let text = String(decoding: try example().lpBytes(), as: UTF8.self)
        #expect(text.contains(" prod: + z + [ - x * y ] = 0\n"), "\(text)")
        #expect(text.contains(" sq: + y + [ + 3 x ^ 2 ] <= 10\n"), "\(text)")
        #expect(text.contains(" lin: + x + y >= 1\n"), "\(text)")
    }

    @Test func mpsWritesTheSymmetricMatrix() throws {
        let text = String(decoding: try example().mpsBytes(), as: UTF8.self)
        #expect(text.contains("QCMATRIX prod\n x y -0.5\n y x -0.5\nQCMATRIX sq\n x x 3\nENDATA\n"), "\(text)")
        #expect(text.contains(" E prod\n") && text.contains(" L sq\n"), "\(text)")
    }

    @Test func linearPartStaysAnOrdinaryRow() throws {
        let qcp = try example()
        #expect(qcp.model.constraintCount == 3)
        #expect(qcp.quadraticRows.map { qcp.model.name(of: $0.constraint) } == ["prod", "sq"])
    }

    @Test func badProductsAreRejected() throws {
        var qcp = try example()
        #expect(throws: ModelError.self) { try qcp.addConstraint("nan", Variable(index: 0) <= 1, quadratic: [QuadraticTerm(.nan, Variable(index: 0), Variable(index: 1))]) }
        #expect(throws: ModelError.self) { try qcp.addConstraint("far", Variable(index: 0) <= 1, quadratic: [QuadraticTerm(1, Variable(index: 0), Variable(index: 9))]) }
        #expect(qcp.model.constraintCount == 3)
    }
}
