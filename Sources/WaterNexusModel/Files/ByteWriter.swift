import Foundation

/// An append-only byte buffer for writing model files fast (no string concatenation).
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func newline() { bytes.append(0x0A) }

    mutating func spaces(_ count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(0x20, count: count)) }
    }

    /// Appends `value` in its shortest form that reads back to the same `Double` (integers without ".0").
    mutating func append(number value: Double) {
        if let digits = NumberText.integerDigits(value) {
            bytes.append(contentsOf: digits)
        } else {
            append(value.description)
        }
    }
}

/// Formatting and parsing of numbers in model files.
enum NumberText {
    /// Bounds at or beyond this magnitude mean "no bound" when read (the usual MPS/LP convention).
    static let infinityThreshold = 1e30

    /// The decimal digits of an integral `value` of magnitude below 2^53, or nil.
    static func integerDigits(_ value: Double) -> [UInt8]? {
        guard value.rounded(.towardZero) == value, abs(value) < 9_007_199_254_740_992 else { return nil }
        var n = Int(value)
        if n == 0 { return value.sign == .minus ? Array("-0".utf8) : [0x30] }
        var digits: [UInt8] = []
        let negative = n < 0
        n = abs(n)
        while n > 0 {
            digits.append(UInt8(0x30 + n % 10))
            n /= 10
        }
        if negative { digits.append(UInt8(ascii: "-")) }
        return digits.reversed()
    }

    /// The shortest exact text of `value`.
    static func text(_ value: Double) -> String {
        if let digits = integerDigits(value) { return String(decoding: digits, as: UTF8.self) }
        return value.description
    }

    /// `value` in at most `width` characters: exact when the shortest form fits, else rounded to the
    /// most significant digits that fit (fixed MPS has 12-character number fields).
    static func text(_ value: Double, width: Int) -> String {
        let exact = text(value)
        if exact.utf8.count <= width { return exact }
        for digits in stride(from: width, through: 1, by: -1) {
            let candidate = scientific(value, significantDigits: digits)
            if candidate.utf8.count <= width { return candidate }
        }
        return exact
    }

    /// `value` rounded to `significantDigits` significant digits, in C's `%g` style without padding.
    private static func scientific(_ value: Double, significantDigits: Int) -> String {
        var result = String(format: "%.\(significantDigits)g", value)
        if let e = result.firstIndex(of: "e") { // "1.5e-05" → "1.5e-5"
            let mantissa = result[..<e]
            let exponent = Int(result[result.index(after: e)...]) ?? 0
            result = "\(mantissa)e\(exponent)"
        }
        return result
    }

    /// Parses a decimal number (`12`, `-1.5e-3`, `.5`) or an infinity word (`inf`, `infinity`, `+inf`, `-Inf`).
    /// Returns nil for anything else (hexadecimal, NaN, garbage).
    static func parse<S: StringProtocol>(_ token: S) -> Double? {
        let utf8 = token.utf8
        var index = utf8.startIndex
        var sign = 1.0
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "+") || utf8[index] == UInt8(ascii: "-") {
            if utf8[index] == UInt8(ascii: "-") { sign = -1 }
            index = utf8.index(after: index)
        }
        guard index < utf8.endIndex else { return nil }
        let first = utf8[index] | 0x20
        if first == UInt8(ascii: "i") {
            let word = String(decoding: utf8[index...], as: UTF8.self).lowercased()
            return word == "inf" || word == "infinity" ? sign * .infinity : nil
        }
        var sawDigit = false, sawDot = false, sawExponent = false, exponentDigits = false
        var previous: UInt8 = 0
        while index < utf8.endIndex {
            let c = utf8[index]
            switch c {
            case 0x30...0x39:
                if sawExponent { exponentDigits = true } else { sawDigit = true }
            case UInt8(ascii: "."):
                guard !sawDot, !sawExponent else { return nil }
                sawDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard sawDigit, !sawExponent else { return nil }
                sawExponent = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard previous | 0x20 == UInt8(ascii: "e") else { return nil }
            default:
                return nil
            }
            previous = c
            index = utf8.index(after: index)
        }
        guard sawDigit, !sawExponent || exponentDigits else { return nil }
        return Double(Substring(token))
    }
}
