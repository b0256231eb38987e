import Foundation
import Testing
import WaterNexusReports

/// Counts non-overlapping occurrences of `needle`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// The numbers of data tables and figures on the page.
func announcedCounts(_ html: String) -> (tables: Int, figures: Int)? {
    (occurrences(of: "<table class=\"data\">", in: html), occurrences(of: "<figure ", in: html))
}

struct HTMLReportTests {
    func sampleReport() -> HTMLReport {
        var report = HTMLReport(title: "Run <1> & co")
        report.setInputs(command: "nexus allocate Data/x.yaml --out \"out dir\"", parameters: [("α", "0.9")])
        report.addProvenance([
            ProvenanceEntry(name: "Price", value: "2.1 $/m³", tag: .published, source: "Paper, Table 2"),
            ProvenanceEntry(name: "Loss", value: "5 %", tag: .estimated, source: "engineering judgement"),
        ])
        var text = TextTable(headers: ["user", "x (Mm³)"])
        text.append(["city", "1.50"])
        report.addTable(text, title: "Allocation", caption: "Per user.")
        var csv = CSVTable(header: ["scenario", "benefit"])
        csv.append(["low", "-3.5"])
        csv.append(["high", "<b>"])
        report.addTable(csv, title: "Benefits")
        report.addTable(title: "Ragged", header: ["a", "b"], rows: [["1"], ["2", "3", "4"]])
        for (name, svg) in SampleFigures.all() { report.addFigure(svg: svg, caption: "Figure of \(name). More text.") }
        report.addFigure(svg: "<svg onload=\"alert(1)\"></svg>", caption: "unsafe")
        report.addFile(name: "allocation.csv", description: "the table")
        return report
    }

    @Test func containsEveryAnnouncedTableAndFigure() throws {
        let report = sampleReport()
        let html = report.html()
        let counts = try #require(announcedCounts(html))
        #expect(counts.tables == 3 && counts.figures == 7)
        #expect(report.tableCount == 3 && report.figureCount == 7)
        #expect(occurrences(of: "<figcaption>", in: html) == counts.figures)
        // Six figures are inlined SVG; the seventh (an event handler) is replaced by a note.
        #expect(occurrences(of: "<svg xmlns", in: html) == 6)
        #expect(!html.contains("onload"))
        #expect(html.contains("it is not SVG, or it contains scripts"))
        for k in 1...counts.tables { #expect(html.contains("id=\"table-\(k)\"") && html.contains("Table \(k).")) }
        for k in 1...counts.figures { #expect(html.contains("id=\"figure-\(k)\"") && html.contains("Figure \(k).")) }
    }

    @Test func escapesTextAndShowsTags() {
        let html = sampleReport().html()
        #expect(html.contains("<title>Run &lt;1&gt; &amp; co</title>"))
        #expect(html.contains("<code>nexus allocate Data/x.yaml --out &quot;out dir&quot;</code>"))
        #expect(html.contains("<td class=\"num\">&lt;b&gt;</td>") == false)  // "<b>" is not numeric: left-aligned
        #expect(html.contains("<td>&lt;b&gt;</td>"))
        #expect(html.contains("<span class=\"tag tag-published\">published</span></td><td>Paper, Table 2</td>"))
        #expect(html.contains("<span class=\"tag tag-estimated\">estimated</span>"))
        // Ragged rows are padded / cut to the header's two columns.
        #expect(html.contains("<tr><td class=\"num\">1</td><td class=\"num\"></td></tr>"))
        #expect(html.contains("<tr><td class=\"num\">2</td><td class=\"num\">3</td></tr>"))
    }

    @Test func isSelfContainedAndDeterministic() {
        let html = sampleReport().html()
        #expect(html == sampleReport().html())
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") })
        #expect(!html.contains("https://"))
    }

    @Test func rejectsOnlyActiveSVG() {
        var chart = LineChart(title: "scenario one = base", xLabel: "x", yLabel: "javascript: no")
        chart.addSeries(name: "s", points: [(0, 0), (1, 1)])
        #expect(HTMLText.inlineSVG(chart.svg()) != nil)
        #expect(HTMLText.inlineSVG("<?xml version=\"1.0\"?>\n<svg><a xlink:href=\"javascript:x()\">a</a></svg>") == nil)
        #expect(HTMLText.inlineSVG("<svg><rect ONCLICK = \"x()\"/></svg>") == nil)
        #expect(HTMLText.inlineSVG("<svg><script>x()</script></svg>") == nil)
        #expect(HTMLText.inlineSVG("<?xml version=\"1.0\"?>\n<!-- c -->\n<svg width=\"1\"/>\n") == "<svg width=\"1\"/>")
        #expect(HTMLText.inlineSVG("not svg") == nil)
    }

    @Test func longTablesAreCutWithANote() {
        var report = HTMLReport(title: "t")
        report.maxTableRows = 3
        report.addTable(title: "many", header: ["k"], rows: (1...10).map { ["\($0)"] })
        let html = report.html()
        #expect(occurrences(of: "<tr><td", in: html) == 3)
        #expect(html.contains("Showing the first 3 of 10 rows."))
    }
}
