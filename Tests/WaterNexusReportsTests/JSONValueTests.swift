import Foundation
import Testing
import WaterNexusReports

struct JSONValueTests {
    @Test func escapesStringsPerRFC8259() {
        // Quote, backslash, the short escapes, another control character (U+0001 → \u0001), DEL and
        // non-ASCII kept as they are, and "/" not escaped.
        let text = "a\"b\\c\nd\re\tf\u{08}g\u{0C}h\u{01}i\u{7F}é水/"
        #expect(JSONValue.string(text).compact() == #""a\"b\\c\nd\re\tf\bg\fh\u0001i\#u{7F}é水/""#)
    }

    @Test func formatsNumbersDeterministically() {
        #expect(JSONValue.numberText(3) == "3")
        #expect(JSONValue.numberText(-0.0) == "0")
        #expect(JSONValue.numberText(0.1) == "0.1")
        #expect(JSONValue.numberText(-2.5) == "-2.5")
        #expect(JSONValue.numberText(1e-7) == "1e-07")
        #expect(JSONValue.numberText(9_007_199_254_740_991) == "9007199254740991")  // 2⁵³ − 1, still integral
        #expect(JSONValue.numberText(1e300) == "1e+300")
        #expect(JSONValue.numberText(.nan) == nil)
        #expect(JSONValue.numberText(-.infinity) == nil)
    }

    /// Every finite double must read back exactly. JSONDecoder is the independent reader (it must
    /// accept the syntax), and the C library's correctly rounded `strtod` (via `Double(String)`) checks
    /// each token (Foundation's JSONSerialization on Linux rounds some 17-digit values off by one ulp).
    @Test func finiteDoublesRoundTrip() throws {
        let values: [Double] = [0.1, 1.0 / 3.0, -123456.789e-12, .pi, 2.2250738585072014e-308, .leastNonzeroMagnitude,
                                1.7976931348623157e308, 123456789012345680, 0.30000000000000004, 1e16, -7]
        let text = JSONValue.numbers(values).compact()
        let decoded = try JSONDecoder().decode([Double].self, from: Data(text.utf8))
        #expect(decoded.count == values.count)
        let tokens = text.dropFirst().dropLast().split(separator: ",").map { Double(String($0)) }
        #expect(tokens == values.map { Optional($0) })
    }

    @Test func nonFiniteBecomesNullOrString() {
        let value = JSONValue.numbers([.nan, .infinity, -.infinity, 1])
        #expect(value.compact() == "[null,null,null,1]")
        #expect(value.compact(nonFinite: .string) == #"["NaN","Infinity","-Infinity",1]"#)
    }

    @Test func keepsKeyOrderAndIndents() {
        let value: JSONValue = ["zeta": 1, "alpha": [true, nil, "x"], "empty": [:], "list": []]
        #expect(value.compact() == #"{"zeta":1,"alpha":[true,null,"x"],"empty":{},"list":[]}"#)
        #expect(value.pretty() == """
        {
          "zeta": 1,
          "alpha": [
            true,
            null,
            "x"
          ],
          "empty": {},
          "list": []
        }

        """)
    }

    @Test func prettyOutputParsesBack() throws {
        let value: JSONValue = ["name": "Pujiang \"river\"", "values": .numbers([1.5, -0.25]), "ok": false]
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(value.pretty().utf8)) as? [String: Any])
        #expect(parsed["name"] as? String == "Pujiang \"river\"")
        #expect((parsed["values"] as? [NSNumber])?.map(\.doubleValue) == [1.5, -0.25])
        #expect(parsed["ok"] as? Bool == false)
    }
}
