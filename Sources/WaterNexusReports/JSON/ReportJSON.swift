import Foundation

/// The one JSON encoding of the project's outputs: pretty-printed, keys sorted (deterministic), slashes
/// not escaped, non-finite numbers as the strings "inf", "-inf" and "nan", ending with a newline.
public enum ReportJSON {
    /// `value` as JSON text.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
