import Testing
import WaterNexusMultiobjective

struct MorimeRIMETests {
    /// t = 1, T = 10, w = 5, r = 0.75: θ = cos(π·1/(10/10)) = −1; w t/T = 0.5 rounds half away from
    /// zero to 1, so β = 1 − 1/5 = 0.8; factor = (0.75 − 0.5)·2·(−1)·0.8 = −0.4.
    /// (Rounding half to even would give β = 1 and −0.5.)
    /// t = 5: θ = cos(5π) = −1; w t/T = 2.5 → 3, β = 0.4; r = 1 gives 0.5·2·(−1)·0.4 = −0.4.
    @Test func factorRoundsHalfAwayFromZero() {
        #expect(abs(RimeSchedule.factor(draw: 0.75, iteration: 1, iterations: 10) + 0.4) < 1e-12)
        #expect(abs(RimeSchedule.factor(draw: 1, iteration: 5, iterations: 10) + 0.4) < 1e-12)
        // t = T: β = 1 − 5/5 = 0, no soft-rime move at all.
        #expect(RimeSchedule.factor(draw: 0.9, iteration: 10, iterations: 10) == 0)
    }

    /// E = √(t/T): t = 1, T = 4 gives 0.5.
    @Test func attachmentIsSquareRoot() {
        #expect(RimeSchedule.attachment(iteration: 1, iterations: 4) == 0.5)
    }

    /// F = (3, 4): ‖F‖ = 5, p = (0.6, 0.8). F = (−1, 1, 2) is shifted by +1 to (0, 2, 3), ‖·‖ = √13.
    @Test func punctureNormalizesShiftedFitness() {
        #expect(RimeSchedule.punctureProbabilities([3, 4]) == [0.6, 0.8])
        let p = RimeSchedule.punctureProbabilities([-1, 1, 2])
        let root13 = 13.0.squareRoot()
        #expect(zip(p, [0, 2 / root13, 3 / root13]).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(RimeSchedule.punctureProbabilities([0, 0]) == [0, 0])
    }

    /// Sphere Σ xⱼ² on [−100, 100]¹⁰ has minimum 0 at the origin; a start from uniform points has
    /// values near 10·100²/3 ≈ 33 000, so below 1 is a reduction by more than four orders of magnitude
    /// (seeds 1–5 give 0.03–0.28 with 20 agents and 300 iterations).
    @Test func rimeMinimizesTheSphere() throws {
        let options = RIME.Options(populationSize: 20, iterations: 300, seed: 3, threads: 1)
        let result = try RIME.minimize(lower: Array(repeating: -100, count: 10), upper: Array(repeating: 100, count: 10), options: options) { x in
            x.reduce(0) { $0 + $1 * $1 }
        }
        #expect(result.bestValue < 1)
        #expect(result.evaluations == 20 + 20 * 300)
        #expect(result.convergence.count == 300)
        #expect(zip(result.convergence, result.convergence.dropFirst()).allSatisfy { $0 >= $1 })
        let again = try RIME.minimize(lower: Array(repeating: -100, count: 10), upper: Array(repeating: 100, count: 10),
                                      options: RIME.Options(populationSize: 20, iterations: 300, seed: 3, threads: 2)) { x in
            x.reduce(0) { $0 + $1 * $1 }
        }
        #expect(again.best == result.best)
    }

    @Test func badBoundsAreReported() {
        #expect(throws: MetaheuristicError.self) {
            try RIME.minimize(lower: [0, 1], upper: [1, 0]) { $0[0] }
        }
    }
}
