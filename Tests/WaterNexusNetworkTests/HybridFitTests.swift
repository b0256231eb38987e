import Foundation
import Testing
import WaterNexusInput
import WaterNexusNetwork

@Suite struct HybridFitTests {
    /// Exact data from a two-piece function with its kink at a training input: the fit finds the kink and
    /// reproduces the function (training and validation errors ~0).
    @Test func monotoneFitRecoversAKnownPiecewiseLinearFunction() throws {
        let x = (0...30).map(Double.init)
        let y = x.map { $0 <= 12 ? 2 * $0 : 24 + 0.5 * ($0 - 12) }
        let fit = try MonotonePiecewiseFit.fit(x: x, y: y, segments: 2, monotone: .increasing, holdout: 5)
        #expect(fit.curve.x == [0, 12, 30])
        for t in stride(from: 0.0, through: 30, by: 0.37) {
            let exact = t <= 12 ? 2 * t : 24 + 0.5 * (t - 12)
            #expect(abs(fit.curve.value(at: t) - exact) < 1e-9)
        }
        #expect(fit.errors.trainingRMSE < 1e-9 && (fit.errors.validationRMSE ?? 1) < 1e-9)
    }

    /// Noisy decreasing data (seeded): the curve is nonincreasing, and its validation error is of the order
    /// of the noise (uniform on ±0.05: σ = 0.0289).
    @Test func monotoneFitOfNoisyDataIsMonotoneAndReportsValidationError() throws {
        var sampler = IndependentSampler(state: 18)
        let x = (0..<80).map { 10 + Double($0) }
        let y = x.map { 1 - 0.004 * $0 + 0.1 * (sampler.uniform() - 0.5) }
        let fit = try MonotonePiecewiseFit.fit(x: x, y: y, segments: 5, monotone: .decreasing)
        #expect(zip(fit.curve.y, fit.curve.y.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(fit.curve.x.count == 6 && fit.curve.x.first == 10 && fit.curve.x.last == 89)
        let validation = try #require(fit.errors.validationRMSE)
        #expect(validation > 0.015 && validation < 0.05)
    }

    /// The active-set non-negative least squares against enumeration of every support set (the optimum is the
    /// best unconstrained solution on a support that is non-negative and satisfies the optimality conditions).
    @Test func nonNegativeLeastSquaresMatchesSupportEnumeration() throws {
        var sampler = IndependentSampler(state: 7)
        for _ in 0..<20 {
            let a = (0..<8).map { _ in (0..<4).map { _ in sampler.uniform() - 0.3 } }
            let b = (0..<8).map { _ in 2 * sampler.uniform() - 1 }
            let z = try #require(MonotonePiecewiseFit.nonNegativeLeastSquares(a, b))
            func sse(_ v: [Double]) -> Double { zip(a, b).reduce(0) { s, p in let r = zip(p.0, v).reduce(0) { $0 + $1.0 * $1.1 } - p.1; return s + r * r } }
            var best = sse([0, 0, 0, 0])
            for mask in 1..<16 {
                let support = (0..<4).filter { mask & (1 << $0) != 0 }
                var normal = support.map { i in support.map { j in zip(a, a).reduce(0) { $0 + $1.0[i] * $1.1[j] } } }
                var rhs = support.map { i in zip(a, b).reduce(0) { $0 + $1.0[i] * $1.1 } }
                // Gaussian elimination (support ≤ 4, random data: nonsingular).
                for col in support.indices {
                    for row in col + 1..<support.count {
                        let factor = normal[row][col] / normal[col][col]
                        for k in col..<support.count { normal[row][k] -= factor * normal[col][k] }
                        rhs[row] -= factor * rhs[col]
                    }
                }
                var sub = [Double](repeating: 0, count: support.count)
                for row in support.indices.reversed() {
                    sub[row] = (rhs[row] - (row + 1..<support.count).reduce(0) { $0 + normal[row][$1] * sub[$1] }) / normal[row][row]
                }
                guard sub.allSatisfy({ $0 >= 0 }) else { continue }
                var full = [0.0, 0, 0, 0]
                for (i, v) in zip(support, sub) { full[i] = v }
                best = min(best, sse(full))
            }
            #expect(z.allSatisfy { $0 >= 0 })
            #expect(abs(sse(z) - best) <= 1e-9 * (1 + best))
        }
    }

