extension Model {
    /// Reads a model from CPLEX LP text, as written by `glpsol --wlp`, CPLEX, CBC, HiGHS and ``lpText()``.
    ///
    /// Accepted: `Minimize`/`Maximize` (and `min`, `max`, …), `Subject To` (`st`, `s.t.`, `such that`),
    /// `Bounds`, `General(s)`/`Integer(s)`, `Binary`/`Binaries`, `End`; `\` comments; expressions over
    /// several lines; constants in the objective (its constant term) and in constraints (moved to the
    /// right-hand side); double inequalities `lo <= expr <= hi`; bounds `x free`, `x >= -inf`,
    /// `-inf <= x <= 5`, `x = 3`, with `inf`, `infinity` and any number of magnitude ≥ 1e30 meaning
    /// "no bound". Rows `name` (>= only) directly followed by `name~hi` (<= only, same terms), as
    /// ``lpText()`` writes ranged rows, are joined into one ranged row. Columns are numbered in order
    /// of first appearance. Keywords count only at the start of a line.
    /// - Throws: ``ModelFileError`` naming the line and what was expected.
    public static func readLP(_ bytes: [UInt8], file: String? = nil) throws -> Model {
        var parser = LPParser(tokenizer: LPTokenizer(bytes: bytes, file: file), builder: ModelBuilder(file: file, expectedNames: bytes.count / 128))
        return try parser.parse()
    }

    /// Reads a model from CPLEX LP text (see ``readLP(_:file:)-([UInt8],_)``).
    public static func readLP(_ text: String, file: String? = nil) throws -> Model {
        try readLP(Array(text.utf8), file: file)
    }
}

struct LPParser {
    typealias Token = LPTokenizer.Token
    var tokenizer: LPTokenizer
    var builder: ModelBuilder
    var token = Token(kind: .endOfFile, line: 1, startsLine: true)
    var explicitLower: [Bool] = []
    var explicitUpper: [Bool] = []
    var previousRow: (index: Int, name: String, terms: LinearExpression)?

    mutating func advance() throws { token = try tokenizer.next() }

    func error(_ message: String, line: Int? = nil) -> ModelFileError {
        ModelFileError(file: builder.file, line: line ?? token.line, message)
    }

    var found: String {
        switch token.kind {
        case let .name(name): return "\"\(name)\""
        case let .number(value): return "number \(NumberText.text(value))"
        case .plus: return "\"+\""
        case .minus: return "\"-\""
        case .colon: return "\":\""
        case let .relation(relation): return "\"\(relation.rawValue)\""
        case let .keyword(_, word): return "keyword \"\(word)\""
        case .endOfFile: return "the end of the file"
        }
    }

    mutating func parse() throws -> Model {
        try advance()
        guard case let .keyword(keyword, _) = token.kind, keyword == .minimize || keyword == .maximize else {
            throw error("expected \"Minimize\" or \"Maximize\" at the start of the LP file (in column 1), found \(found)")
        }
        builder.sense = keyword == .maximize ? .maximize : .minimize
        try advance()
        try parseObjective()
        var sawEnd = false
        sections: while true {
            switch token.kind {
            case let .keyword(keyword, word):
                try advance()
                switch keyword {
                case .subjectTo: try parseConstraints()
                case .bounds: try parseBounds()
                case .general: try parseKinds(binary: false)
                case .binary: try parseKinds(binary: true)
                case .end: sawEnd = true; break sections
                case .unsupported: throw error("section \"\(word)\" is not supported: only linear and mixed-integer linear models can be read", line: token.line)
                case .minimize, .maximize: throw error("second objective section \"\(word)\"; an LP file has one objective")
                }
            case .endOfFile:
                break sections
            default:
                throw error("expected a section (Subject To, Bounds, Generals, Binaries, End), found \(found)\(token.startsLine ? " (an unknown section name?)" : "")")
            }
        }
        if sawEnd, token.kind != .endOfFile {
            throw error("unexpected \(found) after End; only comments may follow End")
        }
        if !sawEnd { throw error("the file ends without End (truncated?)") }
        finishBounds()
        return try builder.build()
    }

    mutating func parseObjective() throws {
        if case let .name(name) = token.kind, tokenizer.nextNonBlank() == UInt8(ascii: ":") {
            do { try Model.validateName(name) } catch let problem as ModelError { throw error("objective: \(problem)") }
            builder.objectiveName = name
            try advance()
            try advance()
        }
        let expression = try parseExpression(context: "the objective")
        if case .relation = token.kind { throw error("the objective cannot contain \(found); start constraints with \"Subject To\"") }
        for (index, coefficient) in zip(expression.indices, expression.coefficients) { builder.objective[index] += coefficient }
        builder.objectiveConstant += expression.constant
        guard builder.objectiveConstant.isFinite else { throw error("the objective constant is not finite") }
    }

