import Testing
import WaterNexusReports

struct ReportStructureTests {
    func summaryFirstReport(rows: Int = 3) -> HTMLReport {
        var report = HTMLReport(title: "Plan")
        report.setSummary(ReportSummary(question: "Which plan?", answer: ["Plan B: no shortage."],
                                        headline: [("shortage (Mm³)", "0")],
                                        figure: ReportFigure(svg: SampleFigures.line(), caption: "The chosen plan is circled.")))
        report.addSection(ReportSection(id: "plans", title: "Plans", paragraphs: ["Two plans."],
                                        tables: [ReportTable(title: "Plans", header: ["plan", "f1 (Mm³)"],
                                                             rows: (0..<rows).map { ["p\($0)", "\(Double($0) + 12.499999999999998)"] },
                                                             csvFile: "plans.csv")]))
        report.addNote("Solved by GLPK.")
        report.setInputs(command: "nexus")
        return report
    }

    @Test func summaryFirstPagePasses() {
        let html = summaryFirstReport().html()
        #expect(ReportStructure.problems(in: html) == [])
        // Round-off is gone from the page; the summary precedes the plans section and the inputs come last.
        #expect(html.contains("<td class=\"num\">12.5</td>") && !html.contains("12.499999999999998"))
        let order = ["<section id=\"summary\"", "<section id=\"plans\"", "<section id=\"inputs\""].map { html.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func longTablesFoldAndLinkTheirCSV() {
        let html = summaryFirstReport(rows: 31).html()
        #expect(html.contains("<details>\n<summary><strong>Table 1. Plans</strong> (31 rows; click to show)</summary>"))
        #expect(html.contains("Full precision: <a href=\"plans.csv\">plans.csv</a>."))
        #expect(ReportStructure.problems(in: html) == [])
        #expect(!summaryFirstReport(rows: 30).html().contains("<details>"))
    }

    @Test func flagsEachBrokenRule() {
        var noSummary = HTMLReport(title: "t")
        noSummary.addTable(title: "front_points.csv", header: ["x"], rows: [["1"]])
        noSummary.addFigure(svg: SampleFigures.line(), caption: "front_75.svg")
        let problems = ReportStructure.problems(in: noSummary.html())
        #expect(problems.contains { $0.hasPrefix("no <section id=\"summary\">") })
        #expect(problems.contains("caption is a file name: 'front_points.csv'"))
        #expect(problems.contains("caption is a file name: 'front_75.svg'"))

        let late = "<main>\n<table><tr><td>1</td></tr></table>\n<section id=\"summary\"></section>"
        #expect(ReportStructure.problems(in: late).contains("a table comes before the summary"))
        let noisy = "<main>\n<section id=\"summary\"></section><table><tr><td>-1.7621459846850485e-12</td></tr></table>"
        #expect(ReportStructure.problems(in: noisy) == ["table cell '-1.7621459846850485e-12' shows 17 significant digits (at most 7)"])
    }
}
