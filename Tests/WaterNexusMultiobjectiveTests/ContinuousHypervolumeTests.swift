import Testing
import WaterNexusMultiobjective

/// The hypervolume of a continuous LP front from its extreme points, against hand calculations.
struct ContinuousHypervolumeTests {
    /// V = {e₁, e₂, e₃}, r = (1, 1, 1): the upper image is {y ≥ 0, y₁ + y₂ + y₃ ≥ 1}; the unit cube
    /// minus the corner simplex of volume 1/6 leaves 5/6.
    @Test func unitSimplex() throws {
        let v = try #require(ContinuousFrontHypervolume.value(extremePoints: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], reference: [1, 1, 1]))
        #expect(abs(v - 5.0 / 6) < 1e-12)
    }

    /// The DTLZ1 front Σ fₖ = 1/2 (vertices ½eₖ), r = (1, 1, 1): 1 − (1/2)³/6 = 1 − 1/48.
    @Test func dtlz1Front() throws {
        let v = try #require(ContinuousFrontHypervolume.value(extremePoints: [[0.5, 0, 0], [0, 0.5, 0], [0, 0, 0.5]], reference: [1, 1, 1]))
        #expect(abs(v - (1 - 1.0 / 48)) < 1e-12)
    }

    /// One point (0.2, 0.3, 0.4) under (1, 1, 1): the box 0.8 · 0.7 · 0.6 = 0.336; a second point it
    /// dominates adds nothing.
    @Test func singlePoint() throws {
        let v = try #require(ContinuousFrontHypervolume.value(extremePoints: [[0.2, 0.3, 0.4], [0.5, 0.5, 0.5]], reference: [1, 1, 1]))
        #expect(abs(v - 0.336) < 1e-12)
    }

    /// 2-D: chain (0, 1) → (0.2, 0.3) → (1, 0) under (1, 1): trapezoids 0.2 · (1 − 0.65) = 0.07 and
    /// 0.8 · (1 − 0.15) = 0.68, total 0.75; the dominated (0.5, 0.5) changes nothing; the segment
    /// (0, 1)–(1, 0) alone gives 1/2 (the discrete staircase of its ends gives 0).
    @Test func twoObjectives() throws {
        let v = try #require(ContinuousFrontHypervolume.value(extremePoints: [[0, 1], [0.2, 0.3], [1, 0], [0.5, 0.5]], reference: [1, 1]))
        #expect(abs(v - 0.75) < 1e-12)
        let segment = try #require(ContinuousFrontHypervolume.value(extremePoints: [[0, 1], [1, 0]], reference: [1, 1]))
        #expect(abs(segment - 0.5) < 1e-12)
        #expect(Hypervolume.exact([[0, 1], [1, 0]], reference: [1, 1]) == 0)
    }

    /// Any finite set of points of conv(V) has at most the continuous hypervolume, and a dense one comes
    /// close: 400 convex combinations of four vertices (a fixed lattice of weights).
    @Test func boundsDenseSamples() throws {
        let v: [[Double]] = [[0, 0.8, 0.5], [0.9, 0, 0.3], [0.4, 0.6, 0], [0.3, 0.3, 0.3]]
        let exact = try #require(ContinuousFrontHypervolume.value(extremePoints: v, reference: [1, 1, 1]))
        var samples: [[Double]] = []
        let n = 12
        for a in 0...n { for b in 0...(n - a) { for c in 0...(n - a - b) {
            let w = [Double(a), Double(b), Double(c), Double(n - a - b - c)].map { $0 / Double(n) }
            samples.append((0..<3).map { k in (0..<4).reduce(0) { $0 + w[$1] * v[$1][k] } })
        } } }
        let discrete = Hypervolume.exact(samples, reference: [1, 1, 1])
        #expect(discrete <= exact + 1e-12)
        #expect(discrete > 0.97 * exact, "discrete \(discrete), continuous \(exact)")
    }

    /// Points outside the reference box, other dimensions and empty sets give nil.
    @Test func rejectsBadInput() {
        #expect(ContinuousFrontHypervolume.value(extremePoints: [[2, 0, 0]], reference: [1, 1, 1]) == nil)
        #expect(ContinuousFrontHypervolume.value(extremePoints: [[0]], reference: [1]) == nil)
        #expect(ContinuousFrontHypervolume.value(extremePoints: [], reference: [1, 1]) == nil)
    }
}
