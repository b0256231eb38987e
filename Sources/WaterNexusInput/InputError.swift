/// A problem in an input file, the same for every format: which file, where in it (line, column, field),
/// what is wrong and what to do about it.
///
/// Its description reads `FILE:LINE:COLUMN: field 'F': problem — fix`, leaving out the parts that are unknown.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known (a CSV field's position or a YAML mark's column).
    public var column: Int?
    /// The field: a YAML path such as `sources[2].cost`, or a CSV column name.
    public var field: String?
    /// What is wrong.
    public var problem: String
    /// What to do about it.
    public var fix: String

    /// An error at `file` (and optionally line, column and field).
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.problem = problem
        self.fix = fix
    }

    /// `file:line:column`, leaving out what is unknown.
    public var location: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return place
    }

    public var description: String {
        let subject = field.map { "field '\($0)': " } ?? ""
        return fix.isEmpty ? "\(location): \(subject)\(problem)" : "\(location): \(subject)\(problem) — \(fix)"
    }
}
