import Foundation

/// Numbers as a person reads them in a report: rounded to a few significant digits, no round-off
/// noise (`12.499999999999998` → `12.5`, `-1.76e-12` beside `2432.8` → `0`). Result-folder CSV files keep
/// full precision; this is for HTML tables and text summaries only.
public enum ReportNumber {
    /// Significant digits shown by default.
    public static let defaultDigits = 6

    /// `value` rounded to `digits` significant digits, trailing zeros removed. Fixed notation between
    /// 10⁻⁴ and 10¹⁵, scientific outside (`1.5e-07`); "0" for zero (never "-0"); "inf", "-inf", "nan".
    public static func format(_ value: Double, digits: Int = defaultDigits) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude < 1e-4 || magnitude >= 1e15 {
            var text = String(format: "%.\(max(0, digits - 1))e", value)
            if let e = text.firstIndex(of: "e") {
                var mantissa = String(text[..<e])
                if mantissa.contains(".") {
                    while mantissa.hasSuffix("0") { mantissa.removeLast() }
                    if mantissa.hasSuffix(".") { mantissa.removeLast() }
                }
                let exponent = Int(text[text.index(after: e)...]) ?? 0
                text = mantissa + "e" + (exponent < 0 ? "-" : "+") + (abs(exponent) < 10 ? "0" : "") + String(abs(exponent))
            }
            return text
        }
        let order = Int(floor(log10(magnitude)))
        let decimals = max(0, digits - 1 - order)
        var text: String
        if order >= digits {
            // Round the integer part itself to `digits` significant digits: 1234567.8 → 1234570.
            let unit = pow(10, Double(order + 1 - digits))
            text = String(format: "%.0f", (value / unit).rounded() * unit)
        } else {
            text = String(format: "%.\(decimals)f", value)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// A column of values formatted together: values smaller than `relativeZero` × the column's largest
    /// magnitude are round-off and shown as "0"; the others as ``format(_:digits:)``.
    public static func column(_ values: [Double], digits: Int = defaultDigits, relativeZero: Double = 1e-9) -> [String] {
        let scale = values.filter(\.isFinite).map(abs).max() ?? 0
        return values.map { value in
            value.isFinite && abs(value) <= scale * relativeZero ? "0" : format(value, digits: digits)
        }
    }

    /// A count with its noun, singular for one: `count(1, "run")` → "1 run", `count(3, "run")` → "3 runs".
    public static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The number of significant digits written in `text` ("0.00123" → 3, "1200" → 2, "12.50" → 4);
    /// nil when `text` is not a plain decimal number.
    public static func significantDigits(in text: String) -> Int? {
        var body = text.trimmingCharacters(in: .whitespaces)
        if body.hasSuffix("%") { body.removeLast() }
        if body.hasPrefix("-") || body.hasPrefix("+") { body.removeFirst() }
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) { body = String(body[..<e]) }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              body.filter({ $0 == "." }).count <= 1, body.contains(where: \.isNumber) else { return nil }
        var digits = Substring(body.filter(\.isNumber))
        while digits.first == "0" { digits.removeFirst() }
        if !body.contains(".") { while digits.last == "0" { digits.removeLast() } }
        return max(digits.count, 1)
    }
}
