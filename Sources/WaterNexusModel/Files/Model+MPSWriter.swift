/// The two layouts of MPS files.
public enum MPSFormat: String, Sendable, CaseIterable {
    /// Free MPS: fields separated by blanks, names up to 255 characters, numbers of any length.
    case free
    /// Fixed MPS: fields in columns 2–3, 5–12, 15–22, 25–36, 40–47, 50–61 (names of at most
    /// 8 characters, numbers of at most 12).
    case fixed
}

extension Model {
    /// The model as an MPS file.
    ///
    /// Conventions (each read the same way by GLPK, CBC and HiGHS unless noted):
    /// - Numbers are written exactly: the shortest text that reads back to the same `Double`,
    ///   integers without `.0`. Fixed MPS allows 12 characters per number; longer numbers are rounded
    ///   to the most digits that fit.
    /// - `OBJSENSE` / `MAX` is written for maximization only (minimization is the MPS default, and
    ///   GLPK rejects the section). CBC 2.10 ignores `OBJSENSE`.
    /// - The objective constant c is written as `RHS` of the objective row with value −c (the CPLEX,
    ///   HiGHS and CBC convention; GLPK reads the opposite sign).
    /// - A ranged row `lo ≤ a·x ≤ hi` is a `G` row (or `L` row) with a `RANGES` entry hi − lo, chosen so
    ///   that both bounds read back exactly when floating-point subtraction allows it.
    /// - A free row is an `N` row after the objective (GLPK and HiGHS drop such rows when reading).
    /// - Integer columns are enclosed in `MARKER` / `INTORG` … `INTEND` and always get explicit bounds
    ///   (`PL` for no upper bound, since readers default integer columns to [0, 1]); binary columns get `BV`.
    /// - Names: the model's names. Fixed MPS allows 8 characters: when any column name is longer, all
    ///   columns become `C0000001`, `C0000002`, … (1-based position); likewise rows become `R0000001`, …
    ///   and the objective `R0000000` when a row or objective name is longer.
    /// - Complexity: O(variables + constraints + nonzeros).
    public func mpsText(format: MPSFormat = .free) -> String {
        String(decoding: mpsBytes(format: format), as: UTF8.self)
    }

    /// The MPS file's bytes (see ``mpsText(format:)``).
    public func mpsBytes(format: MPSFormat = .free) -> [UInt8] {
        var writer = MPSWriter(model: self, fixed: format == .fixed)
        writer.write()
        return writer.out.bytes
    }
}

struct MPSWriter {
    let model: Model
    let fixed: Bool
    let names: FileNames
    var out: ByteWriter
    /// Rows with product terms, written as `QCMATRIX` sections after `BOUNDS` (QCP files).
    var quadratic: [(constraint: Constraint, terms: [QuadraticTerm])] = []
    let rowSet = "RHS", rangeSet = "RNG", boundSet = "BND"

    init(model: Model, fixed: Bool) {
        self.model = model
        self.fixed = fixed
        names = FileNames.mps(model, fixed: fixed)
        out = ByteWriter(capacity: 64 + 40 * (model.nonzeroCount + model.variableCount + model.constraintCount))
    }

    mutating func write() {
        let columns = model.columnMajorMatrix()
        out.append("* Problem: \(model.name)\n* Rows: \(model.constraintCount), columns: \(model.variableCount), nonzeros: \(model.nonzeroCount)\n")
        let title = model.name.isEmpty ? "model" : String(model.name.map { $0 == " " || $0 == "\t" ? "_" : $0 })
        out.append(fixed ? "NAME          \(title)\n" : "NAME \(title)\n")
        if model.objectiveSense == .maximize { out.append("OBJSENSE\n    MAX\n") }
        out.append("ROWS\n")
        rowLine("N", names.objective)
        for r in 0..<model.constraintCount { rowLine(rowType(r), names.rows[r]) }
        out.append("COLUMNS\n")
        var inIntegerBlock = false, markers = 0
        for j in 0..<model.variableCount {
            let integral = model.columnKinds[j] != .continuous
            if integral != inIntegerBlock {
                markers += 1
                field(4, "M\(markers)", width: 8)
                field(2, "'MARKER'", width: 8)
                field(17, integral ? "'INTORG'" : "'INTEND'", width: 8)
                out.newline()
                inIntegerBlock = integral
            }
            let name = names.columns[j]
            let cost = model.objectiveCoefficients[j]
            let range = columns.start[j]..<columns.start[j + 1]
            if cost != 0 || range.isEmpty { entry(name, names.objective, cost) }
            for k in range { entry(name, names.rows[Int(columns.rows[k])], columns.values[k]) }
        }
        if inIntegerBlock {
            field(4, "M\(markers + 1)", width: 8)
            field(2, "'MARKER'", width: 8)
            field(17, "'INTEND'", width: 8)
            out.newline()
        }
        writeRightHandSides()
        writeRanges()
        writeBounds()
        writeQuadraticMatrices()
        out.append("ENDATA\n")
    }