    @Test func parkFitsReportValidationErrorsNearTheGeneratorNoise() throws {
        let network = try NetworkModel.load(path: packageRoot() + "/Models/network/hybrid_park.yaml")
        let removal = try #require(network.treatments[0].technologies[0].removalCurve(0))
        let load = try #require(network.units[0].loadCurve(0))
        // Generator noise: σ = 0.015 (removal), 0.25 kg/h (load).
        #expect((removal.errors.validationRMSE ?? 0) > 0.005 && (removal.errors.validationRMSE ?? 1) < 0.04)
        #expect((load.errors.validationRMSE ?? 0) > 0.1 && (load.errors.validationRMSE ?? 1) < 0.6)
        // The mechanistic models the data came from: r(75) = 0.95(1 − e^−2) = 0.8214, L(60) = 9(1 − e^−1.5) = 6.992.
        #expect(abs(removal.curve.value(at: 75) - 0.8214) < 0.04)
        #expect(abs(load.curve.value(at: 60) - 6.992) < 0.5)
        #expect(removal.range == 20...150 && load.range == 20...120)
    }

    private func loadError(_ data: String, _ relation: String = "{contaminant: A, data: d.csv, segments: 2, monotone: increasing}") throws -> String {
        let directory = try HybridFixtures.folder(["d.csv": data])
        let yaml = """
        contaminants: [A]
        sources: [{name: fresh, concentrations: [0]}]
        units: [{name: U, loads: [1], maxInlet: [0], maxOutlet: [100], hybridLoad: [\(relation)]}]
        discharges: [{name: river, limits: [.inf]}]
        """
        do {
            _ = try NetworkModel.parse(yaml: yaml, file: "m.yaml", directory: directory)
        } catch {
            return "\(error)"
        }
        Issue.record("the model was accepted")
        return ""
    }

    /// The `hybrid` class: a linear mechanistic core plus a quadratic correction fitted to exact data
    /// L = 0.05 F + 1 + 0.001 F² (core 0.05 F + 1 given), sampled on the data's range: the samples are the
    /// formula's values (breakpoints 10, 25, 40, 55, 70 t/h).
    @Test func hybridClassSamplesCorePlusCorrection() throws {
        let points = (10...70).map { f -> (Double, Double) in let x = Double(f); return (x, 0.05 * x + 1 + 0.001 * x * x) }
        let directory = try HybridFixtures.folder(["d.csv": HybridFixtures.csv("load", points)])
        let yaml = """
        contaminants: [A]
        sources: [{name: fresh, concentrations: [0]}]
        units: [{name: U, loads: [1], maxInlet: [0], maxOutlet: [500], hybridLoad: [{contaminant: A, data: d.csv, class: hybrid, coreSlope: 0.05, coreIntercept: 1, degree: 2, segments: 4, monotone: increasing}]}]
        discharges: [{name: river, limits: [.inf]}]
        """
        let network = try NetworkModel.parse(yaml: yaml, file: "m.yaml", directory: directory)
        let fitted = try #require(network.units[0].loadCurve(0))
        #expect(fitted.modelClass == .hybrid && fitted.curve.x == [10, 25, 40, 55, 70])
        for (x, y) in zip(fitted.curve.x, fitted.curve.y) { #expect(abs(y - (0.05 * x + 1 + 0.001 * x * x)) < 1e-9) }
        #expect(fitted.errors.trainingRMSE < 1e-9)
        // The same data asked to be decreasing: refused, naming a data line.
        let decreasing = yaml.replacingOccurrences(of: "monotone: increasing", with: "monotone: decreasing")
        #expect(throws: InputError.self) { try NetworkModel.parse(yaml: decreasing, file: "m.yaml", directory: directory) }
    }

    @Test func badOperatingDataIsRefusedWithFileAndLine() throws {
        let rows = (1...20).map { (Double($0), Double($0) / 10) }
        var withNaN = HybridFixtures.csv("load", rows).split(separator: "\n").map(String.init)
        withNaN[5] = "5,nan,synthetic,test" // file line 6
        let nan = try loadError(withNaN.joined(separator: "\n"))
        #expect(nan.contains("d.csv:6") && nan.contains("not a number"))
        let few = try loadError(HybridFixtures.csv("load", Array(rows.prefix(4))))
        #expect(few.contains("d.csv") && few.contains("too few"))
        // A V shape (down to 10 t/h, then up) is not increasing; the worst-missed point is named by its line.
        let vee = try loadError(HybridFixtures.csv("load", rows.map { ($0.0, abs($0.0 - 10)) }))
        #expect(vee.contains("not increasing") && vee.contains("d.csv:"))
        let untagged = try loadError("flow,load\n" + rows.map { "\($0.0),\($0.1)\n" }.joined())
        #expect(untagged.contains("d.csv:2") && untagged.contains("tag"))
        let wrongContaminant = try loadError(HybridFixtures.csv("load", rows), "{contaminant: B, data: d.csv}")
        #expect(wrongContaminant.contains("\"B\" is not a contaminant"))
    }
}