    /// Terms `[±] [number] [name]` joined by + and -; stops before anything else.
    mutating func parseExpression(context: String) throws -> LinearExpression {
        try parseTerms(context: context).expression
    }

    /// The expression, and whether it named any variable (a `0 x` term still counts).
    mutating func parseTerms(context: String) throws -> (expression: LinearExpression, hasVariables: Bool) {
        var expression = LinearExpression()
        var hasVariables = false
        var first = true
        while true {
            var sign = 1.0, signs = 0
            while token.kind == .plus || token.kind == .minus {
                if token.kind == .minus { sign = -sign }
                signs += 1
                try advance()
            }
            if !first && signs == 0 { break }
            var coefficient: Double?
            if case let .number(value) = token.kind {
                coefficient = value
                try advance()
            }
            if case let .name(name) = token.kind {
                if tokenizer.nextNonBlank() == UInt8(ascii: ":") {
                    if coefficient == nil && signs == 0 && first { break }
                    throw error("\"\(name):\" looks like a constraint name inside \(context); finish the previous expression with a relation and a right-hand side")
                }
                if ["inf", "infinity"].contains(name.lowercased()) {
                    if coefficient == nil { break } // ±inf as a right-hand side is handled by the caller
                    throw error("\"\(name)\" after a coefficient in \(context): infinity cannot be a variable name or a coefficient's factor")
                }
                let column = try builder.column(name, line: token.line)
                extendFlags()
                expression.add(Variable(index: column), sign * (coefficient ?? 1))
                hasVariables = true
                try advance()
            } else if let coefficient {
                expression.constant += sign * coefficient
            } else if signs > 0 {
                throw error("expected a number or a variable name after the sign in \(context), found \(found)")
            } else {
                break
            }
            first = false
        }
        return (expression.merged(), hasVariables)
    }

    mutating func extendFlags() {
        while explicitLower.count < builder.columnNames.count {
            explicitLower.append(false)
            explicitUpper.append(false)
        }
    }

    mutating func parseConstraints() throws {
        while true {
            switch token.kind {
            case .keyword, .endOfFile: return
            default: try parseConstraint()
            }
        }
    }

    mutating func parseConstraint() throws {
        let line = token.line
        var label: String?
        if case let .name(name) = token.kind, tokenizer.nextNonBlank() == UInt8(ascii: ":") {
            label = name
            try advance()
            try advance()
        }
        var firstWord: String?
        let firstWordStartsLine = token.startsLine
        if case let .name(word) = token.kind { firstWord = word }
        let where_ = label.map { "constraint \"\($0)\"" } ?? "the constraint at line \(line)"
        var (left, leftHasVariables) = try parseTerms(context: where_)
        guard case let .relation(firstRelation) = token.kind else {
            var hint = ""
            if firstWordStartsLine, label == nil, let word = firstWord {
                hint = "; if \"\(word)\" is meant to start a section, it is not one LP files have (Subject To, Bounds, Generals, Binaries, End)"
            }
            throw error("expected <=, >= or = in \(where_), found \(found)\(hint)")
        }
        try advance()
        var lower = -Double.infinity, upper = Double.infinity
        let terms: LinearExpression
        if !leftHasVariables {
            // number rel expression [rel number]
            let value = left.constant
            var middle = try parseExpression(context: where_)
            let shift = middle.constant
            middle.constant = 0
            terms = middle
            try apply(firstRelation, value - shift, reversed: true, &lower, &upper)
            if case let .relation(second) = token.kind {
                guard second != .equal, firstRelation != .equal, second == firstRelation else {
                    throw error("a double inequality in \(where_) needs two <= or two >=")
                }
                try advance()
                try apply(second, try parseSignedValue(where_) - shift, reversed: false, &lower, &upper)
            }
        } else {
            let shift = left.constant
            left.constant = 0
            terms = left
            try apply(firstRelation, try parseSignedValue(where_) - shift, reversed: false, &lower, &upper)
            if case .relation = token.kind {
                throw error("a double inequality in \(where_) must start with its bound: write lo <= expression <= hi")
            }
        }
        if let label, label.hasSuffix(LPWriter.rangeSuffix), let previous = previousRow,
           previous.name + LPWriter.rangeSuffix == label, previous.terms == terms,
           builder.rowUpper[previous.index] == .infinity, lower == -.infinity, upper >= builder.rowLower[previous.index] {
            builder.rowUpper[previous.index] = upper // the upper half of a ranged row written by lpText()
            previousRow = nil
            return
        }
        let row = label == nil ? builder.addUnnamedRow(lower: lower, upper: upper, line: line)
            : try builder.addRow(label!, lower: lower, upper: upper, line: line)
        for (index, coefficient) in zip(terms.indices, terms.coefficients) {
            try builder.addEntry(row: row, column: index, value: coefficient, line: line)
        }
        previousRow = label.map { (row, $0, terms) }
    }

