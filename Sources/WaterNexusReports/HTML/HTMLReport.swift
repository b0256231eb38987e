/// One self-contained HTML report of a run: title, inputs (the command line that reproduces it), data
/// provenance, result tables, figures (inline SVG) and the list of files written. The page needs no
/// network and no JavaScript, prints well, and is deterministic (no clock is read).
///
/// ```swift
/// var report = HTMLReport(title: "Allocation, base case")
/// report.setInputs(command: "nexus allocate Data/pujiang.yaml --out out/")
/// report.addProvenance([ProvenanceEntry(name: "Price", value: "2.1 $/m³", tag: .published, source: "Paper, Table 2")])
/// report.addTable(table, title: "Allocation", caption: "Water delivered per user.")
/// report.addFigure(svg: chart.svg(), caption: "Cost–emission front.")
/// let html = report.html()
/// ```
public struct HTMLReport: Sendable {
    struct Table: Sendable {
        var title: String
        var caption: String
        var header: [String]
        var rows: [[String]]
        var rightAligned: [Bool]
    }
    struct Figure: Sendable { var svg: String; var caption: String }

    /// Report title.
    public var title: String
    /// Optional line under the title (e.g. the program version or run date, supplied by the caller).
    public var subtitle: String?
    /// At most this many rows of each table are shown; the rest are counted in a note.
    public var maxTableRows = 500
    var notes: [String] = []
    var command: String?
    var parameters: [(String, String)] = []
    var provenance: [ProvenanceEntry] = []
    var tables: [Table] = []
    var figures: [Figure] = []
    var files: [(String, String)] = []

    /// An empty report.
    public init(title: String) { self.title = title }

    /// Number of result tables the report will show.
    public var tableCount: Int { tables.count }
    /// Number of figures the report will show.
    public var figureCount: Int { figures.count }

    /// Adds a paragraph of plain text under the title (summary, warnings).
    public mutating func addNote(_ text: String) { notes.append(text) }

    /// Sets the command line that reproduces the run, and named input parameters.
    public mutating func setInputs(command: String, parameters: [(String, String)] = []) {
        self.command = command
        self.parameters = parameters
    }

    /// Appends rows to the data-provenance table.
    public mutating func addProvenance(_ entries: [ProvenanceEntry]) { provenance += entries }

    /// Adds a result table from already formatted cells; columns whose cells all read as numbers are
    /// right-aligned. Short rows are padded, long rows cut to the header.
    public mutating func addTable(title: String, header: [String], rows: [[String]], caption: String = "") {
        let width = header.count
        let fitted = rows.map { Array(($0 + Array(repeating: "", count: max(0, width - $0.count))).prefix(width)) }
        let numeric = (0..<width).map { c in
            let cells = fitted.map { $0[c] }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy(HTMLText.looksNumeric)
        }
        tables.append(Table(title: title, caption: caption, header: header, rows: fitted, rightAligned: numeric))
    }

    /// Adds a ``TextTable`` as a result table, keeping its column alignment.
    public mutating func addTable(_ table: TextTable, title: String, caption: String = "") {
        tables.append(Table(title: title, caption: caption, header: table.headers, rows: table.rows,
                            rightAligned: table.alignments.map { $0 == .right }))
    }

    /// Adds a ``CSVTable`` as a result table.
    public mutating func addTable(_ table: CSVTable, title: String, caption: String = "") {
        addTable(title: title, header: table.header, rows: table.rows, caption: caption)
    }

