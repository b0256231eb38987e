import Foundation

/// The iteration schedule of RIME as coded in the authors' `RIME.m` (Su et al. 2023).
public enum RimeSchedule {
    /// The soft-rime factor of iteration `t` of `T`, from one uniform draw `r`:
    /// (r − 0.5)·2·cos(π t/(T/10))·(1 − round(w t/T)/w), with rounding half away from zero.
    public static func factor(draw r: Double, iteration t: Int, iterations T: Int, segments w: Int = 5) -> Double {
        let (t, T, w) = (Double(t), Double(T), Double(w))
        let theta = cos(Double.pi * t / (T / 10))
        let beta = 1 - (w * t / T).rounded(.toNearestOrAwayFromZero) / w
        return (r - 0.5) * 2 * theta * beta
    }

    /// The attachment coefficient E = √(t/T).
    public static func attachment(iteration t: Int, iterations T: Int) -> Double {
        (Double(t) / Double(T)).squareRoot()
    }

    /// The hard-rime puncture probabilities F/‖F‖₂ after shifting F to be non-negative (subtracting
    /// its minimum when that is negative); all zero when the shifted vector is zero.
    public static func punctureProbabilities(_ fitness: [Double]) -> [Double] {
        let lowest = fitness.min() ?? 0
        let shifted = lowest < 0 ? fitness.map { $0 - lowest } : fitness
        let norm = shifted.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0, norm.isFinite else { return [Double](repeating: 0, count: fitness.count) }
        return shifted.map { $0 / norm }
    }
}
