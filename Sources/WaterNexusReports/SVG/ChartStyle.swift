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