    /// N, L, G or E for row `r`; a ranged row is G when lo + (hi − lo) == hi, else L.
    func rowType(_ r: Int) -> String {
        let lower = model.rowLower[r], upper = model.rowUpper[r]
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): return "N"
        case (true, false): return "G"
        case (false, true): return "L"
        case (true, true):
            if lower == upper { return "E" }
            return lower + (upper - lower) == upper || upper - (upper - lower) != lower ? "G" : "L"
        }
    }

    mutating func writeRightHandSides() {
        out.append("RHS\n")
        if model.objectiveConstant != 0 { entry(rowSet, names.objective, -model.objectiveConstant) }
        for r in 0..<model.constraintCount {
            let value: Double
            switch rowType(r) {
            case "G", "E": value = model.rowLower[r]
            case "L": value = model.rowUpper[r]
            default: continue
            }
            if value != 0 { entry(rowSet, names.rows[r], value) }
        }
    }

    mutating func writeRanges() {
        let ranged = (0..<model.constraintCount).filter {
            model.rowLower[$0].isFinite && model.rowUpper[$0].isFinite && model.rowLower[$0] != model.rowUpper[$0]
        }
        guard !ranged.isEmpty else { return }
        out.append("RANGES\n")
        for r in ranged { entry(rangeSet, names.rows[r], model.rowUpper[r] - model.rowLower[r]) }
    }

    mutating func writeBounds() {
        var started = false
        for j in 0..<model.variableCount {
            let lower = model.columnLower[j], upper = model.columnUpper[j], kind = model.columnKinds[j]
            var records: [(String, Double?)] = []
            if kind == .binary && lower == 0 && upper == 1 {
                records = [("BV", nil)]
            } else if lower == upper {
                records = [("FX", lower)]
            } else if !lower.isFinite && !upper.isFinite {
                records = [("FR", nil)]
            } else {
                if !lower.isFinite { records.append(("MI", nil)) } else if lower != 0 { records.append(("LO", lower)) }
                if upper.isFinite { records.append(("UP", upper)) } else if kind != .continuous { records.append(("PL", nil)) }
            }
            for (type, value) in records {
                if !started { out.append("BOUNDS\n"); started = true }
                out.append(0x20)
                out.append(type)
                field(1, boundSet, width: 8)
                field(2, names.columns[j], width: 8)
                if let value { number(value) }
                out.newline()
            }
        }
    }

    mutating func rowLine(_ type: String, _ name: String) {
        out.append(0x20)
        out.append(type)
        field(fixed ? 2 : 1, name, width: 0)
        out.newline()
    }

    /// A data line `name row value` (fields 2–4).
    mutating func entry(_ name: String, _ row: String, _ value: Double) {
        field(4, name, width: 8)
        field(2, row, width: 8)
        number(value)
        out.newline()
    }

    /// `gap` blanks (1 in free MPS) then `text`, padded to `width` in fixed MPS.
    mutating func field(_ gap: Int, _ text: String, width: Int) {
        out.spaces(fixed ? gap : 1)
        out.append(text)
        if fixed { out.spaces(width - text.utf8.count) }
    }

    /// Two blanks then the number right-aligned in 12 characters (fixed), or one blank and the exact number.
    mutating func number(_ value: Double) {
        if fixed {
            let text = NumberText.text(value, width: 12)
            out.spaces(2 + 12 - text.utf8.count)
            out.append(text)
        } else {
            out.append(0x20)
            out.append(number: value)
        }
    }
}
