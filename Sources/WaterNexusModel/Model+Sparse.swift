/// A snapshot of a whole model as flat arrays, for bulk loading into a solver or writing files.
///
/// The matrix is given both by rows (compressed sparse row) and by columns (compressed sparse column);
/// within a row, columns are increasing; within a column, rows are increasing.
public struct SparseModel: Sendable {
    public var name: String
    public var sense: ObjectiveSense
    public var objectiveName: String
    public var objective: [Double]
    public var objectiveConstant: Double
    public var columnNames: [String]
    public var columnLower: [Double]
    public var columnUpper: [Double]
    public var columnKinds: [VariableKind]
    public var rowNames: [String]
    public var rowLower: [Double]
    public var rowUpper: [Double]
    /// Row r's entries are `rowStart[r]..<rowStart[r+1]` of ``rowColumns`` / ``rowValues``.
    public var rowStart: [Int]
    public var rowColumns: [Int32]
    public var rowValues: [Double]
    /// Column j's entries are `columnStart[j]..<columnStart[j+1]` of ``columnRows`` / ``columnValues``.
    public var columnStart: [Int]
    public var columnRows: [Int32]
    public var columnValues: [Double]
}

extension Model {
    /// The matrix in compressed sparse column form (rows increasing within each column).
    /// - Complexity: O(variables + nonzeros).
    public func columnMajorMatrix() -> (start: [Int], rows: [Int32], values: [Double]) {
        var count = [Int](repeating: 0, count: variableCount + 1)
        for column in rowColumns { count[Int(column) + 1] += 1 }
        for j in 0..<variableCount { count[j + 1] += count[j] }
        let start = count
        var next = Array(count.dropLast())
        var rows = [Int32](repeating: 0, count: rowValues.count)
        var values = [Double](repeating: 0, count: rowValues.count)
        for r in 0..<constraintCount {
            for k in rowStart[r]..<rowStart[r + 1] {
                let j = Int(rowColumns[k])
                rows[next[j]] = Int32(r)
                values[next[j]] = rowValues[k]
                next[j] += 1
            }
        }
        return (start, rows, values)
    }

    /// The whole model as flat arrays (names resolved, defaults filled in).
    /// - Parameter includeNames: false leaves ``SparseModel/columnNames`` and ``SparseModel/rowNames``
    ///   empty, which saves building a string per column and row when names are not needed.
    /// - Complexity: O(variables + constraints + nonzeros).
    public func sparseModel(includeNames: Bool = true) -> SparseModel {
        let columns = columnMajorMatrix()
        return SparseModel(
            name: name, sense: objectiveSense, objectiveName: objectiveName,
            objective: objectiveCoefficients, objectiveConstant: objectiveConstant,
            columnNames: includeNames ? (0..<variableCount).map { name(of: Variable(index: $0)) } : [],
            columnLower: columnLower, columnUpper: columnUpper, columnKinds: columnKinds,
            rowNames: includeNames ? (0..<constraintCount).map { name(of: Constraint(index: $0)) } : [],
            rowLower: rowLower, rowUpper: rowUpper,
            rowStart: rowStart, rowColumns: rowColumns, rowValues: rowValues,
            columnStart: columns.start, columnRows: columns.rows, columnValues: columns.values)
    }
}
