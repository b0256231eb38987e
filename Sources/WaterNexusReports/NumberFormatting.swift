import Foundation

/// Formats numbers for reports: fixed decimals, no "-0", "inf" for infinities.
public enum NumberFormat {
    /// `value` with `decimals` digits after the point ("-0.00" shown as "0.00"; "inf", "-inf", "nan").
    public static func fixed(_ value: Double, _ decimals: Int = 2) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        let text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }

    /// The shortest text that reads back as exactly `value` (Swift's round-trip description).
    public static func exact(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
