import Foundation

/// A linear axis scale with "nice" tick values (Heckbert, "Nice numbers for graph labels", Graphics
/// Gems, 1990): steps are 1, 2 or 5 times a power of ten and the domain is widened to whole steps.
public struct NiceScale: Sendable, Equatable {
    /// Lower end of the (widened) domain.
    public let lower: Double
    /// Upper end of the (widened) domain.
    public let upper: Double
    /// Distance between ticks.
    public let step: Double
    /// Tick values from `lower` to `upper`.
    public let ticks: [Double]
    /// Power of ten factored out of the tick labels (0 when labels are printed as they are); the axis
    /// label should then say "×10^exponent".
    public let exponent: Int

    /// A scale covering `minimum...maximum` with about `targetTicks` ticks. A degenerate or empty range
    /// is widened around its value; non-finite bounds fall back to 0...1.
    public init(minimum: Double, maximum: Double, targetTicks: Int = 6) {
        var lo = minimum.isFinite ? minimum : 0
        var hi = maximum.isFinite ? maximum : 1
        if lo > hi { swap(&lo, &hi) }
        // Round-off from a solver (-1.8e-12 for 0) must not widen the axis by a whole step below zero.
        let noise = (hi - lo) * 1e-9
        if abs(lo) <= noise { lo = 0 }
        if abs(hi) <= noise { hi = 0 }
        if hi - lo <= max(abs(hi), abs(lo)) * 1e-12 {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let range = NiceScale.niceNumber(hi - lo, round: false)
        let step = NiceScale.niceNumber(range / Double(max(2, targetTicks) - 1), round: true)
        let lower = (lo / step + 1e-9).rounded(.down) * step
        let upper = (hi / step - 1e-9).rounded(.up) * step
        let count = Int(((upper - lower) / step).rounded()) + 1
        self.lower = lower
        self.upper = upper
        self.step = step
        // Multiply rather than accumulate so ticks do not drift (0.1 + 0.2 ≠ 0.3).
        self.ticks = (0..<count).map { k in
            let v = lower + Double(k) * step
            return abs(v) < step * 1e-9 ? 0 : v
        }
        let largest = max(abs(lower), abs(upper))
        if largest >= 1e6 || largest < 1e-3 {
            self.exponent = Int((log10(largest) / 3).rounded(.down)) * 3
        } else {
            self.exponent = 0
        }
    }

    /// The scale with the most ticks (at most `targetTicks`) whose labels fit side by side in `length` px.
    public static func fitting(minimum: Double, maximum: Double, length: Double, targetTicks: Int = 6) -> NiceScale {
        var scale = NiceScale(minimum: minimum, maximum: maximum, targetTicks: targetTicks)
        var target = targetTicks
        while target > 2 {
            let needed = scale.ticks.map { ChartStyle.textWidth(scale.label($0)) + 14 }.reduce(0, +)
            if needed <= length { break }
            target -= 1
            scale = NiceScale(minimum: minimum, maximum: maximum, targetTicks: target)
        }
        return scale
    }

    /// Heckbert's nice number: 1, 2, 5 or 10 times a power of ten, rounded or taking the ceiling.
    public static func niceNumber(_ value: Double, round: Bool) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let power = (log10(value)).rounded(.down)
        let fraction = value / pow(10, power)
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * pow(10, power)
    }

    /// Position of `value` in the domain as a fraction (0 at `lower`, 1 at `upper`).
    public func fraction(_ value: Double) -> Double { (value - lower) / (upper - lower) }

    /// Text of tick `value`: divided by 10^exponent, with just enough decimals for the step.
    public func label(_ value: Double) -> String {
        let scaled = value / pow(10, Double(exponent))
        let scaledStep = step / pow(10, Double(exponent))
        let decimals = max(0, min(10, Int((-log10(scaledStep) - 1e-9).rounded(.up))))
        return NumberFormat.fixed(scaled, decimals)
    }

    /// " (×10³)"-style suffix for the axis label, or "" when no exponent is factored out.
    public var exponentSuffix: String {
        exponent == 0 ? "" : " ×10" + NiceScale.superscript(exponent)
    }

    static func superscript(_ value: Int) -> String {
        let digits: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵",
                                              "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        return String(String(value).map { digits[$0] ?? $0 })
    }
}
