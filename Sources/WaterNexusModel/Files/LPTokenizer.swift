/// Splits CPLEX LP text into tokens. Section keywords are recognized only when they start a line in
/// column 1 and are not followed by `:` (GLPK's rule), so indented names such as `bin` or `free` stay names.
struct LPTokenizer {
    enum Keyword: String {
        case minimize, maximize, subjectTo = "subject to", bounds, general, binary, end, unsupported
    }

    enum Kind: Equatable {
        case name(String)
        case number(Double)
        case plus, minus, colon
        case relation(Relation)
        case keyword(Keyword, String)
        case endOfFile
    }

    enum Relation: String { case lessEqual = "<=", greaterEqual = ">=", equal = "=" }

    struct Token {
        var kind: Kind
        var line: Int
        /// Whether the token begins in column 1.
        var startsLine: Bool
    }

    let bytes: [UInt8]
    let file: String?
    var position = 0
    var line = 1

    init(bytes: [UInt8], file: String?) {
        self.bytes = bytes
        self.file = file
    }

    static func isLetter(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
    static func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }
    static func isNameCharacter(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) || isNameSymbol(c) }

    /// Characters besides letters and digits allowed in names (the CPLEX LP set `!"#$%&()/,.;?@_`'{}|~`);
    /// a switch, because a set lookup per byte was a tenth of the reading time of large files.
    static func isNameSymbol(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"),
             UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "'"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    func error(_ message: String) -> ModelFileError { ModelFileError(file: file, line: line, message) }

    mutating func next() throws -> Token {
        while position < bytes.count {
            let c = bytes[position]
            if c == 0x0A {
                line += 1
                position += 1
            } else if c == 0x20 || c == 0x09 || c == 0x0D {
                position += 1
            } else if c == UInt8(ascii: "\\") {
                while position < bytes.count && bytes[position] != 0x0A { position += 1 }
            } else {
                break
            }
        }
        guard position < bytes.count else { return Token(kind: .endOfFile, line: line, startsLine: true) }
        let startsLine = position == 0 || bytes[position - 1] == 0x0A
        let c = bytes[position]
        let tokenLine = line
        func token(_ kind: Kind, length: Int) -> Token {
            position += length
            return Token(kind: kind, line: tokenLine, startsLine: startsLine)
        }
        switch c {
        case UInt8(ascii: "+"): return token(.plus, length: 1)
        case UInt8(ascii: "-"): return token(.minus, length: 1)
        case UInt8(ascii: ":"): return token(.colon, length: 1)
        case UInt8(ascii: "<"): return token(.relation(.lessEqual), length: peek(1) == UInt8(ascii: "=") ? 2 : 1)
        case UInt8(ascii: ">"): return token(.relation(.greaterEqual), length: peek(1) == UInt8(ascii: "=") ? 2 : 1)
        case UInt8(ascii: "="):
            if peek(1) == UInt8(ascii: "<") { return token(.relation(.lessEqual), length: 2) }
            if peek(1) == UInt8(ascii: ">") { return token(.relation(.greaterEqual), length: 2) }
            return token(.relation(.equal), length: peek(1) == UInt8(ascii: "=") ? 2 : 1)
        default: break
        }
        if LPTokenizer.isDigit(c) || c == UInt8(ascii: ".") { return try number(startsLine: startsLine) }
        guard LPTokenizer.isLetter(c) || LPTokenizer.isNameSymbol(c) else {
            if c < 0x20 || c >= 0x7F { throw error("byte 0x\(String(c, radix: 16)) is not allowed in an LP file (plain ASCII text expected)") }
            throw error("character '\(Character(UnicodeScalar(c)))' is not allowed here; names use letters, digits and !\"#$%&()/,.;?@_`'{}|~")
        }
        let start = position
        while position < bytes.count && LPTokenizer.isNameCharacter(bytes[position]) { position += 1 }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        if startsLine && LPTokenizer.isLetter(c) && nextNonBlank() != UInt8(ascii: ":"), let keyword = keyword(word) {
            return Token(kind: .keyword(keyword.0, keyword.1), line: tokenLine, startsLine: true)
        }
        return Token(kind: .name(word), line: tokenLine, startsLine: startsLine)
    }

    func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    func nextNonBlank() -> UInt8? {
        var k = position
        while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
        return k < bytes.count ? bytes[k] : nil
    }

    /// The keyword `word` starts (consuming `to` / `that` of two-word keywords), or nil.
    mutating func keyword(_ word: String) -> (Keyword, String)? {
        switch word.lowercased() {
        case "minimize", "minimum", "min", "minimise": return (.minimize, word)
        case "maximize", "maximum", "max", "maximise": return (.maximize, word)
        case "st", "s.t.", "st.": return (.subjectTo, word)
        case "subject", "such":
            let second = word.lowercased() == "subject" ? "to" : "that"
            var k = position
            while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
            let end = k + second.utf8.count
            guard end <= bytes.count, String(decoding: bytes[k..<end], as: UTF8.self).lowercased() == second,
                  end == bytes.count || !LPTokenizer.isNameCharacter(bytes[end]) else { return nil }
            position = end
            return (.subjectTo, "\(word) \(second)")
        case "bounds", "bound": return (.bounds, word)
        case "general", "generals", "gen", "integer", "integers", "int": return (.general, word)
        case "binary", "binaries", "bin": return (.binary, word)
        case "end": return (.end, word)
        case "semi-continuous", "semis", "semi", "sos", "sos1", "sos2", "pwl", "lazy", "user":
            return (.unsupported, word)
        default: return nil
        }
    }

    mutating func number(startsLine: Bool) throws -> Token {
        let start = position, tokenLine = line
        while position < bytes.count && LPTokenizer.isDigit(bytes[position]) { position += 1 }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < bytes.count && LPTokenizer.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            var k = position + 1
            if k < bytes.count, bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-") { k += 1 }
            if k < bytes.count, LPTokenizer.isDigit(bytes[k]) {
                position = k
                while position < bytes.count && LPTokenizer.isDigit(bytes[position]) { position += 1 }
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = NumberText.parse(text), value.isFinite else {
            throw error("\"\(text)\" is not a valid number")
        }
        return Token(kind: .number(value), line: tokenLine, startsLine: startsLine)
    }
}
