/// A figure of a report: inline SVG and a caption that says what to look at (never a file name).
public struct ReportFigure: Sendable {
    /// SVG text (e.g. a chart's `svg()`).
    public var svg: String
    /// What the figure shows and what to see in it.
    public var caption: String

    public init(svg: String, caption: String) {
        self.svg = svg
        self.caption = caption
    }
}

/// A table of a report. Numeric columns are rounded to ``ReportNumber/defaultDigits`` significant
/// digits when shown; tables longer than ``HTMLReport/collapseRowsAbove`` rows are folded into a
/// `<details>` element, with a link to the full-precision CSV file when `csvFile` is set.
public struct ReportTable: Sendable {
    /// Short title ("Chosen plans per rate"), shown as the caption's first words.
    public var title: String
    /// What the table shows.
    public var caption: String
    /// Column names, with units.
    public var header: [String]
    /// Formatted cells; numeric cells are re-rounded for display.
    public var rows: [[String]]
    /// Name of the CSV file beside the report holding the same table at full precision.
    public var csvFile: String?

    public init(title: String, caption: String = "", header: [String], rows: [[String]], csvFile: String? = nil) {
        self.title = title
        self.caption = caption
        self.header = header
        self.rows = rows
        self.csvFile = csvFile
    }

    /// A table from a ``CSVTable`` (e.g. the one also written to the result folder as `csvFile`).
    public init(_ table: CSVTable, title: String, caption: String = "", csvFile: String? = nil) {
        self.init(title: title, caption: caption, header: table.header, rows: table.rows, csvFile: csvFile)
    }

    /// A table from a ``TextTable``.
    public init(_ table: TextTable, title: String, caption: String = "", csvFile: String? = nil) {
        self.init(title: title, caption: caption, header: table.headers, rows: table.rows, csvFile: csvFile)
    }
}

/// The opening of a report: the question asked, the answer in a few sentences with the headline
/// numbers, and the key figure.
public struct ReportSummary: Sendable {
    /// The question the run answers ("Which allocation plan balances shortage, emissions and pollution?").
    public var question: String
    /// The answer, one paragraph per entry, with the headline numbers in the text.
    public var answer: [String]
    /// Headline numbers as label–value pairs (shown as a small table under the answer).
    public var headline: [(label: String, value: String)]
    /// The key figure.
    public var figure: ReportFigure?

    public init(question: String, answer: [String], headline: [(label: String, value: String)] = [], figure: ReportFigure? = nil) {
        self.question = question
        self.answer = answer
        self.headline = headline
        self.figure = figure
    }
}

/// One results section: a title, a few sentences, its figures beside the text, then its tables.
public struct ReportSection: Sendable {
    /// Anchor id (letters, digits and '-'); made unique by the report when it repeats.
    public var id: String
    /// Section heading.
    public var title: String
    /// Text paragraphs.
    public var paragraphs: [String]
    /// Figures shown beside the text.
    public var figures: [ReportFigure]
    /// Tables under the text and figures.
    public var tables: [ReportTable]

    public init(id: String, title: String, paragraphs: [String] = [], figures: [ReportFigure] = [], tables: [ReportTable] = []) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
        self.figures = figures
        self.tables = tables
    }
}
