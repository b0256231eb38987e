import Testing
import WaterNexusReports

struct SVGDocumentTests {
    @Test func numbersHaveAtMostTwoDecimals() {
        #expect(SVGDocument.number(12.5) == "12.5")
        #expect(SVGDocument.number(3) == "3")
        #expect(SVGDocument.number(1.234) == "1.23")
        #expect(SVGDocument.number(-0.001) == "0")
        #expect(SVGDocument.number(-7.25) == "-7.25")
        #expect(SVGDocument.number(.nan) == "0")
    }

    @Test func escapesMarkupAndDropsForbiddenCharacters() {
        #expect(SVGDocument.escape("a<b & \"c\" 'd' >") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos; &gt;")
        #expect(SVGDocument.escape("x\u{0}y\u{1B}z\tw") == "xyz\tw")
    }

    @Test func elementsKeepOrderAndAreIndentedInGroups() {
        var doc = SVGDocument(width: 10, height: 5, title: "t&t")
        doc.group([("class", "g")]) { doc in
            doc.line(x1: 0, y1: 0, x2: 1.005, y2: 2, stroke: "#000")
        }
        doc.text("<hi>", x: 1, y: 2, anchor: .middle)
        #expect(doc.render() == """
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="5" viewBox="0 0 10 5" role="img" font-family="\(ChartStyle.fontFamily)">
          <title>t&amp;t</title>
          <rect x="0" y="0" width="10" height="5" fill="#ffffff"/>
          <g class="g">
            <line x1="0" y1="0" x2="1" y2="2" stroke="#000" stroke-width="1"/>
          </g>
          <text x="1" y="2" font-size="12" text-anchor="middle" fill="#222222">&lt;hi&gt;</text>
        </svg>

        """)
    }
}
