/// Collects what a file reader finds (columns, rows, matrix entries, objective) and turns it into a
/// ``Model``, reporting every problem with the line where it appeared.
struct ModelBuilder {
    var file: String?
    var name = "model"
    var sense: ObjectiveSense = .minimize
    var objectiveName: String?
    var objectiveConstant = 0.0

    var columnNames: [String?] = []
    var columnLower: [Double] = []
    var columnUpper: [Double] = []
    var columnKinds: [VariableKind] = []
    var columnLines: [Int] = []
    var objective: [Double] = []
    var columnIndex: [String: Int] = [:]

    var rowNames: [String?] = []
    var rowLower: [Double] = []
    var rowUpper: [Double] = []
    var rowLines: [Int] = []
    var rowIndex: [String: Int] = [:]

    var entryRows: [Int32] = []
    var entryColumns: [Int32] = []
    var entryValues: [Double] = []
    var entryLines: [Int32] = []

    init(file: String?) { self.file = file }

    /// A builder whose name tables have room for about `expectedNames` columns and as many rows, so
    /// that reading a large file does not rehash them again and again as they grow.
    init(file: String?, expectedNames: Int) {
        self.file = file
        columnIndex.reserveCapacity(expectedNames)
        rowIndex.reserveCapacity(expectedNames)
    }

    func error(_ line: Int?, _ message: String) -> ModelFileError {
        ModelFileError(file: file, line: line, message)
    }

    /// The model's name for an element named `text` at `position`: nil when it is the default name
    /// (`_c<position+1>` / `_r<position+1>`), else the name after checking the naming rules.
    func checkedName(_ text: String, position: Int, prefix: String, kind: String, line: Int) throws -> String? {
        if ModelBuilder.isPlainName(text) { return text }
        if Model.isReservedDefaultName(text) {
            if text == "\(prefix)\(position + 1)" { return nil }
            throw error(line, "\(kind) name \"\(text)\" is reserved for unnamed \(kind)s and may only name \(kind) number \(text.dropFirst(2)); rename it")
        }
        do {
            try Model.validateName(text)
        } catch let problem as ModelError {
            throw error(line, "\(problem)")
        }
        return text
    }

    /// For each byte value, whether a model name may contain it (letters, digits, ``Model/nameSymbols``).
    static let nameByte: [Bool] = (0..<256).map { byte in
        let c = UInt8(byte)
        return LPTokenizer.isLetter(c) || LPTokenizer.isDigit(c) || Model.nameSymbols.contains(Character(UnicodeScalar(c)))
    }

    /// Fast check of the common case: a name ``Model/validateName(_:)`` accepts that is not `_`-prefixed.
    static func isPlainName(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 255, LPTokenizer.isLetter(first) || first == UInt8(ascii: "~") else { return false }
        let allowed = nameByte
        for byte in utf8 where !allowed[Int(byte)] { return false }
        return true
    }

    /// The column named `text`, created (continuous, [0, +inf)) if new.
    mutating func column(_ text: String, line: Int) throws -> Int {
        if let j = columnIndex[text] { return j }
        return try addColumn(text, line: line)
    }

    mutating func addColumn(_ text: String, line: Int, kind: VariableKind = .continuous, lower: Double = 0, upper: Double = .infinity) throws -> Int {
        guard columnIndex[text] == nil else { throw error(line, "column \"\(text)\" is defined twice (first at line \(columnLines[columnIndex[text]!]))") }
        let j = columnNames.count
        columnNames.append(try checkedName(text, position: j, prefix: "_c", kind: "column", line: line))
        columnIndex[text] = j
        columnLower.append(lower)
        columnUpper.append(upper)
        columnKinds.append(kind)
        columnLines.append(line)
        objective.append(0)
        return j
    }

    mutating func addRow(_ text: String, lower: Double, upper: Double, line: Int) throws -> Int {
        if let i = rowIndex[text] { throw error(line, "row \"\(text)\" is defined twice (first at line \(rowLines[i]))") }
        let i = rowNames.count
        rowNames.append(try checkedName(text, position: i, prefix: "_r", kind: "row", line: line))
        rowIndex[text] = i
        rowLower.append(lower)
        rowUpper.append(upper)
        rowLines.append(line)
        return i
    }

    /// An unnamed row (default name `_r<n>`).
    mutating func addUnnamedRow(lower: Double, upper: Double, line: Int) -> Int {
        rowNames.append(nil)
        rowLower.append(lower)
        rowUpper.append(upper)
        rowLines.append(line)
        return rowNames.count - 1
    }

    mutating func addEntry(row: Int, column: Int, value: Double, line: Int) throws {
        guard value.isFinite else { throw error(line, "coefficient \(value) is not a finite number") }
        guard value != 0 else { return }
        entryRows.append(Int32(row))
        entryColumns.append(Int32(column))
        entryValues.append(value)
        entryLines.append(Int32(clamping: line))
    }

