/// One self-contained HTML report of a run, laid out like a paper's results section: the summary
/// (question, answer, headline numbers, key figure) first, then results sections each with its
/// figures beside the text and its tables under them, then the run inputs, data provenance and the
/// files written. Table numbers are rounded for people (``ReportNumber``); long tables fold into
/// `<details>`. The page needs no network and no JavaScript, prints well, and is deterministic.
///
/// ```swift
/// var report = HTMLReport(title: "Allocation, base case")
/// report.setSummary(ReportSummary(question: "Which plan?", answer: ["Plan A: no shortage, 2 433 kt CO₂."]))
/// report.addSection(ReportSection(id: "front", title: "Pareto front", figures: [ReportFigure(svg: chart.svg(), caption: "…")]))
/// report.setInputs(command: "nexus allocate Data/pujiang.yaml --out out/")
/// report.addProvenance([ProvenanceEntry(name: "Price", value: "2.1 $/m³", tag: .published, source: "Paper, Table 2")])
/// let html = report.html()
/// ```
public struct HTMLReport: Sendable {
    /// Report title.
    public var title: String
    /// Optional line under the title (e.g. the program version or run date, supplied by the caller).
    public var subtitle: String?
    /// At most this many rows of each table are shown; the rest are counted in a note (and linked when
    /// the table names its CSV file).
    public var maxTableRows = 500
    /// Tables with more rows than this are folded into a `<details>` element.
    public var collapseRowsAbove = 30
    /// Whether the files list links to the files (true when the page is written into the folder
    /// that holds them, as result folders are).
    public var linkFiles = true
    var notes: [String] = []
    var command: String?
    var parameters: [(String, String)] = []
    var provenance: [ProvenanceEntry] = []
    var summary: ReportSummary?
    var sections: [ReportSection] = []
    var tables: [ReportTable] = []
    var figures: [ReportFigure] = []
    var files: [(String, String)] = []

    /// An empty report.
    public init(title: String) { self.title = title }

    /// Number of tables the report will show.
    public var tableCount: Int { tables.count + sections.reduce(0) { $0 + $1.tables.count } }
    /// Number of figures the report will show.
    public var figureCount: Int { figures.count + sections.reduce(summary?.figure == nil ? 0 : 1) { $0 + $1.figures.count } }

    /// Sets the summary that opens the page.
    public mutating func setSummary(_ summary: ReportSummary) { self.summary = summary }

    /// Appends a results section (shown in order, after the summary).
    public mutating func addSection(_ section: ReportSection) { sections.append(section) }

    /// Adds a paragraph of plain text under the summary (warnings, method notes).
    public mutating func addNote(_ text: String) { notes.append(text) }

    /// Sets the command line that reproduces the run, and named input parameters.
    public mutating func setInputs(command: String, parameters: [(String, String)] = []) {
        self.command = command
        self.parameters = parameters
    }

    /// Appends rows to the data-provenance table.
    public mutating func addProvenance(_ entries: [ProvenanceEntry]) { provenance += entries }

    /// Adds a table to the "More results" section from already formatted cells. Short rows are padded,
    /// long rows cut to the header.
    public mutating func addTable(title: String, header: [String], rows: [[String]], caption: String = "", csvFile: String? = nil) {
        tables.append(ReportTable(title: title, caption: caption, header: header, rows: rows, csvFile: csvFile))
    }

    /// Adds a ``TextTable`` to the "More results" section.
    public mutating func addTable(_ table: TextTable, title: String, caption: String = "") {
        tables.append(ReportTable(table, title: title, caption: caption))
    }

    /// Adds a ``CSVTable`` to the "More results" section.
    public mutating func addTable(_ table: CSVTable, title: String, caption: String = "", csvFile: String? = nil) {
        tables.append(ReportTable(table, title: title, caption: caption, csvFile: csvFile))
    }

    /// Adds a figure to the "More results" section from SVG text (e.g. a chart's `svg()`); the XML
    /// declaration is dropped. SVG with scripts or event handlers is not inlined: the figure then
    /// shows a note instead.
    public mutating func addFigure(svg: String, caption: String) {
        figures.append(ReportFigure(svg: svg, caption: caption))
    }

    /// Adds a file to the "Files" list.
    public mutating func addFile(name: String, description: String = "") { files.append((name, description)) }

