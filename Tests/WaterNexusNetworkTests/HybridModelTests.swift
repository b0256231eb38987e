import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusNetwork

@Suite struct HybridModelTests {
    @Test func leastSquaresRecoversAKnownCorrection() throws {
        // y = pumping core (0.002725·600/0.8 = 2.04375 kWh/t) + 12 + 0.01 x²; exact data → correction [12, 0, 0.01].
        let x = stride(from: 10.0, through: 80, by: 5).map { $0 }
        let y = x.map { 2.04375 * $0 + 12 + 0.01 * $0 * $0 }
        let model = try HybridModel.fit(core: .pumping(head: 600, efficiency: 0.8), x: x, y: y, degree: 2)
        #expect(abs(model.correction[0] - 12) < 1e-6 && abs(model.correction[1]) < 1e-7 && abs(model.correction[2] - 0.01) < 1e-9)
        #expect(model.trainingRMSE < 1e-6 && (model.validationRMSE ?? 1) < 1e-6)
    }

    @Test func fitOnTheSyntheticOperatingDataReportsValidationError() throws {
        let network = try NetworkModel.load(path: packageRoot() + "/Models/network/ro_recycle.yaml")
        let curve = try #require(network.treatments[0].technologies[0].electricityCurve)
        #expect(curve.x.first == 0 && curve.x.last == 80 && curve.x.count == 9)
        // The data were generated with noise σ = 1.5 around 2.04375 x + 12 + 0.01 x²: at 40 t/h the curve
        // should be within a few kWh/h of 2.04375·40 + 12 + 16 = 109.75.
        #expect(abs(curve.value(at: 40) - 109.75) < 3)
        // The reported validation error is of the order of the generator's noise σ = 1.5.
        let fit = try #require(network.treatments[0].technologies[0].electricityFit)
        #expect(fit.trainingRMSE > 0.3 && fit.trainingRMSE < 3)
        #expect((fit.validationRMSE ?? 0) > 0.1 && (fit.validationRMSE ?? 9) < 4)
    }

    @Test func piecewiseLinearEmbeddingInterpolates() throws {
        let curve = try PiecewiseLinear(x: [0, 10, 30], y: [5, 25, 35])
        var model = Model(name: "pwl")
        let f = try model.addVariable("f", lower: 0, upper: 30)
        try model.addConstraint(f.expression == 17)
        let energy = try curve.embed(in: &model, argument: f.expression, active: LinearExpression(constant: 1), name: "e")
        try model.setObjective(.minimize, energy)
        let solution = try GLPKSolver.solve(model)
        // Hand: on [10, 30] slope 0.5 → 25 + 0.5·7 = 28.5 (the binaries forbid mixing 0 and 30).
        #expect(abs((solution.objective ?? 0) - 28.5) < 1e-9)
        #expect(abs(curve.value(at: 17) - 28.5) < 1e-12)
    }

    @Test func networkChargesTheCurveElectricityConsistently() throws {
        // One unit recycling through RO; the curve's electricity must appear identically in the optimization
        // objective and in the independent re-evaluation (the solver keeps the re-evaluated cost as its bound).
        var network = try NetworkModel.load(path: packageRoot() + "/Models/network/ro_recycle.yaml")
        network.treatments[0].technologies[0].capexFixed = 0 // make recycling attractive
        let result = try NetworkSolver.solve(network)
        #expect(result.status == .optimal)
        let evaluation = try #require(result.evaluation)
        let design = try #require(result.design)
        #expect(design.technologies[0] == 0)
        let roFlow = evaluation.throughput[result.graph.nodes.firstIndex { $0.name == "ro" }!]
        let curve = network.treatments[0].technologies[0].electricityCurve!
        // Emission breakdown by hand: 8000 h · 0.5306 kg/kWh · curve(q) (the technology has no per-t kWh).
        #expect(abs(evaluation.emissions.treatmentElectricity - 8000 * 0.5306 * curve.value(at: roFlow)) < 1e-6 * evaluation.emissions.treatmentElectricity)
        #expect(result.lowerBound <= (result.upperBound ?? 0) + 1e-6)
    }
}