    /// The finished model.
    /// - Complexity: O(columns + rows + entries · log(row length)).
    func build() throws -> Model {
        var builder = self
        builder.foldObjectiveConstantColumn()
        return try builder.assemble()
    }

    /// Folds the LP writer's objective-constant column (``Model/objectiveConstantColumn``: the last
    /// column, fixed, in no row) back into the objective constant.
    mutating func foldObjectiveConstantColumn() {
        guard let j = columnNames.indices.last, columnNames[j] == Model.objectiveConstantColumn,
              columnLower[j] == columnUpper[j], columnKinds[j] == .continuous,
              !entryColumns.contains(Int32(j)) else { return }
        objectiveConstant += objective[j] * columnLower[j]
        columnIndex[Model.objectiveConstantColumn] = nil
        for array in [\ModelBuilder.columnLower, \ModelBuilder.columnUpper, \ModelBuilder.objective] { self[keyPath: array].removeLast() }
        columnNames.removeLast()
        columnKinds.removeLast()
        columnLines.removeLast()
    }

    func assemble() throws -> Model {
        var model = Model(name: name)
        model.objectiveSense = sense
        if let objectiveName {
            do { try model.setObjectiveName(objectiveName) } catch let problem as ModelError { throw error(nil, "objective: \(problem)") }
        }
        guard objectiveConstant.isFinite else { throw error(nil, "the objective constant is not a finite number") }
        model.objectiveConstant = objectiveConstant
        for j in columnNames.indices {
            let lower = columnLower[j], upper = columnUpper[j]
            guard !lower.isNaN, !upper.isNaN, lower <= upper, lower < .infinity, upper > -.infinity else {
                let label = columnNames[j] ?? "_c\(j + 1)"
                throw error(columnLines[j], "column \"\(label)\" has lower bound \(lower) above upper bound \(upper); fix its bounds")
            }
        }
        for i in rowNames.indices {
            let lower = rowLower[i], upper = rowUpper[i]
            guard !lower.isNaN, !upper.isNaN, lower <= upper, lower < .infinity, upper > -.infinity else {
                let label = rowNames[i] ?? "_r\(i + 1)"
                throw error(rowLines[i], "row \"\(label)\" has lower bound \(lower) above upper bound \(upper); fix its right-hand side or range")
            }
        }
        model.columnNames = columnNames
        model.columnLower = columnLower
        model.columnUpper = columnUpper
        model.columnKinds = columnKinds
        model.objectiveCoefficients = objective
        // The builder's name tables are the model's, less the default names (`_c7`, `_r3`) it kept for lookups.
        model.columnByName = columnIndex
        for (j, name) in columnNames.enumerated() where name == nil { model.columnByName.removeValue(forKey: "_c\(j + 1)") }
        model.rowNames = rowNames
        model.rowLower = rowLower
        model.rowUpper = rowUpper
        model.rowByName = rowIndex
        for (i, name) in rowNames.enumerated() where name == nil { model.rowByName.removeValue(forKey: "_r\(i + 1)") }
        // Counting sort of the entries by row, then by column within each row.
        let m = rowNames.count
        var start = [Int](repeating: 0, count: m + 1)
        for r in entryRows { start[Int(r) + 1] += 1 }
        for i in 0..<m { start[i + 1] += start[i] }
        var next = Array(start.dropLast())
        var order = [Int](repeating: 0, count: entryRows.count)
        for k in entryRows.indices {
            let r = Int(entryRows[k])
            order[next[r]] = k
            next[r] += 1
        }
        var columns = [Int32](repeating: 0, count: order.count)
        var values = [Double](repeating: 0, count: order.count)
        for i in 0..<m {
            var slice = order[start[i]..<start[i + 1]]
            // Rows written column by column are already in order: sort only the others.
            if zip(slice, slice.dropFirst()).contains(where: { entryColumns[$0] > entryColumns[$1] }) {
                slice.sort { entryColumns[$0] < entryColumns[$1] }
            }
            var previous: Int32 = -1
            for (offset, k) in zip(0..., slice) {
                let column = entryColumns[k]
                if column == previous {
                    let label = rowNames[i] ?? "_r\(i + 1)", columnLabel = columnNames[Int(column)] ?? "_c\(column + 1)"
                    throw error(Int(entryLines[k]), "second coefficient of column \"\(columnLabel)\" in row \"\(label)\"; give each coefficient once")
                }
                previous = column
                columns[start[i] + offset] = column
                values[start[i] + offset] = entryValues[k]
            }
        }
        model.rowStart = start
        model.rowColumns = columns
        model.rowValues = values
        return model
    }
}
