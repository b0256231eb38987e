/// A small SVG builder: elements are appended in order, attribute values and text are XML-escaped, and
/// every coordinate is written with at most two decimals (trailing zeros dropped), so the same drawing
/// always produces the same bytes.
///
/// The output has no XML declaration and no `id` attributes, so it can be saved as a `.svg` file or
/// inlined in HTML next to other figures without clashes.
public struct SVGDocument: Sendable {
    /// Canvas width in px.
    public let width: Double
    /// Canvas height in px.
    public let height: Double
    private let titleLine: String?
    private var lines: [String] = []
    private var depth = 1

    /// An empty canvas; `title` becomes the `<title>` (the accessible name of the figure).
    public init(width: Double, height: Double, title: String? = nil) {
        self.width = width
        self.height = height
        titleLine = title.map { "  <title>\(SVGDocument.escape($0))</title>" }
    }

    // MARK: - Formatting

    /// `value` with at most two decimals and no trailing zeros ("12.5", "3", "-0.25"); "-0" becomes "0";
    /// non-finite values become "0" (charts drop non-finite data before drawing).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = NumberFormat.fixed(value, 2)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for XML text and attribute values, and drops characters that
    /// XML 1.0 forbids (control characters other than tab, line feed and carriage return).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: - Generic elements

    /// Appends `<name a="v" .../>`, or `<name ...>text</name>` when `text` is given. Attribute order is kept.
    public mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
        let attrs = attributes.map { " \($0.0)=\"\(SVGDocument.escape($0.1))\"" }.joined()
        let pad = String(repeating: "  ", count: depth)
        if let text {
            lines.append("\(pad)<\(name)\(attrs)>\(SVGDocument.escape(text))</\(name)>")
        } else {
            lines.append("\(pad)<\(name)\(attrs)/>")
        }
    }

    /// Appends a `<g>` with the given attributes around whatever `body` draws.
    public mutating func group(_ attributes: [(String, String)] = [], _ body: (inout SVGDocument) -> Void) {
        let attrs = attributes.map { " \($0.0)=\"\(SVGDocument.escape($0.1))\"" }.joined()
        lines.append(String(repeating: "  ", count: depth) + "<g\(attrs)>")
        depth += 1
        body(&self)
        depth -= 1
        lines.append(String(repeating: "  ", count: depth) + "</g>")
    }

    // MARK: - Shapes

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                              width: Double = 1, dash: String? = nil, opacity: Double? = nil) {
        var a: [(String, String)] = [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)),
                                     ("stroke", stroke), ("stroke-width", n(width))]
        if let dash { a.append(("stroke-dasharray", dash)) }
        if let opacity { a.append(("stroke-opacity", n(opacity))) }
        element("line", a)
    }

    /// A rectangle.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                              stroke: String? = nil, strokeWidth: Double = 1, cornerRadius: Double = 0) {
        var a: [(String, String)] = [("x", n(x)), ("y", n(y)), ("width", n(max(0, width))), ("height", n(max(0, height)))]
        if cornerRadius > 0 { a.append(("rx", n(cornerRadius))) }
        a.append(("fill", fill))
        if let stroke { a += [("stroke", stroke), ("stroke-width", n(strokeWidth))] }
        element("rect", a)
    }

    /// A circle.
    public mutating func circle(cx: Double, cy: Double, r: Double, fill: String,
                                stroke: String? = nil, strokeWidth: Double = 1) {
        var a: [(String, String)] = [("cx", n(cx)), ("cy", n(cy)), ("r", n(r)), ("fill", fill)]
        if let stroke { a += [("stroke", stroke), ("stroke-width", n(strokeWidth))] }
        element("circle", a)
    }

    /// An open polyline through `points`.
    public mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 1.5,
                                  dash: String? = nil, opacity: Double? = nil) {
        guard points.count >= 2 else { return }
        var a: [(String, String)] = [("points", SVGDocument.pointList(points)), ("fill", "none"),
                                     ("stroke", stroke), ("stroke-width", n(width)),
                                     ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
        if let dash { a.append(("stroke-dasharray", dash)) }
        if let opacity { a.append(("stroke-opacity", n(opacity))) }
        element("polyline", a)
    }

    /// A closed polygon.
    public mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String? = nil,
                                 strokeWidth: Double = 1, opacity: Double? = nil) {
        guard points.count >= 3 else { return }
        var a: [(String, String)] = [("points", SVGDocument.pointList(points)), ("fill", fill)]
        if let stroke { a += [("stroke", stroke), ("stroke-width", n(strokeWidth))] }
        if let opacity { a.append(("fill-opacity", n(opacity))) }
        element("polygon", a)
    }

    /// A path; `d` must already use formatted numbers (see ``number(_:)``).
    public mutating func path(_ d: String, fill: String = "none", stroke: String? = nil, width: Double = 1,
                              dash: String? = nil, opacity: Double? = nil) {
        var a: [(String, String)] = [("d", d), ("fill", fill)]
        if let stroke { a += [("stroke", stroke), ("stroke-width", n(width))] }
        if let dash { a.append(("stroke-dasharray", dash)) }
        if let opacity { a.append(("stroke-opacity", n(opacity))) }
        element("path", a)
    }

    /// Horizontal text anchoring.
    public enum Anchor: String, Sendable { case start, middle, end }

    /// A text label at (x, y) (y is the baseline). `halo` draws a white outline behind the glyphs so the
    /// label stays readable over lines; `rotate` turns it (degrees, clockwise) around its anchor point.
    public mutating func text(_ content: String, x: Double, y: Double, size: Double = ChartStyle.fontSize,
                              anchor: Anchor = .start, weight: String? = nil, fill: String = ChartStyle.ink,
                              rotate: Double? = nil, halo: Bool = false, italic: Bool = false) {
        var a: [(String, String)] = [("x", n(x)), ("y", n(y)), ("font-size", n(size))]
        if anchor != .start { a.append(("text-anchor", anchor.rawValue)) }
        if let weight { a.append(("font-weight", weight)) }
        if italic { a.append(("font-style", "italic")) }
        a.append(("fill", fill))
        if halo { a += [("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke")] }
        if let rotate { a.append(("transform", "rotate(\(n(rotate)) \(n(x)) \(n(y)))")) }
        element("text", a, text: content)
    }

    // MARK: - Output

    /// The complete SVG document (ends with a newline).
    public func render() -> String {
        let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" font-family=\"\(ChartStyle.fontFamily)\">"
        let background = "  <rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>"
        return ([open] + (titleLine.map { [$0] } ?? []) + [background] + lines + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// "x1,y1 x2,y2 ..." for `points` attributes.
    public static func pointList(_ points: [(Double, Double)]) -> String {
        points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
    }

    private func n(_ v: Double) -> String { SVGDocument.number(v) }
}