    /// The complete HTML page.
    public func html() -> String {
        var out: [String] = []
        let e = HTMLText.escape
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(e(title))</title>")
        out.append("<style>\n\(HTMLReport.css)</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<header>")
        out.append("<h1>\(e(title))</h1>")
        if let subtitle { out.append("<p class=\"subtitle\">\(e(subtitle))</p>") }
        out.append("</header>")
        out.append("<main>")
        var numbers = Numbering()
        if let summary { out.append(summarySection(summary, numbers: &numbers)) }
        for note in notes { out.append("<p class=\"note\">\(e(note))</p>") }
        out.append(contentsSection())
        for (k, section) in sections.enumerated() {
            out.append(resultsSection(section, id: sectionID(k), numbers: &numbers))
        }
        if !tables.isEmpty || !figures.isEmpty {
            out.append(resultsSection(ReportSection(id: "more", title: sections.isEmpty ? "Results" : "More results",
                                                    figures: figures, tables: tables), id: "more", numbers: &numbers))
        }
        if command != nil || !parameters.isEmpty { out.append(inputsSection()) }
        if !provenance.isEmpty { out.append(provenanceSection()) }
        if !files.isEmpty { out.append(filesSection()) }
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    /// Running table and figure numbers across the page.
    struct Numbering {
        var table = 0
        var figure = 0
    }

    /// Anchor of the k-th section: its own id made safe, suffixed when an earlier section used it.
    func sectionID(_ k: Int) -> String {
        func clean(_ id: String) -> String {
            let kept = id.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            return kept.isEmpty ? "section" : kept
        }
        let id = clean(sections[k].id)
        let earlier = sections[..<k].filter { clean($0.id) == id }.count
        return earlier == 0 ? id : "\(id)-\(earlier + 1)"
    }

    private func contentsSection() -> String {
        let e = HTMLText.escape
        var items: [String] = []
        for (k, section) in sections.enumerated() {
            items.append("<li><a href=\"#\(sectionID(k))\">\(e(section.title))</a></li>")
        }
        if !tables.isEmpty || !figures.isEmpty {
            items.append("<li><a href=\"#more\">\(sections.isEmpty ? "Results" : "More results")</a></li>")
        }
        if command != nil || !parameters.isEmpty { items.append("<li><a href=\"#inputs\">Run inputs</a></li>") }
        if !provenance.isEmpty { items.append("<li><a href=\"#provenance\">Data provenance</a></li>") }
        if !files.isEmpty { items.append("<li><a href=\"#files\">Files</a></li>") }
        guard !items.isEmpty else { return "" }
        return (["<nav class=\"contents\">", "<ul>"] + items + ["</ul>", "</nav>"]).joined(separator: "\n")
    }

    private func summarySection(_ summary: ReportSummary, numbers: inout Numbering) -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"summary\">", "<h2>Summary</h2>",
                     "<p class=\"question\"><strong>Question.</strong> \(e(summary.question))</p>",
                     "<div class=\"result-row\">", "<div class=\"text\">"]
        lines += summary.answer.map { "<p>\(e($0))</p>" }
        lines.append("</div>")
        if let figure = summary.figure { lines.append(figureHTML(figure, numbers: &numbers)) }
        lines.append("</div>")
        // Under the text and the figure, full width: headline values are kept on one line each.
        if !summary.headline.isEmpty {
            lines.append("<table class=\"headline\"><tbody>")
            for (label, value) in summary.headline {
                lines.append("<tr><th scope=\"row\">\(e(label))</th><td class=\"num\">\(e(value))</td></tr>")
            }
            lines.append("</tbody></table>")
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func resultsSection(_ section: ReportSection, id: String, numbers: inout Numbering) -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"\(id)\" class=\"results\">", "<h2>\(e(section.title))</h2>"]
        if !section.paragraphs.isEmpty || !section.figures.isEmpty {
            lines.append("<div class=\"result-row\">")
            if !section.paragraphs.isEmpty {
                lines.append("<div class=\"text\">")
                lines += section.paragraphs.map { "<p>\(e($0))</p>" }
                lines.append("</div>")
            }
            for figure in section.figures { lines.append(figureHTML(figure, numbers: &numbers)) }
            lines.append("</div>")
        }
        for table in section.tables { lines.append(tableHTML(table, numbers: &numbers)) }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func figureHTML(_ figure: ReportFigure, numbers: inout Numbering) -> String {
        numbers.figure += 1
        let k = numbers.figure
        var lines = ["<figure id=\"figure-\(k)\">"]
        if let svg = HTMLText.inlineSVG(figure.svg) {
            lines.append(svg)
        } else {
            lines.append("<p class=\"note\">This figure was not inlined: it is not SVG, or it contains scripts.</p>")
        }
        let caption = figure.caption.isEmpty ? "" : " \(HTMLText.escape(figure.caption))"
        lines.append("<figcaption><strong>Figure \(k).</strong>\(caption)</figcaption>")
        lines.append("</figure>")
        return lines.joined(separator: "\n")
    }

