/// A JSON value whose objects keep their keys in insertion order, so that rendering is deterministic:
/// the same value always gives the same bytes.
///
/// Numbers: integral doubles with magnitude below 2⁵³ are written without a fraction ("3"); every other
/// finite double is written as the shortest text that reads back as exactly the same double ("0.1",
/// "1e-07", "1.7976931348623157e+308"). JSON has no NaN or infinity: by default they become `null`;
/// ``NonFinite/string`` writes them as the strings "NaN", "Infinity" and "-Infinity" instead.
///
/// Strings are escaped as RFC 8259 requires (`"`, `\`, and control characters; `\n`, `\t`, … where a short
/// form exists, `\u00XX` otherwise); other characters, including non-ASCII, are written as UTF-8.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// How NaN and ±infinity are written.
    public enum NonFinite: Sendable { case null, string }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .number(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value on one line, with no spaces.
    public func compact(nonFinite: NonFinite = .null) -> String {
        var out = ""
        write(to: &out, indent: nil, level: 0, nonFinite: nonFinite)
        return out
    }

    /// The value over several lines, indented by `indent` spaces per level, ending with a newline.
    /// Empty arrays and objects are written as `[]` and `{}`.
    public func pretty(indent: Int = 2, nonFinite: NonFinite = .null) -> String {
        var out = ""
        write(to: &out, indent: max(0, indent), level: 0, nonFinite: nonFinite)
        return out + "\n"
    }

    /// The text of a number (see the type's documentation); nil for NaN and infinities.
    public static func numberText(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return value == 0 ? "0" : String(Int64(value))
        }
        return "\(value)"
    }

    /// `text` as a quoted, escaped JSON string.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private func write(to out: inout String, indent: Int?, level: Int, nonFinite: NonFinite) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d):
            if let text = JSONValue.numberText(d) {
                out += text
            } else if nonFinite == .string {
                out += d.isNaN ? "\"NaN\"" : d > 0 ? "\"Infinity\"" : "\"-Infinity\""
            } else {
                out += "null"
            }
        case .string(let s): out += JSONValue.quoted(s)
        case .array(let items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &out, indent: indent, level: level, nonFinite: nonFinite)
        case .object(let members):
            writeContainer(members.map { (Optional($0.0), $0.1) }, open: "{", close: "}", to: &out, indent: indent, level: level,
                           nonFinite: nonFinite)
        }
    }

    private func writeContainer(_ items: [(String?, JSONValue)], open: String, close: String, to out: inout String,
                                indent: Int?, level: Int, nonFinite: NonFinite) {
        guard !items.isEmpty else { out += open + close; return }
        out += open
        for (k, (key, value)) in items.enumerated() {
            if k > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: " ", count: indent * (level + 1)) }
            if let key { out += JSONValue.quoted(key) + (indent == nil ? ":" : ": ") }
            value.write(to: &out, indent: indent, level: level + 1, nonFinite: nonFinite)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent * level) }
        out += close
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    /// `["b": 1, "a": 2]` keeps the keys in the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}

extension JSONValue {
    /// An array of numbers.
    public static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }
}
