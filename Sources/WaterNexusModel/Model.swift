/// An algebraic optimization model: variables with bounds and kinds, linear constraints (rows) with
/// lower and upper bounds, and one linear objective with a sense and a constant.
///
/// `Model` is a value type and knows nothing of any solver. Rows are stored in compressed sparse row
/// form, so adding a row costs O(its terms) and exporting the matrix (``columnMajorMatrix()``, ``sparseModel(includeNames:)``) is O(nonzeros).
///
/// ```swift
/// var model = Model(name: "diet")
/// let x = try model.addVariable("x", lower: 0)
/// let y = try model.addVariable("y", lower: 0, upper: 4, kind: .integer)
/// try model.addConstraint("cap", x + 2 * y <= 14)
/// try model.setObjective(.maximize, 3 * x + 2 * y)
/// ```
public struct Model: Sendable {
    /// The model's name (used in files).
    public var name: String

    // Columns
    var columnNames: [String?] = []
    var columnLower: [Double] = []
    var columnUpper: [Double] = []
    var columnKinds: [VariableKind] = []
    var columnByName: [String: Int] = [:]

    // Rows, compressed sparse row form with sorted, merged columns per row.
    var rowNames: [String?] = []
    var rowLower: [Double] = []
    var rowUpper: [Double] = []
    var rowStart: [Int] = [0]
    var rowColumns: [Int32] = []
    var rowValues: [Double] = []
    var rowByName: [String: Int] = [:]

    // Objective
    /// The objective's sense.
    public internal(set) var objectiveSense: ObjectiveSense = .minimize
    var objectiveCoefficients: [Double] = []
    /// The objective's constant term.
    public internal(set) var objectiveConstant: Double = 0
    /// The objective's name (`obj` unless set).
    public internal(set) var objectiveName: String = "obj"

    /// An empty model.
    public init(name: String = "model") { self.name = name }

    /// The number of variables (columns).
    public var variableCount: Int { columnLower.count }
    /// The number of constraints (rows).
    public var constraintCount: Int { rowLower.count }
    /// The number of stored nonzero constraint coefficients.
    public var nonzeroCount: Int { rowValues.count }
    /// Whether any variable is integer or binary.
    public var isMIP: Bool { columnKinds.contains { $0 != .continuous } }
    /// All variables, in column order.
    public var variables: [Variable] { (0..<variableCount).map(Variable.init(index:)) }
    /// All constraints, in row order.
    public var constraints: [Constraint] { (0..<constraintCount).map(Constraint.init(index:)) }
}
