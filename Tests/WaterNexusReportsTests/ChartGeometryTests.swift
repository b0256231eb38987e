import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WaterNexusReports

/// Every element of an SVG with its attributes, text and the classes of the groups around it.
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var groups: [String]
        var text = ""
        func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }
    }
    private(set) var elements: [Element] = []
    private var groupStack: [String] = []
    private var open: [Int] = []

    static func parse(_ svg: String) throws -> [Element] {
        let collector = SVGElements()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        try #require(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return collector.elements
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "g" { groupStack.append(attributes["class"] ?? "") }
        elements.append(Element(name: name, attributes: attributes, groups: groupStack))
        open.append(elements.count - 1)
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let k = open.last { elements[k].text += string }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" { groupStack.removeLast() }
        open.removeLast()
    }
}

/// Checks that charts put data where their own axes say it is.
struct ChartGeometryTests {
    @Test func scatterMarkersSitOnTheirTicks() throws {
        let elements = try SVGElements.parse(SampleFigures.scatter())
        // The front series uses circles: five points.
        let markers = elements.filter { $0.name == "circle" && $0.groups.last == "series" }
        #expect(markers.count == 5)
        // Tick labels "15" (x axis) and "60" (y axis); text baselines sit 4 px under the tick line.
        let x15 = try #require(elements.first { $0.groups.last == "x-axis" && $0.name == "text" && $0.text == "15" }?.number("x"))
        let y60 = try #require(elements.first { $0.groups.last == "y-axis" && $0.name == "text" && $0.text == "60" }?.number("y"))
        // The point (12, 60) lies on the 60 grid line; the point (15, 45) on the 15 grid line.
        #expect(markers.contains { abs($0.number("cy")! - (y60 - 4)) < 0.01 })
        let chosen = try #require(markers.first { abs($0.number("cx")! - x15) < 0.01 })
        // The highlight ring is centred on the chosen point and labelled.
        let ring = try #require(elements.first { $0.groups.last == "highlight" && $0.name == "circle" })
        #expect(ring.number("cx") == chosen.number("cx") && ring.number("cy") == chosen.number("cy"))
        #expect(elements.contains { $0.groups.last == "highlight" && $0.text == "chosen (knee)" })
        // Legend names are escaped text, not markup.
        #expect(elements.contains { $0.groups.last == "legend" && $0.text == "dominated <samples>" })
    }

    @Test func barsStartAtZeroAndIntervalsSpanLowToHigh() throws {
        let elements = try SVGElements.parse(SampleFigures.bar())
        let bars = elements.filter { $0.name == "rect" && $0.groups.last == "series" }
        #expect(bars.count == 6)
        let y0 = try #require(elements.first { $0.groups.last == "y-axis" && $0.text == "0" }?.number("y")).advanced(by: -4)
        let y100 = try #require(elements.first { $0.groups.last == "y-axis" && $0.text == "100" }?.number("y")).advanced(by: -4)
        let pxPerUnit = (y0 - y100) / 100
        // ITSP "low" = 120: top at 120 units above zero, bottom on the zero line.
        let first = bars[0]
        #expect(abs(first.number("y")! + first.number("height")! - y0) < 0.02)
        #expect(abs(first.number("height")! - 120 * pxPerUnit) < 0.02)
        // ITSP "high" = −20 hangs below the zero line.
        let negative = bars[2]
        #expect(abs(negative.number("y")! - y0) < 0.02)
        #expect(abs(negative.number("height")! - 20 * pxPerUnit) < 0.02)
        // Interval of "low" is [100, 140]: its vertical stroke runs from 100 to 140 units.
        let stems = elements.filter { $0.name == "line" && $0.groups.last == "series" && $0.attributes["x1"] == $0.attributes["x2"] }
        let stem = try #require(stems.first)
        #expect(abs(stem.number("y1")! - (y0 - 100 * pxPerUnit)) < 0.02)
        #expect(abs(stem.number("y2")! - (y0 - 140 * pxPerUnit)) < 0.02)
        #expect(stems.count == 3)
    }

    @Test func networkDrawsEveryArcWithItsValue() throws {
        let elements = try SVGElements.parse(SampleFigures.network())
        #expect(elements.filter { $0.name == "path" && $0.groups.last == "arcs" }.count == 5)
        #expect(elements.filter { $0.name == "rect" && $0.groups.last == "nodes" }.count == 5)
        let labels = elements.filter { $0.name == "text" && $0.groups.last == "arc-labels" }.map(\.text)
        #expect(labels == ["120.0", "30.0", "100.0", "50.0", "backup: 0.0"])
        // Widths are proportional to flow: 1.5 + 12.5 × value / 120 = 14, 4.625, 11.917, 6.708, 1.5
        // (written with two decimals).
        let widths = elements.filter { $0.name == "path" && $0.groups.last == "arcs" }.compactMap { $0.number("stroke-width") }
        let expected = [14, 4.625, 11.917, 6.708, 1.5]
        #expect(widths.count == expected.count)
        #expect(zip(widths, expected).allSatisfy { abs($0 - $1) <= 0.006 })
    }

    @Test func parallelCoordinatesDrawHighlightedLineLast() throws {
        let elements = try SVGElements.parse(SampleFigures.parallel())
        let lines = elements.filter { $0.name == "polyline" && $0.groups.last == "lines" }
        #expect(lines.count == 4)
        #expect(lines.last?.attributes["stroke"] == ChartStyle.highlight)
        #expect(lines.last?.number("stroke-width") == 3.2)
        #expect(elements.filter { $0.name == "line" && $0.groups.last == "axis" && $0.number("stroke-width") == 1.2 }.count == 4)
    }
}
