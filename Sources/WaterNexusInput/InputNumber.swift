import Foundation

/// The one rule for numbers written in input files.
public enum InputNumber {
    /// The value of `text` (surrounding spaces ignored): a decimal or scientific number; with `allowsInfinity`,
    /// also `inf`, `+inf`, `.inf` or `infinity` for +∞. NaN and empty text give nil.
    public static func parse(_ text: String, allowsInfinity: Bool = false) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if allowsInfinity, ["inf", "+inf", ".inf", "+.inf", "infinity", "+infinity"].contains(trimmed.lowercased()) { return .infinity }
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// Words that mean "no value" in an optional cell or field.
    public static func isAbsent(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty || trimmed == "null" || trimmed == "~" || trimmed == "none"
    }
}