    /// Adds a figure from SVG text (e.g. a chart's `svg()`); the XML declaration is dropped. SVG with
    /// scripts or event handlers is not inlined: the figure then shows a note instead.
    public mutating func addFigure(svg: String, caption: String) {
        figures.append(Figure(svg: svg, caption: caption))
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
        for note in notes { out.append("<p class=\"note\">\(e(note))</p>") }
        out.append(contentsSection())
        if command != nil || !parameters.isEmpty { out.append(inputsSection()) }
        if !provenance.isEmpty { out.append(provenanceSection()) }
        if !tables.isEmpty { out.append(tablesSection()) }
        if !figures.isEmpty { out.append(figuresSection()) }
        if !files.isEmpty { out.append(filesSection()) }
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private func contentsSection() -> String {
        let e = HTMLText.escape
        var lines = ["<nav class=\"contents\">",
                     "<p class=\"summary\">This report contains \(tables.count) \(tables.count == 1 ? "table" : "tables") "
                         + "and \(figures.count) \(figures.count == 1 ? "figure" : "figures").</p>"]
        var items: [String] = []
        if command != nil || !parameters.isEmpty { items.append("<li><a href=\"#inputs\">Run inputs</a></li>") }
        if !provenance.isEmpty { items.append("<li><a href=\"#provenance\">Data provenance</a></li>") }
        for (k, t) in tables.enumerated() {
            items.append("<li><a href=\"#table-\(k + 1)\">Table \(k + 1). \(e(t.title))</a></li>")
        }
        for (k, f) in figures.enumerated() {
            items.append("<li><a href=\"#figure-\(k + 1)\">Figure \(k + 1). \(e(HTMLReport.firstSentence(f.caption)))</a></li>")
        }
        if !files.isEmpty { items.append("<li><a href=\"#files\">Files</a></li>") }
        if !items.isEmpty { lines += ["<ul>"] + items + ["</ul>"] }
        lines.append("</nav>")
        return lines.joined(separator: "\n")
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
            lines.append("<tr><td>\(e(p.name))</td><td class=\"num\">\(e(p.value))</td>"
                + "<td><span class=\"\(tagClass)\">\(p.tag.rawValue)</span></td><td>\(e(p.source))</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</section>"]
        return lines.joined(separator: "\n")
    }

    private func tablesSection() -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"results\">", "<h2>Results</h2>"]
        for (k, t) in tables.enumerated() {
            lines.append("<div class=\"table-block\" id=\"table-\(k + 1)\">")
            lines.append("<table class=\"data\">")
            var caption = "<caption><strong>Table \(k + 1). \(e(t.title))</strong>"
            if !t.caption.isEmpty { caption += " \(e(t.caption))" }
            lines.append(caption + "</caption>")
            func cls(_ c: Int) -> String { c < t.rightAligned.count && t.rightAligned[c] ? " class=\"num\"" : "" }
            lines.append("<thead><tr>" + t.header.enumerated().map { "<th\(cls($0))>\(e($1))</th>" }.joined() + "</tr></thead>")
            lines.append("<tbody>")
            for row in t.rows.prefix(maxTableRows) {
                lines.append("<tr>" + row.enumerated().map { "<td\(cls($0))>\(e($1))</td>" }.joined() + "</tr>")
            }
            lines.append("</tbody>")
            lines.append("</table>")
            if t.rows.count > maxTableRows {
                lines.append("<p class=\"note\">Showing the first \(maxTableRows) of \(t.rows.count) rows.</p>")
            }
            lines.append("</div>")
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func figuresSection() -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"figures\">", "<h2>Figures</h2>"]
        for (k, f) in figures.enumerated() {
            lines.append("<figure id=\"figure-\(k + 1)\">")
            if let svg = HTMLText.inlineSVG(f.svg) {
                lines.append(svg)
            } else {
                lines.append("<p class=\"note\">This figure was not inlined: it is not SVG, or it contains scripts.</p>")
            }
            lines.append("<figcaption><strong>Figure \(k + 1).</strong> \(e(f.caption))</figcaption>")
            lines.append("</figure>")
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func filesSection() -> String {
        let e = HTMLText.escape
        var lines = ["<section id=\"files\">", "<h2>Files</h2>", "<ul class=\"files\">"]
        for (name, description) in files {
            lines.append("<li><code>\(e(name))</code>" + (description.isEmpty ? "" : " — \(e(description))") + "</li>")
        }
        lines += ["</ul>", "</section>"]
        return lines.joined(separator: "\n")
    }

    /// The caption up to its first full stop (for the contents list).
    static func firstSentence(_ text: String) -> String {
        guard let r = text.range(of: ". ") else { return text }
        return String(text[..<r.lowerBound]) + "."
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
    nav.contents ul { margin: 4px 0; padding-left: 22px; }
    pre.command { background: #f4f4f4; border: 1px solid #ddd; padding: 10px 12px; overflow-x: auto;
                  white-space: pre-wrap; word-break: break-all; font-size: 13px; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
    table { border-collapse: collapse; margin: 8px 0 18px 0; font-size: 14px; }
    caption { caption-side: top; text-align: left; padding: 4px 0 8px 0; }
    th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
    th { background: #eef3f8; border-bottom: 2px solid #999; }
    tbody tr:nth-child(even) { background: #fafafa; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .table-block { overflow-x: auto; }
    .tag { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; font-weight: bold;
           border: 1px solid; }
    .tag-published { color: #005a8c; border-color: #0072B2; background: #e5f1f8; }
    .tag-derived { color: #00694c; border-color: #009E73; background: #e5f5f0; }
    .tag-estimated { color: #8a3c00; border-color: #D55E00; background: #fbeee5; }
    .tag-synthetic { color: #444; border-color: #888; background: #eee; }
    figure { margin: 12px 0 26px 0; }
    figure svg { max-width: 100%; height: auto; display: block; border: 1px solid #e4e4e4; }
    figcaption { margin-top: 6px; font-size: 14px; color: #333; }
    ul.files { padding-left: 22px; }
    @media print {
      body { font-size: 11pt; }
      header, main { max-width: none; padding: 0; }
      figure, .table-block { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
