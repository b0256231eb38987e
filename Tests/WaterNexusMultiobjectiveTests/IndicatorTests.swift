import Testing
import WaterNexusMultiobjective

/// Hand-computed indicator values on small sets.
///
/// Reference front R = {(0,2), (1,1), (2,0)}, approximation A = {(0,3), (1.5,1)}.
struct IndicatorTests {
    let reference: [[Double]] = [[0, 2], [1, 1], [2, 0]]
    let approximation: [[Double]] = [[0, 3], [1.5, 1]]

    /// Nearest A-point per r: (0,2)→(0,3) distance 1; (1,1)→(1.5,1) 0.5; (2,0)→(1.5,1) √1.25.
    /// IGD = (1 + 0.5 + √1.25)/3.
    @Test func invertedGenerationalDistance() {
        let igd = DistanceIndicators.invertedGenerationalDistance(approximation, reference: reference)
        #expect(abs(igd - (1.5 + 1.25.squareRoot()) / 3) < 1e-12)
    }

    /// d⁺ per r (only the parts where a is worse count): (0,2): (0,3)→1, (1.5,1)→1.5, min 1;
    /// (1,1): (0,3)→2, (1.5,1)→0.5, min 0.5; (2,0): (0,3)→3, (1.5,1)→1, min 1. IGD+ = 2.5/3.
    @Test func invertedGenerationalDistancePlus() {
        let value = DistanceIndicators.invertedGenerationalDistancePlus(approximation, reference: reference)
        #expect(abs(value - 2.5 / 3) < 1e-12)
    }

    /// Nearest R-point per a: (0,3)→(0,2) distance 1; (1.5,1)→(1,1) 0.5. GD = 0.75.
    @Test func generationalDistance() {
        #expect(abs(DistanceIndicators.generationalDistance(approximation, reference: reference) - 0.75) < 1e-12)
    }

    /// min over a of max_k(a_k − r_k): (0,2)→min(1, 1.5) = 1; (1,1)→min(2, 0.5) = 0.5; (2,0)→min(3, 1) = 1.
    /// ε+ = max = 1. Against itself ε+ = 0.
    @Test func additiveEpsilon() {
        #expect(AdditiveEpsilon.value(approximation, reference: reference) == 1)
        #expect(AdditiveEpsilon.value(reference, reference: reference) == 0)
    }

    /// No point of R is weakly dominated by A: C(A, R) = 0. (0,2) covers (0,3) and (1,1) covers (1.5,1):
    /// C(R, A) = 1. With A' = {(1,1)}: it covers (1,1) only, C = 1/3.
    @Test func coverage() {
        #expect(Coverage.value(approximation, covers: reference) == 0)
        #expect(Coverage.value(reference, covers: approximation) == 1)
        #expect(abs(Coverage.value([[1, 1]], covers: reference) - 1.0 / 3) < 1e-15)
    }

    /// Points (0,0), (1,0), (3,0): nearest L1 distances 1, 1, 2, mean 4/3; squared deviations
    /// 1/9 + 1/9 + 4/9 = 2/3; divided by n − 1 = 2 gives 1/3; spacing √(1/3). Even spacing gives 0.
    @Test func spacing() {
        #expect(abs(Spacing.value([[0, 0], [1, 0], [3, 0]]) - (1.0 / 3).squareRoot()) < 1e-12)
        #expect(Spacing.value(reference) == 0)
    }

    /// Ideal (0,0), nadir (2,4): (1,2) ↦ (0.5,0.5); its box to (1,1) has area 0.25, stored with the result.
    @Test func normalizedHypervolumeRecordsItsSettings() {
        let normalization = ObjectiveNormalization(ideal: [0, 0], nadir: [2, 4])
        #expect(normalization.apply([1, 2]) == [0.5, 0.5])
        let estimate = Hypervolume.measure([[1, 2]], reference: [1, 1], normalization: normalization)
        #expect(estimate.value == 0.25)
        #expect(estimate.method == .exact)
        #expect(estimate.normalization == normalization)
        #expect(estimate.reference == [1, 1])
    }

    /// 4-D: a = (0, .5, .5, .5) and b = (.5, 0, .5, .5) with reference (1,1,1,1). Each box is
    /// 1·.5·.5·.5 = 0.125, their overlap .5⁴ = 0.0625, so the union is 0.1875. The Monte Carlo box is
    /// [0,1]×[0,1]×[.5,1]×[.5,1] (volume 0.25), so p = 0.75 and σ = 0.25·√(0.75·0.25/n).
    @Test func monteCarloHypervolumeWithinItsBound() {
        let n = 200_000
        let estimate = Hypervolume.measure([[0, 0.5, 0.5, 0.5], [0.5, 0, 0.5, 0.5]], reference: [1, 1, 1, 1], samples: n, seed: 7)
        #expect(estimate.method == .monteCarlo)
        let sigma = 0.25 * (0.75 * 0.25 / Double(n)).squareRoot()
        #expect(abs(estimate.errorBound - 3 * sigma) < 0.1 * sigma)
        #expect(abs(estimate.value - 0.1875) <= estimate.errorBound)
        // One point: the sampling box is its own dominated box, so the estimate is exact: 0.5⁴.
        #expect(Hypervolume.measure([[0.5, 0.5, 0.5, 0.5]], reference: [1, 1, 1, 1], samples: 1000).value == 0.0625)
    }

    /// Values 4, 1, 3, 2: sorted 1..4; median 2.5; quartiles at positions 0.75 and 2.25 → 1.75 and 3.25.
    @Test func summaryStatistics() throws {
        let s = try #require(SummaryStatistics([4, 1, 3, 2]))
        #expect([s.minimum, s.lowerQuartile, s.median, s.upperQuartile, s.maximum] == [1, 1.75, 2.5, 3.25, 4])
        #expect(SummaryStatistics([]) == nil)
    }

    /// The report gathers the same hand values: HV of A with reference (3,3) is
    /// 3×0 (A's (0,3) adds nothing at y = 3) + (3 − 1.5)(3 − 1) = 3.
    @Test func reportCollectsEveryIndicator() {
        let report = IndicatorReport.compute(
            approximation: approximation, reference: reference, referencePoint: [3, 3],
            normalization: .identity(objectives: 2))
        #expect(report.hypervolume.value == 3)
        // R with reference (3,3): staircase 3×1 + 2×1 + 1×1 = 6.
        #expect(report.referenceHypervolume == 6)
        #expect(report.hypervolumeRatio == 0.5)
        #expect(report.additiveEpsilon == 1)
        #expect(abs(report.generationalDistance - 0.75) < 1e-12)
    }
}
