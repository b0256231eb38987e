extension Model {
    /// The model as a CPLEX LP file.
    ///
    /// Conventions (GLPK, CBC and HiGHS read these files alike unless noted):
    /// - Numbers are exact (shortest round-trip text, integers without `.0`).
    /// - Every column appears in the objective, in column order (`+ 0 x` when its cost is 0), so that
    ///   readers, which number columns by first appearance, keep the model's column order.
    /// - The objective constant c is written as `+ c ~objconst` with the bound `~objconst = 1` (GLPK's
    ///   LP reader rejects constant terms; every reader accepts a fixed column), and ``readLP(_:file:)-(String,_)``
    ///   folds that column back into the constant.
    /// - A ranged row `lo ≤ a·x ≤ hi` becomes two rows, `name: a·x >= lo` and `name~hi: a·x <= hi`
    ///   (none of the three readers accepts double inequalities); ``readLP(_:file:)-(String,_)`` joins them again.
    /// - A free row is written `name: a·x >= -1e+30`; every reader takes 1e30 as "no bound".
    /// - Integer columns are listed under `Generals`, binary ones under `Binaries`.
    /// - Names are kept, except that `[`/`]` (which GLPK and CBC reject) become `(`/`)`, and a name that
    ///   would then clash falls back to its default `_c<n>`/`_r<n>`. CBC also rejects `/`, `|` and names
    ///   over 100 characters (it then uses its own names); GLPK and HiGHS read them.
    /// - Complexity: O(variables + constraints + nonzeros).
    public func lpText() -> String { String(decoding: lpBytes(), as: UTF8.self) }

    /// The LP file's bytes (see ``lpText()``).
    public func lpBytes() -> [UInt8] {
        var writer = LPWriter(model: self)
        writer.write()
        return writer.out.bytes
    }
}

struct LPWriter {
    let model: Model
    let names: FileNames
    var out: ByteWriter
    var lineLength = 0
    /// Product terms per row number, written in brackets after the row's linear terms (QCP files).
    var quadratic: [Int: [QuadraticTerm]] = [:]
    static let rangeSuffix = "~hi"

    init(model: Model) {
        self.model = model
        names = FileNames.lp(model)
        out = ByteWriter(capacity: 64 + 24 * (model.nonzeroCount + 2 * model.variableCount + model.constraintCount))
    }

    mutating func write() {
        out.append("\\ Problem: \(model.name)\n")
        out.append(model.objectiveSense == .maximize ? "Maximize\n" : "Minimize\n")
        startLine(" \(names.objective):")
        for j in 0..<model.variableCount { term(model.objectiveCoefficients[j], names.columns[j], keepZero: true) }
        if model.objectiveConstant != 0 { term(model.objectiveConstant, Model.objectiveConstantColumn, keepZero: false) }
        out.newline()
        out.append("Subject To\n")
        let rowNames = Set(names.rows)
        for r in 0..<model.constraintCount {
            let lower = model.rowLower[r], upper = model.rowUpper[r]
            if lower.isFinite, upper.isFinite, lower != upper {
                var highName = names.rows[r] + LPWriter.rangeSuffix
                while rowNames.contains(highName) { highName += "~" }
                row(r, name: names.rows[r], relation: ">=", rhs: lower)
                row(r, name: highName, relation: "<=", rhs: upper)
            } else if lower == upper {
                row(r, name: names.rows[r], relation: "=", rhs: lower)
            } else if lower.isFinite {
                row(r, name: names.rows[r], relation: ">=", rhs: lower)
            } else if upper.isFinite {
                row(r, name: names.rows[r], relation: "<=", rhs: upper)
            } else {
                row(r, name: names.rows[r], relation: ">=", rhs: -NumberText.infinityThreshold)
            }
        }
        writeBounds()
        writeKinds(.integer, header: "Generals")
        writeKinds(.binary, header: "Binaries")
        out.append("End\n")
    }

    mutating func row(_ r: Int, name: String, relation: String, rhs: Double) {
        startLine(" \(name):")
        let range = model.rowStart[r]..<model.rowStart[r + 1]
        if range.isEmpty, model.variableCount > 0 { term(0, names.columns[0], keepZero: true) }
        for k in range { term(model.rowValues[k], names.columns[Int(model.rowColumns[k])], keepZero: false) }
        if let products = quadratic[r], !products.isEmpty {
            piece(" + [")
            for product in products {
                let first = names.columns[product.first.index], second = names.columns[product.second.index]
                term(product.coefficient, first == second ? "\(first) ^ 2" : "\(first) * \(second)", keepZero: true)
            }
            piece(" ]")
        }
        piece(" \(relation) \(NumberText.text(rhs))")
        out.newline()
    }

    mutating func writeBounds() {
        var started = false
        defer {
            if model.objectiveConstant != 0 {
                if !started { out.append("Bounds\n") }
                out.append(" \(Model.objectiveConstantColumn) = 1\n")
            }
        }
        for j in 0..<model.variableCount {
            let lower = model.columnLower[j], upper = model.columnUpper[j], kind = model.columnKinds[j]
            if lower == 0 && (upper == .infinity || (kind == .binary && upper == 1)) { continue }
            if !started { out.append("Bounds\n"); started = true }
            let name = names.columns[j]
            switch (lower.isFinite, upper.isFinite) {
            case (false, false): out.append(" \(name) free\n")
            case (false, true): out.append(" -inf <= \(name) <= \(NumberText.text(upper))\n")
            case (true, false): out.append(" \(name) >= \(NumberText.text(lower))\n")
            case (true, true):
                if lower == upper {
                    out.append(" \(name) = \(NumberText.text(lower))\n")
                } else {
                    out.append(" \(NumberText.text(lower)) <= \(name) <= \(NumberText.text(upper))\n")
                }
            }
        }
    }

    mutating func writeKinds(_ kind: VariableKind, header: String) {
        var started = false
        for j in 0..<model.variableCount where model.columnKinds[j] == kind {
            if !started { out.append("\(header)\n"); started = true }
            out.append(" \(names.columns[j])\n")
        }
    }

    mutating func startLine(_ text: String) {
        out.append(text)
        lineLength = text.utf8.count
    }

    /// Appends `text`, breaking the line first when it would pass 78 characters.
    mutating func piece(_ text: String) {
        let length = text.utf8.count
        if lineLength + length > 78 && lineLength > 0 {
            out.newline()
            out.append(0x20)
            lineLength = 1
        }
        out.append(text)
        lineLength += length
    }

    mutating func term(_ coefficient: Double, _ name: String, keepZero: Bool) {
        guard coefficient != 0 || keepZero else { return }
        let sign = coefficient.sign == .minus ? " - " : " + "
        let magnitude = abs(coefficient)
        piece(magnitude == 1 ? "\(sign)\(name)" : "\(sign)\(NumberText.text(magnitude)) \(name)")
    }
}
