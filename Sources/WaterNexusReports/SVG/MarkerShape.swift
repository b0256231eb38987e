import Foundation

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