    /// Applies `expression relation value` (or `value relation expression` when reversed).
    func apply(_ relation: LPTokenizer.Relation, _ value: Double, reversed: Bool, _ lower: inout Double, _ upper: inout Double) throws {
        let bound = abs(value) >= NumberText.infinityThreshold ? (value > 0 ? Double.infinity : -.infinity) : value
        switch (relation, reversed) {
        case (.equal, _):
            guard bound.isFinite else { throw error("an equality needs a finite right-hand side") }
            lower = bound
            upper = bound
        case (.lessEqual, false), (.greaterEqual, true): upper = bound
        case (.greaterEqual, false), (.lessEqual, true): lower = bound
        }
    }

    /// `[±] number` or `[±] inf|infinity`.
    mutating func parseSignedValue(_ context: String) throws -> Double {
        var sign = 1.0
        while token.kind == .plus || token.kind == .minus {
            if token.kind == .minus { sign = -sign }
            try advance()
        }
        switch token.kind {
        case let .number(value):
            try advance()
            return sign * value
        case let .name(word) where ["inf", "infinity"].contains(word.lowercased()):
            try advance()
            return sign * .infinity
        default:
            throw error("expected a number (the right-hand side or bound) in \(context), found \(found)")
        }
    }

    mutating func parseBounds() throws {
        while true {
            let line = token.line
            switch token.kind {
            case .keyword, .endOfFile: return
            case let .name(name) where !["inf", "infinity"].contains(name.lowercased()):
                let startsLine = token.startsLine
                let j = try builder.column(name, line: line)
                extendFlags()
                try advance()
                if case let .name(word) = token.kind, word.lowercased() == "free" {
                    setLower(j, -.infinity, line)
                    setUpper(j, .infinity, line)
                    try advance()
                    continue
                }
                guard case let .relation(relation) = token.kind else {
                    throw error("expected <=, >=, = or \"free\" after \"\(name)\" in Bounds, found \(found)\(startsLine ? " (an unknown section name?)" : "")")
                }
                try advance()
                let value = bound(try parseSignedValue("the bound of \"\(name)\""))
                switch relation {
                case .lessEqual: setUpper(j, value, line)
                case .greaterEqual: setLower(j, value, line)
                case .equal:
                    guard value.isFinite else { throw error("\"\(name) = \(value)\" fixes a variable at an infinite value") }
                    setLower(j, value, line)
                    setUpper(j, value, line)
                }
            default:
                let value = bound(try parseSignedValue("Bounds"))
                guard case let .relation(relation) = token.kind, relation != .equal else {
                    throw error("expected <= or >= after the bound \(NumberText.text(value)), found \(found)")
                }
                try advance()
                guard case let .name(name) = token.kind else { throw error("expected a variable name in Bounds, found \(found)") }
                let j = try builder.column(name, line: line)
                extendFlags()
                try advance()
                if relation == .lessEqual { setLower(j, value, line) } else { setUpper(j, value, line) }
                if case let .relation(second) = token.kind {
                    guard second == relation else { throw error("a double bound on \"\(name)\" needs two <= or two >=") }
                    try advance()
                    let other = bound(try parseSignedValue("the bound of \"\(name)\""))
                    if relation == .lessEqual { setUpper(j, other, line) } else { setLower(j, other, line) }
                }
            }
        }
    }

    func bound(_ value: Double) -> Double {
        abs(value) >= NumberText.infinityThreshold ? (value > 0 ? .infinity : -.infinity) : value
    }

    mutating func setLower(_ j: Int, _ value: Double, _ line: Int) {
        builder.columnLower[j] = value
        builder.columnLines[j] = line
        explicitLower[j] = true
    }

    mutating func setUpper(_ j: Int, _ value: Double, _ line: Int) {
        builder.columnUpper[j] = value
        builder.columnLines[j] = line
        explicitUpper[j] = true
    }

    mutating func parseKinds(binary: Bool) throws {
        while case let .name(name) = token.kind {
            let j = try builder.column(name, line: token.line)
            extendFlags()
            builder.columnKinds[j] = binary ? .binary : .integer
            if binary { builder.columnLines[j] = token.line }
            try advance()
        }
        if token.kind != .endOfFile, case .keyword = token.kind {} else if token.kind != .endOfFile {
            throw error("expected variable names in the \(binary ? "Binaries" : "Generals") section, found \(found)")
        }
    }

    /// Binary columns get [0, 1] unless bounds were given; a binary with wider bounds is an integer.
    mutating func finishBounds() {
        extendFlags()
        for j in builder.columnKinds.indices where builder.columnKinds[j] == .binary {
            if !explicitUpper[j] { builder.columnUpper[j] = 1 }
            if builder.columnLower[j] < 0 || builder.columnUpper[j] > 1 { builder.columnKinds[j] = .integer }
        }
    }
}
