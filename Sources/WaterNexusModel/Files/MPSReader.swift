extension Model {
    /// Reads a model from MPS text.
    ///
    /// Accepted: `NAME`, `OBJSENSE` (as a section, or `OBJSENSE MAX` on one line; `MAX`, `MAXIMIZE`,
    /// `MIN`, `MINIMIZE`), `OBJSENSE`/`OBJNAME` in both layouts, `ROWS` (the first `N` row, or the one named
    /// by `OBJNAME`, is the objective; later `N` rows become free rows), `COLUMNS` with `MARKER` /
    /// `INTORG` / `INTEND`, `RHS` (on the objective: constant = −value), `RANGES`, `BOUNDS` (`UP`,
    /// `LO`, `FX`, `FR`, `MI`, `PL`, `BV`, `LI`, `UI`), `ENDATA`; `*` comment lines and `$` comments.
    /// Integer columns from `MARKER` blocks default to bounds [0, 1] (as GLPK, CBC and HiGHS read them).
    /// Numbers of magnitude ≥ 1e30 (and `inf`, `infinity`) in bounds, RHS and RANGES mean "no bound".
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - format: `.free`, `.fixed`, or nil to try free and then fixed layout.
    ///   - file: the file name used in error messages.
    /// - Throws: ``ModelFileError`` naming the line and what was expected.
    /// - Complexity: O(file size + nonzeros · log(row length)).
    public static func readMPS(_ bytes: [UInt8], format: MPSFormat? = nil, file: String? = nil) throws -> Model {
        guard let format else {
            do {
                return try readMPS(bytes, format: .free, file: file)
            } catch let freeError as ModelFileError {
                do { return try readMPS(bytes, format: .fixed, file: file) } catch let fixedError as ModelFileError {
                    // report the layout that got further into the file
                    throw (fixedError.line ?? 0) > (freeError.line ?? 0) ? fixedError : freeError
                }
            }
        }
        var reader = MPSReader(bytes: bytes, fixed: format == .fixed, file: file)
        return try reader.read()
    }

    /// Reads a model from MPS text (see ``readMPS(_:format:file:)-([UInt8],_,_)``).
    public static func readMPS(_ text: String, format: MPSFormat? = nil, file: String? = nil) throws -> Model {
        try readMPS(Array(text.utf8), format: format, file: file)
    }
}

struct MPSReader {
    enum Section: String { case none, name = "NAME", objsense = "OBJSENSE", objname = "OBJNAME", rows = "ROWS",
                           columns = "COLUMNS", rhs = "RHS", ranges = "RANGES", bounds = "BOUNDS" }
    enum RowType { case objective, free, less, greater, equal }

    let bytes: [UInt8]
    let fixed: Bool
    var builder: ModelBuilder
    var line = 0
    var section = Section.none
    var objectiveRow: String?
    var namedObjective: String?
    var rowTypes: [RowType] = []
    var rhs: [Double?] = []
    var ranges: [Double?] = []
    var rhsLines: [Int] = []
    var objectiveSeen: [Bool] = []
    var objectiveRHSSeen = false
    var currentColumn = -1
    var currentColumnName = ""
    var integerBlock = false
    var explicitUpper: [Bool] = []
    var explicitLower: [Bool] = []

    init(bytes: [UInt8], fixed: Bool, file: String?) {
        self.bytes = bytes
        self.fixed = fixed
        builder = ModelBuilder(file: file, expectedNames: bytes.count / 128)
    }

    func error(_ message: String) -> ModelFileError { builder.error(line, message) }

    var layout: String { fixed ? "fixed MPS" : "free MPS" }

