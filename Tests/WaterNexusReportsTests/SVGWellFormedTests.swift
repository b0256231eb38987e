import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WaterNexusReports

/// Parses `text` as XML and collects element names; fails the test on a parse error.
final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []
    var texts: [String] = []
    /// Values of geometric attributes (coordinates, sizes, point lists, path data).
    var geometry: [String] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        names.append(name)
        let geometric: Set<String> = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "points", "d"]
        geometry += attributes.filter { geometric.contains($0.key) }.map(\.value)
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }

    static func parse(_ text: String) -> (ok: Bool, collector: ElementCollector, error: String) {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        let ok = parser.parse()
        return (ok, collector, parser.parserError.map { "\($0)" } ?? "")
    }
}

struct SVGWellFormedTests {
    @Test(arguments: SampleFigures.all().map(\.0))
    func sampleFigureParses(name: String) throws {
        let svg = try #require(SampleFigures.all().first { $0.0 == name }?.1)
        let result = ElementCollector.parse(svg)
        #expect(result.ok, "\(name): \(result.error)")
        #expect(result.collector.names.first == "svg")
        #expect(!svg.contains(" id=\""), "figures are inlined side by side, so they must not use ids")
    }

    /// Empty charts, non-finite data and hostile labels must still give well-formed XML.
    @Test func edgeCasesParse() {
        let hostile = "a<b & \"c\" 'd' \u{1}]]>"
        var scatter = ScatterChart(title: hostile, xLabel: hostile, yLabel: hostile)
        scatter.addSeries(name: hostile, points: [(.nan, 1), (.infinity, 2), (3, 3)], connect: true)
        scatter.highlight(x: 3, y: 3, label: hostile)
        var emptyScatter = ScatterChart(title: "", xLabel: "", yLabel: "")
        emptyScatter.addSeries(name: "none", points: [])
        var line = LineChart(title: hostile, xLabel: "x", yLabel: "y")
        line.addSeries(name: hostile, points: [(1, 1)])
        var bar = BarChart(title: hostile, yLabel: "y", categories: [hostile, "b"])
        bar.addSeries(name: hostile, values: [.nan, 2, 99], intervals: [(1, 0)])
        var parallel = ParallelCoordinatesChart(title: hostile, axes: [hostile])
        parallel.addLine([1, 2, 3], highlighted: true)
        parallel.addLine([])
        var cube = Scatter3DChart(title: hostile, labels: (hostile, hostile, hostile))
        cube.addSeries(name: hostile, points: [(1, 1, 1), (.nan, 0, 0)])
        var net = NetworkDiagram(title: hostile)
        net.addArc(from: hostile, to: "b", value: .infinity, label: hostile)
        net.addArc(from: "b", to: hostile, value: -3)
        net.addArc(from: "b", to: "b", value: 1)
        let svgs = [scatter.svg(), emptyScatter.svg(), line.svg(), LineChart(title: "", xLabel: "", yLabel: "").svg(),
                    bar.svg(), BarChart(title: "", yLabel: "", categories: []).svg(), parallel.svg(),
                    ParallelCoordinatesChart(title: "", axes: []).svg(), cube.svg(),
                    Scatter3DChart(title: "", labels: ("", "", "")).svg(), net.svg(), NetworkDiagram(title: "").svg()]
        for (k, svg) in svgs.enumerated() {
            let result = ElementCollector.parse(svg)
            #expect(result.ok, "figure \(k): \(result.error)")
            let bad = result.collector.geometry.filter { $0.contains("nan") || $0.contains("inf") }
            #expect(bad.isEmpty, "figure \(k) has non-finite geometry: \(bad)")
        }
        // The hostile title survives escaping: the parser hands back exactly the text (minus the
        // control character, which XML 1.0 cannot carry).
        let texts = ElementCollector.parse(scatter.svg()).collector.texts.joined()
        #expect(texts.contains("a<b & \"c\" 'd' ]]>"))
    }
}