    private func tableHTML(_ table: ReportTable, numbers: inout Numbering) -> String {
        numbers.table += 1
        let k = numbers.table
        let e = HTMLText.escape
        let shown = HTMLReport.displayCells(header: table.header, rows: table.rows)
        var title = "<strong>Table \(k). \(e(table.title))</strong>"
        if !table.caption.isEmpty { title += " \(e(table.caption))" }
        let link = table.csvFile.map { " Full precision: <a href=\"\(e($0))\">\(e($0))</a>." } ?? ""
        func cls(_ c: Int) -> String { shown.rightAligned[c] ? " class=\"num\"" : "" }
        let folded = table.rows.count > collapseRowsAbove
        // The caption stays outside the scroll box, so a wide table does not scroll its title and link away.
        var body = folded ? [] : ["<p class=\"caption\">\(title)\(link)</p>"]
        body += ["<div class=\"table-scroll\">", "<table class=\"data\">"]
        body.append("<thead><tr>" + table.header.enumerated().map { "<th\(cls($0))>\(e($1))</th>" }.joined() + "</tr></thead>")
        body.append("<tbody>")
        for row in shown.rows.prefix(maxTableRows) {
            body.append("<tr>" + row.enumerated().map { "<td\(cls($0))>\(e($1))</td>" }.joined() + "</tr>")
        }
        body += ["</tbody>", "</table>", "</div>"]
        if table.rows.count > maxTableRows {
            body.append("<p class=\"note\">Showing the first \(maxTableRows) of \(table.rows.count) rows.\(link)</p>")
        }
        var lines = ["<div class=\"table-block\" id=\"table-\(k)\">"]
        if folded {
            lines.append("<details>")
            lines.append("<summary>\(title) (\(table.rows.count) rows; click to show)</summary>")
            lines += body
            lines.append("</details>")
            if !link.isEmpty { lines.append("<p class=\"note\">\(link.dropFirst())</p>") }
        } else {
            lines += body
        }
        lines.append("</div>")
        return lines.joined(separator: "\n")
    }

    /// The cells as shown: rows padded or cut to the header; numeric cells of each column rounded
    /// together (``ReportNumber/column(_:digits:relativeZero:)``), a trailing "%" kept; columns whose
    /// non-empty cells are all numeric are right-aligned.
    static func displayCells(header: [String], rows: [[String]]) -> (rows: [[String]], rightAligned: [Bool]) {
        let width = header.count
        var fitted = rows.map { Array(($0 + Array(repeating: "", count: max(0, width - $0.count))).prefix(width)) }
        var rightAligned = Array(repeating: false, count: width)
        for c in 0..<width {
            var positions: [Int] = [], values: [Double] = [], percent: [Bool] = []
            var allNumeric = true, anyCell = false
            for (r, row) in fitted.enumerated() {
                let cell = row[c].trimmingCharacters(in: .whitespaces)
                if cell.isEmpty { continue }
                anyCell = true
                let isPercent = cell.hasSuffix("%")
                let body = isPercent ? String(cell.dropLast()) : cell
                guard HTMLText.looksNumeric(body), let value = Double(body) else {
                    allNumeric = false
                    continue
                }
                positions.append(r)
                values.append(value)
                percent.append(isPercent)
            }
            rightAligned[c] = anyCell && allNumeric
            let formatted = ReportNumber.column(values)
            for (i, r) in positions.enumerated() {
                // Integers that fit the digits stay as written (ids, counts, years).
                if let sig = ReportNumber.significantDigits(in: fitted[r][c]), sig <= ReportNumber.defaultDigits,
                   values[i] == values[i].rounded(), !fitted[r][c].contains(".") { continue }
                fitted[r][c] = formatted[i] + (percent[i] ? "%" : "")
            }
        }
        return (fitted, rightAligned)
    }