    mutating func read() throws -> Model {
        var start = 0
        var ended = false
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var last = end
            if last > start && bytes[last - 1] == 0x0D { last -= 1 }
            line += 1
            if try handle(bytes[start..<last]) { ended = true; break }
            start = end + 1
        }
        guard ended else {
            throw error("the file ends before ENDATA (truncated?); expected \(section == .none ? "NAME or ROWS" : "more \(section.rawValue) records or ENDATA")")
        }
        try finishBounds()
        return try builder.build()
    }

    /// Handles one line; returns true at ENDATA.
    mutating func handle(_ text: ArraySlice<UInt8>) throws -> Bool {
        guard let first = text.first else { return false }
        if first == UInt8(ascii: "*") { return false }
        if let bad = text.first(where: { $0 < 0x20 && $0 != 0x09 }) {
            throw error("control character 0x\(String(bad, radix: 16)) in the line; MPS files are plain text")
        }
        if first != 0x20 && first != 0x09 { return try header(text) }
        var fields = fixed ? try fixedFields(text) : freeFields(text)
        if fields.allSatisfy({ $0.isEmpty }) { return false }
        if fixed, section == .columns || section == .rhs || section == .ranges {
            guard fields[0].isEmpty else { throw error("field 1 (columns 2-3) must be blank in a \(section.rawValue) record") }
            fields.removeFirst()
        }
        switch section {
        case .none: throw error("data record before any section; expected NAME or ROWS first")
        case .name: throw error("unexpected data record after NAME; expected ROWS")
        case .objsense: try readSense(fields.first { !$0.isEmpty }!)
        case .objname: namedObjective = fields.first { !$0.isEmpty }
        case .rows: try readRow(fields)
        case .columns: try readColumn(fields)
        case .rhs, .ranges: try readValues(fields)
        case .bounds: try readBound(fields)
        }
        return false
    }

    mutating func header(_ text: ArraySlice<UInt8>) throws -> Bool {
        let words = split(text)
        let keyword = words[0].uppercased()
        switch keyword {
        case "ENDATA":
            return true
        case "NAME":
            section = .name
            let rest = String(decoding: text.dropFirst(4), as: UTF8.self).trimmingBlanks()
            if !rest.isEmpty { builder.name = rest }
        case "OBJSENSE", "OBJSENCE":
            section = .objsense
            if words.count > 1 { try readSense(words[1]) }
        case "OBJNAME":
            section = .objname
            if words.count > 1 { namedObjective = words[1] }
        case "ROWS":
            section = .rows
        case "COLUMNS":
            guard section == .rows else { throw error("COLUMNS must follow ROWS") }
            section = .columns
        case "RHS", "RANGES", "BOUNDS":
            guard [.columns, .rhs, .ranges].contains(section) else { throw error("\(keyword) must follow COLUMNS") }
            section = Section(rawValue: keyword)!
        case "QUADOBJ", "QMATRIX", "QSECTION", "QCMATRIX", "CSECTION", "SOS", "INDICATORS", "GENCONS", "PWLOBJ":
            throw error("section \(keyword) is not supported: only linear and mixed-integer linear models can be read")
        default:
            throw error("unknown section \"\(words[0])\"; expected NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS or ENDATA (data records start with a blank)")
        }
        return false
    }

    mutating func readSense(_ word: String) throws {
        switch word.uppercased() {
        case "MAX", "MAXIMIZE", "MAXIMISE": builder.sense = .maximize
        case "MIN", "MINIMIZE", "MINIMISE": builder.sense = .minimize
        default: throw error("objective sense \"\(word)\" not understood; expected MAX or MIN")
        }
    }

    // MARK: ROWS

    mutating func readRow(_ fields: [String]) throws {
        let values = fixed ? Array(fields.prefix(2)) : fields
        if fixed, fields.dropFirst(2).contains(where: { !$0.isEmpty }) { throw error("a ROWS record has only a type and a name") }
        guard values.count == 2, !values[0].isEmpty, !values[1].isEmpty else {
            throw error("expected a row type (N, L, G or E) and a row name")
        }
        let name = values[1]
        let type: RowType
        switch values[0].uppercased() {
        case "N": type = (objectiveRow == nil && (namedObjective == nil || namedObjective == name)) ? .objective : .free
        case "L": type = .less
        case "G": type = .greater
        case "E": type = .equal
        default: throw error("row type \"\(values[0])\" not understood; expected N, L, G or E")
        }
        if type == .objective {
            if builder.rowIndex[name] != nil { throw error("row \"\(name)\" is defined twice") }
            do { try Model.validateName(name) } catch let problem as ModelError { throw error("objective: \(problem)") }
            objectiveRow = name
            builder.objectiveName = name
            return
        }
        if name == objectiveRow { throw error("row \"\(name)\" is defined twice") }
        _ = try builder.addRow(name, lower: -.infinity, upper: .infinity, line: line)
        rowTypes.append(type)
        rhs.append(nil)
        ranges.append(nil)
        rhsLines.append(line)
    }

    // MARK: COLUMNS

    mutating func readColumn(_ fields: [String]) throws {
        if fields.count >= 3, fields[1].utf8.first == UInt8(ascii: "'"), fields[1].uppercased() == "'MARKER'" {
            let keyword = (fixed ? (fields.count > 3 ? fields[3] : "") : fields[2]).uppercased()
            switch keyword {
            case "'INTORG'": integerBlock = true
            case "'INTEND'": integerBlock = false
            default: throw error("MARKER record needs 'INTORG' or 'INTEND', found \"\(keyword)\"")
            }
            return
        }
        let pairs: [(String, String)]
        var name: String
        if fixed {
            name = fields[0]
            pairs = [(fields[1], fields[2]), (fields[3], fields[4])].filter { !$0.0.isEmpty || !$0.1.isEmpty }
        } else {
            guard fields.count == 3 || fields.count == 5 else {
                throw error("a COLUMNS record needs a column name and one or two (row, value) pairs; found \(fields.count) fields")
            }
            name = fields[0]
            pairs = fields.count == 3 ? [(fields[1], fields[2])] : [(fields[1], fields[2]), (fields[3], fields[4])]
        }
        if name.isEmpty {
            guard currentColumn >= 0 else { throw error("missing column name in field 2") }
            name = currentColumnName
        }
        if name != currentColumnName || currentColumn < 0 {
            if builder.columnIndex[name] != nil {
                throw error("column \"\(name)\" appears again after other columns; a column's records must be consecutive")
            }
            currentColumn = try builder.addColumn(name, line: line, kind: integerBlock ? .integer : .continuous,
                                                  upper: integerBlock ? 1 : .infinity)
            currentColumnName = name
            explicitUpper.append(false)
            explicitLower.append(false)
        }
        guard !pairs.isEmpty else { throw error("column \"\(name)\": expected a row name and a value") }
        for (row, text) in pairs {
            guard !row.isEmpty else { throw error("missing row name before value \(text)") }
            let value = try number(text, what: "coefficient of column \"\(name)\" in row \"\(row)\"")
            guard value.isFinite else { throw error("coefficient \(text) of column \"\(name)\" in row \"\(row)\" is not a finite number") }
            if row == objectiveRow {
                if objectiveSeen.count <= currentColumn { objectiveSeen += repeatElement(false, count: currentColumn + 1 - objectiveSeen.count) }
                if objectiveSeen[currentColumn] { throw error("second objective coefficient for column \"\(name)\"") }
                objectiveSeen[currentColumn] = true
                builder.objective[currentColumn] = value
            } else if let i = builder.rowIndex[row] {
                try builder.addEntry(row: i, column: currentColumn, value: value, line: line)
            } else {
                throw error("row \"\(row)\" is not defined in ROWS")
            }
        }
    }

    // MARK: RHS and RANGES

    mutating func readValues(_ fields: [String]) throws {
        let pairs: [(String, String)]
        if fixed {
            pairs = [(fields[1], fields[2]), (fields[3], fields[4])].filter { !$0.0.isEmpty || !$0.1.isEmpty }
        } else {
            let data = fields.count % 2 == 1 ? Array(fields.dropFirst()) : fields
            guard data.count == 2 || data.count == 4 else {
                throw error("a \(section.rawValue) record needs an optional set name and one or two (row, value) pairs; found \(fields.count) fields")
            }
            pairs = data.count == 2 ? [(data[0], data[1])] : [(data[0], data[1]), (data[2], data[3])]
        }
        guard !pairs.isEmpty else { throw error("expected a row name and a value") }
        for (row, text) in pairs {
            guard !row.isEmpty else { throw error("missing row name before value \(text)") }
            let value = try bound(text, what: "\(section.rawValue) value of row \"\(row)\"")
            if row == objectiveRow {
                guard section == .rhs else { continue } // a range on the objective means nothing
                guard !objectiveRHSSeen else { throw error("second RHS value for the objective row \"\(row)\"") }
                guard value.isFinite else { throw error("the objective constant must be finite, found \(text)") }
                objectiveRHSSeen = true
                builder.objectiveConstant = -value
                continue
            }
            guard let i = builder.rowIndex[row] else { throw error("row \"\(row)\" is not defined in ROWS") }
            if section == .rhs {
                guard rhs[i] == nil else { throw error("second RHS value for row \"\(row)\"") }
                rhs[i] = value
            } else {
                guard ranges[i] == nil else { throw error("second RANGES value for row \"\(row)\"") }
                ranges[i] = value
            }
            rhsLines[i] = line
        }
    }

    // MARK: BOUNDS

    static let valuedBounds: Set<String> = ["UP", "LO", "FX", "LI", "UI"]
    static let plainBounds: Set<String> = ["FR", "MI", "PL", "BV"]

    mutating func readBound(_ fields: [String]) throws {
        var type: String, columnName: String, text: String?
        let valued = MPSReader.valuedBounds, plain = MPSReader.plainBounds
        if fixed {
            type = fields[0].uppercased()
            columnName = fields[2]
            text = fields[3].isEmpty ? nil : fields[3]
        } else {
            guard fields.count >= 2 else { throw error("a BOUNDS record needs a type, an optional set name, a column and a value") }
            type = fields[0].uppercased()
            let rest = Array(fields.dropFirst())
            if valued.contains(type) {
                guard rest.count == 2 || rest.count == 3 else { throw error("bound \(type) needs a column name and a value") }
                columnName = rest[rest.count - 2]
                text = rest[rest.count - 1]
            } else {
                switch rest.count {
                case 1: columnName = rest[0]
                case 2: if builder.columnIndex[rest[0]] != nil && builder.columnIndex[rest[1]] == nil {
                            columnName = rest[0]; text = rest[1]
                        } else {
                            columnName = rest[1]
                        }
                case 3: columnName = rest[1]; text = rest[2]
                default: throw error("bound \(type) needs a column name")
                }
            }
        }
        guard valued.contains(type) || plain.contains(type) else {
            if type == "SC" { throw error("semi-continuous bounds (SC) are not supported") }
            throw error("bound type \"\(fields[0])\" not understood; expected UP, LO, FX, FR, MI, PL, BV, LI or UI")
        }
        guard !columnName.isEmpty else { throw error("missing column name in the \(type) bound") }
        guard let j = builder.columnIndex[columnName] else { throw error("column \"\(columnName)\" is not defined in COLUMNS") }
        var value = 0.0
        if valued.contains(type) {
            guard let text else { throw error("bound \(type) of column \"\(columnName)\" needs a value") }
            value = try bound(text, what: "\(type) bound of column \"\(columnName)\"")
        }
        builder.columnLines[j] = line
        switch type {
        case "UP":
            builder.columnUpper[j] = value
            explicitUpper[j] = true
        case "LO":
            builder.columnLower[j] = value
            explicitLower[j] = true
        case "FX":
            builder.columnLower[j] = value
            builder.columnUpper[j] = value
            explicitLower[j] = true
            explicitUpper[j] = true
        case "FR":
            builder.columnLower[j] = -.infinity
            builder.columnUpper[j] = .infinity
        case "MI": builder.columnLower[j] = -.infinity
        case "PL":
            builder.columnUpper[j] = .infinity
            explicitUpper[j] = true
        case "BV":
            builder.columnKinds[j] = .binary
            builder.columnLower[j] = 0
            builder.columnUpper[j] = 1
        case "LI":
            builder.columnKinds[j] = .integer
            builder.columnLower[j] = value.rounded(.up)
            if !explicitUpper[j] { builder.columnUpper[j] = .infinity }
        case "UI":
            builder.columnKinds[j] = .integer
            builder.columnUpper[j] = value.rounded(.down)
            explicitUpper[j] = true
        default: break
        }
    }

    /// Applies RHS and RANGES to the rows.
    mutating func finishBounds() throws {
        for i in rowTypes.indices {
            let value = rhs[i] ?? 0
            line = rhsLines[i]
            var lower = -Double.infinity, upper = Double.infinity
            switch rowTypes[i] {
            case .objective, .free: break
            case .less: upper = value
            case .greater: lower = value
            case .equal: lower = value; upper = value
            }
            if let range = ranges[i], rowTypes[i] != .free {
                guard range.isFinite else { throw error("range \(range) of row \"\(builder.rowNames[i] ?? "")\" must be finite") }
                switch rowTypes[i] {
                case .less: lower = upper - abs(range)
                case .greater: upper = lower + abs(range)
                case .equal: if range > 0 { upper = lower + range } else { lower = upper + range }
                default: break
                }
            }
            builder.rowLower[i] = lower
            builder.rowUpper[i] = upper
        }
        for j in builder.columnKinds.indices where builder.columnKinds[j] == .binary {
            if builder.columnLower[j] < 0 || builder.columnUpper[j] > 1 { builder.columnKinds[j] = .integer }
        }
    }

    // MARK: fields and numbers

    func number(_ text: String, what: @autoclosure () -> String) throws -> Double {
        guard let value = NumberText.parse(text) else { throw error("expected a number for the \(what()), found \"\(text)\"") }
        return value
    }

    /// A bound: ±1e30 and beyond mean infinity.
    func bound(_ text: String, what: @autoclosure () -> String) throws -> Double {
        let value = try number(text, what: what())
        return abs(value) >= NumberText.infinityThreshold ? (value > 0 ? .infinity : -.infinity) : value
    }

    func split(_ text: ArraySlice<UInt8>) -> [String] {
        text.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Free layout: blank-separated words, stopping at a word that starts with `$`.
    func freeFields(_ text: ArraySlice<UInt8>) -> [String] {
        var words = split(text)
        if let comment = words.firstIndex(where: { $0.utf8.first == UInt8(ascii: "$") }) { words.removeSubrange(comment...) }
        return words
    }

    /// Fixed layout: fields 1–6 in columns 2–3, 5–12, 15–22, 25–36, 40–47, 50–61 (blanks inside names
    /// removed, `$` in field 3 or 5 starts a comment). Returns fields 1–6 (field 1 first).
    func fixedFields(_ text: ArraySlice<UInt8>) throws -> [String] {
        if text.contains(0x09) { throw error("tab character in fixed MPS; fixed MPS uses blanks to place fields in columns") }
        let line = Array(text)
        let spans = [(2, 3), (5, 12), (15, 22), (25, 36), (40, 47), (50, 61)]
        var fields: [String] = []
        var position = 1
        for (number, span) in spans.enumerated() {
            // separators before the field must be blank
            while position < span.0 {
                if position <= line.count, line[position - 1] != 0x20 {
                    throw error("in \(layout), column \(position) must be blank (fields start in columns 2, 5, 15, 25, 40, 50)")
                }
                position += 1
            }
            if (number == 2 || number == 4), span.0 <= line.count, line[span.0 - 1] == UInt8(ascii: "$") {
                fields += repeatElement("", count: 6 - number)
                return fields
            }
            let lower = span.0 - 1, upper = min(span.1, line.count)
            let raw = lower < upper ? line[lower..<upper] : []
            fields.append(String(decoding: raw.filter { $0 != 0x20 }, as: UTF8.self))
            position = span.1 + 1
        }
        return fields
    }
}

extension String {
    func trimmingBlanks() -> String {
        let utf8 = Array(self.utf8)
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }
}
