import Foundation

/// Checks that a report page reads like a results section: the summary opens the page (before the
/// first table), no caption is only a file name, and no table cell shows more than
/// ``maxSignificantDigits`` significant digits. Used by the tests of every report kind.
public enum ReportStructure {
    /// Most significant digits a table cell may show.
    public static let maxSignificantDigits = 7

    /// The rules `html` breaks, one sentence each; empty when it follows them all.
    public static func problems(in html: String) -> [String] {
        var found: [String] = []
        let summary = html.range(of: "<section id=\"summary\"")
        let firstTable = html.range(of: "<table")
        if summary == nil {
            found.append("no <section id=\"summary\">: the page must open with its summary")
        } else if let summary, let firstTable, firstTable.lowerBound < summary.lowerBound {
            found.append("a table comes before the summary")
        }
        if let summary, let main = html.range(of: "<main>"),
           html[main.upperBound..<summary.lowerBound].contains(where: { !$0.isWhitespace }) {
            found.append("content comes between <main> and the summary")
        }
        let captions = elements("figcaption", in: html) + elements("caption", in: html) + elements("summary", in: html)
            + elements("p", withClass: "caption", in: html)
        for caption in captions {
            let text = strippedNumber(plainText(caption))
            if isFileName(text) { found.append("caption is a file name: '\(text)'") }
        }
        for cell in elements("td", in: html) {
            let text = plainText(cell)
            if let digits = ReportNumber.significantDigits(in: text), digits > maxSignificantDigits {
                found.append("table cell '\(text)' shows \(digits) significant digits (at most \(maxSignificantDigits))")
            }
        }
        return found
    }

    /// Inner HTML of every `<name …>…</name>` element (not nested in itself); with `cls`, only those whose
    /// attributes are exactly `class="cls"`.
    static func elements(_ name: String, withClass cls: String? = nil, in html: String) -> [String] {
        let attributes = cls.map { " class=\"\($0)\"" } ?? "(?:\\s[^>]*)?"
        guard let regex = try? NSRegularExpression(pattern: "<\(name)\(attributes)>(.*?)</\(name)>", options: [.dotMatchesLineSeparators]) else { return [] }
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    /// Text without tags, entities decoded for the common escapes, whitespace trimmed.
    static func plainText(_ inner: String) -> String {
        let noTags = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return noTags.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The caption without its "Table 3." / "Figure 2." label and a trailing "(… rows; click to show)".
    static func strippedNumber(_ caption: String) -> String {
        var text = caption.replacingOccurrences(of: #"^(Table|Figure)\s+\d+\.\s*"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s*\(\d+ rows; click to show\)$"#, with: "", options: .regularExpression)
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// True for a bare file name such as `front_75.svg` or `out/demo/front_points.csv`.
    static func isFileName(_ text: String) -> Bool {
        text.range(of: #"^[\w./-]+\.(csv|svg|json|html|txt|mps|lp|png|yaml)$"#, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