    private func inputsSection() -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"inputs\">", "<h2>Run inputs</h2>"]
        if let command {
            lines.append("<p>Command line that reproduces this run:</p>")
            lines.append("<pre class=\"command\"><code>\(e(command))</code></pre>")
        }
        if !parameters.isEmpty {
            lines.append("<table class=\"inputs\">")
            lines.append("<thead><tr><th>Parameter</th><th>Value</th></tr></thead>")
            lines.append("<tbody>")
            for (name, value) in parameters { lines.append("<tr><td>\(e(name))</td><td>\(e(value))</td></tr>") }
            lines.append("</tbody>")
            lines.append("</table>")
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func provenanceSection() -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"provenance\">", "<h2>Data provenance</h2>",
                     "<p>Every input value with how it was obtained: <span class=\"tag tag-published\">published</span> "
                         + "(from the cited source), <span class=\"tag tag-derived\">derived</span> (computed from published "
                         + "values), <span class=\"tag tag-estimated\">estimated</span> (not published; reason given) or "
                         + "<span class=\"tag tag-synthetic\">synthetic</span> (made up for testing).</p>",
                     "<table class=\"provenance\">",
                     "<thead><tr><th>Quantity</th><th>Value</th><th>Tag</th><th>Source</th></tr></thead>",
                     "<tbody>"]
        for p in provenance {
            let tagClass = "tag tag-\(p.tag.rawValue)"
            lines.append("<tr><td>\(e(p.name))</td><td class=\"num\">\(e(HTMLReport.provenanceValue(p.value)))</td>"
                + "<td><span class=\"\(tagClass)\">\(p.tag.rawValue)</span></td><td>\(e(p.source))</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</section>"]
        return lines.joined(separator: "\n")
    }

    private func filesSection() -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"files\">", "<h2>Files</h2>", "<ul class=\"files\">"]
        for (name, description) in files {
            let shown = linkFiles ? "<a href=\"\(e(name))\"><code>\(e(name))</code></a>" : "<code>\(e(name))</code>"
            lines.append("<li>\(shown)" + (description.isEmpty ? "" : " — \(e(description))") + "</li>")
        }
        lines += ["</ul>", "</section>"]
        return lines.joined(separator: "\n")
    }

    /// A provenance value as shown: a plain number written with more than 7 significant digits is
    /// rounded to 7 (the data's own precision is kept up to that); anything else is shown as given.
    static func provenanceValue(_ text: String) -> String {
        guard let digits = ReportNumber.significantDigits(in: text), digits > 7, !text.hasSuffix("%"),
              let value = Double(text.trimmingCharacters(in: .whitespaces)) else { return text }
        return ReportNumber.format(value, digits: 7)
    }

    static let css = """
    :root { color-scheme: light; }
    body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 15px; line-height: 1.45; color: #222;
           background: #fff; margin: 0; }
    header, main { max-width: 980px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 20px; border-bottom: 2px solid #0072B2; }
    h1 { font-size: 26px; margin: 0 0 6px 0; }
    h2 { font-size: 20px; margin: 28px 0 10px 0; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
    .subtitle { color: #555; margin: 0 0 12px 0; }
    .note { color: #444; }
    nav.contents { margin: 14px 0 0 0; font-size: 14px; }
    nav.contents ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 18px; }
    nav.contents li::before { content: "→ "; color: #888; }
    pre.command { background: #f4f4f4; border: 1px solid #ddd; padding: 10px 12px; overflow-x: auto;
                  white-space: pre-wrap; word-break: break-all; font-size: 13px; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
    table { border-collapse: collapse; margin: 8px 0 18px 0; font-size: 14px; }
    p.caption { margin: 4px 0 6px 0; }
    th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
    th { background: #eef3f8; border-bottom: 2px solid #999; }
    tbody tr:nth-child(even) { background: #fafafa; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .table-block { margin: 8px 0 18px 0; }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    .table-scroll table { margin: 0 0 6px 0; }
    details > summary { cursor: pointer; padding: 4px 0 8px 0; }
    section#summary { background: #f6f9fc; border: 1px solid #d8e3ee; border-radius: 6px; padding: 4px 16px 8px 16px;
                      margin-top: 18px; }
    section#summary h2 { border-bottom: none; margin-top: 10px; }
    .question { font-size: 16px; }
    table.headline th { background: none; border-bottom: 1px solid #ddd; font-weight: normal; color: #444; }
    table.headline td { font-weight: bold; white-space: normal; }
    .result-row { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: flex-start; }
    .result-row > .text { flex: 1 1 300px; min-width: 0; }
    .result-row > figure { flex: 1 1 520px; min-width: 0; }
    .tag { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; font-weight: bold;
           border: 1px solid; }
    .tag-published { color: #005a8c; border-color: #0072B2; background: #e5f1f8; }
    .tag-derived { color: #00694c; border-color: #009E73; background: #e5f5f0; }
    .tag-estimated { color: #8a3c00; border-color: #D55E00; background: #fbeee5; }
    .tag-synthetic { color: #444; border-color: #888; background: #eee; }
    figure { margin: 12px 0 20px 0; }
    figure svg { max-width: 100%; height: auto; display: block; border: 1px solid #e4e4e4; }
    figcaption { margin-top: 6px; font-size: 14px; color: #333; }
    ul.files { padding-left: 22px; }
    @media print {
      body { font-size: 11pt; }
      header, main { max-width: none; padding: 0; }
      figure, .table-block, section#summary { break-inside: avoid; }
      nav.contents { display: none; }
      .table-scroll { overflow: visible; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
