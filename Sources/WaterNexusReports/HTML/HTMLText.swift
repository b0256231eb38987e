/// Escaping and small helpers for writing HTML text.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'` so that `text` is safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// True when `cell` reads as a number ("12", "-3.5", "1e-3", "inf", "nan", "12.5%"), so it is right-aligned.
    public static func looksNumeric(_ cell: String) -> Bool {
        var text = cell.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text.removeLast() }
        if ["inf", "-inf", "nan", "+inf"].contains(text.lowercased()) { return true }
        return !text.isEmpty && Double(text) != nil
    }

    /// The SVG markup of a figure file, ready to inline: the XML declaration, doctype and comments before
    /// the root element are removed. Nil when the text has no `<svg` root or contains script or event
    /// handlers (a report must not run code).
    public static func inlineSVG(_ text: String) -> String? {
        guard let start = text.range(of: "<svg") else { return nil }
        let body = String(text[start.lowerBound...])
        let lowered = body.lowercased()
        // Only markup is inspected: escaped text such as "scenario one = base" cannot contain "<".
        if lowered.contains("<script") || lowered.range(of: #"<[^>]*(\son[a-z]+\s*=|javascript:)"#, options: .regularExpression) != nil {
            return nil
        }
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
