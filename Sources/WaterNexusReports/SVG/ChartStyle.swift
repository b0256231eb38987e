/// Shared look of every chart: fonts, the Okabe–Ito colour-blind-safe palette, marker shapes and dash
/// patterns. Series k gets colour, marker and dash number k, so series differ by more than colour.
public enum ChartStyle {
    /// Font stack used by every text element.
    public static let fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"
    /// Body text size (tick labels, legends, data labels), px.
    public static let fontSize: Double = 12
    /// Axis-label size, px.
    public static let labelSize: Double = 13
    /// Title size, px.
    public static let titleSize: Double = 16
    /// Text and axis colour.
    public static let ink = "#222222"
    /// Secondary text colour (notes).
    public static let mutedInk = "#555555"
    /// Grid line colour.
    public static let grid = "#dddddd"

    /// Okabe & Ito (2008) palette, reordered so that the first colours contrast most on white
    /// (blue, vermillion, bluish green, orange, reddish purple, sky blue, black, yellow).
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"]

    /// Colour of the highlighted ("chosen") element.
    public static let highlight = "#D55E00"

    /// The colour of series `index`.
    public static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// Dash pattern of line series `index` (nil = solid).
    public static func dash(_ index: Int) -> String? {
        let patterns: [String?] = [nil, "6 3", "2 3", "8 3 2 3", "12 4", "4 2 4 6"]
        return patterns[index % patterns.count]
    }

    /// Approximate rendered width of `text` at `size` px (0.6 em per character), for layout.
    public static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * 0.6
    }
}

/// Marker shapes for scatter and line series.
public enum MarkerShape: Int, CaseIterable, Sendable {
    case circle, square, triangle, diamond, triangleDown, cross, plus, star

    /// The marker of series `index`.
    public static func forSeries(_ index: Int) -> MarkerShape { allCases[index % allCases.count] }
}

extension SVGDocument {
    /// Draws `shape` centred at (x, y) with radius `r`, filled with `color` and outlined in white (or
    /// drawn as strokes for the line-only shapes).
    public mutating func marker(_ shape: MarkerShape, x: Double, y: Double, r: Double = 4.5, color: String,
                                outline: String = "#ffffff") {
        switch shape {
        case .circle:
            circle(cx: x, cy: y, r: r, fill: color, stroke: outline, strokeWidth: 0.8)
        case .square:
            let s = r * 0.9
            rect(x: x - s, y: y - s, width: 2 * s, height: 2 * s, fill: color, stroke: outline, strokeWidth: 0.8)
        case .triangle:
            let h = r * 1.15
            polygon([(x, y - h), (x + h, y + h * 0.8), (x - h, y + h * 0.8)], fill: color, stroke: outline, strokeWidth: 0.8)
        case .triangleDown:
            let h = r * 1.15
            polygon([(x, y + h), (x + h, y - h * 0.8), (x - h, y - h * 0.8)], fill: color, stroke: outline, strokeWidth: 0.8)
        case .diamond:
            let h = r * 1.25
            polygon([(x, y - h), (x + h, y), (x, y + h), (x - h, y)], fill: color, stroke: outline, strokeWidth: 0.8)
        case .cross:
            let h = r * 0.9
            let n = SVGDocument.number
            path("M\(n(x - h)),\(n(y - h))L\(n(x + h)),\(n(y + h))M\(n(x - h)),\(n(y + h))L\(n(x + h)),\(n(y - h))",
                 stroke: color, width: 2.2)
        case .plus:
            let h = r * 1.1
            let n = SVGDocument.number
            path("M\(n(x - h)),\(n(y))L\(n(x + h)),\(n(y))M\(n(x)),\(n(y - h))L\(n(x)),\(n(y + h))", stroke: color, width: 2.2)
        case .star:
            var pts: [(Double, Double)] = []
            for k in 0..<10 {
                let angle = Double(k) * Double.pi / 5 - Double.pi / 2
                let radius = k % 2 == 0 ? r * 1.3 : r * 0.55
                pts.append((x + radius * cos(angle), y + radius * sin(angle)))
            }
            polygon(pts, fill: color, stroke: outline, strokeWidth: 0.6)
        }
    }
}

import Foundation
