import Foundation

extension QuadraticModel {
    /// The QCP as a CPLEX LP file: the linear model as ``Model/lpText()`` writes it, with each row's product
    /// terms in brackets after its linear terms, e.g. `mass: w - [ f * c ] = 0` (`[ x ^ 2 ]` for a square).
    /// CPLEX, Gurobi and SCIP read bracketed terms in constraints at face value (no factor ½, unlike the
    /// objective). Numbers are exact and names are handled as in ``Model/lpText()``.
    /// - Complexity: O(variables + constraints + nonzeros + product terms).
    public func lpBytes() -> [UInt8] {
        var writer = LPWriter(model: model)
        writer.quadratic = termsByRow
        writer.write()
        return writer.out.bytes
    }

    /// The QCP as a free MPS file: the linear model as ``Model/mpsText(format:)`` writes it, then one
    /// `QCMATRIX row` section per quadratic row holding the full symmetric matrix Q of the row's term xᵀQx:
    /// a product a·x·y (x ≠ y) is written as both `x y a/2` and `y x a/2`, a square a·x² as `x x a`.
    /// This is the convention of CPLEX and Gurobi (which require the symmetric matrix) and of SCIP (which
    /// adds every entry, so the halves sum back to a).
    /// - Complexity: O(variables + constraints + nonzeros + product terms).
    public func mpsBytes() -> [UInt8] {
        var writer = MPSWriter(model: model, fixed: false)
        writer.quadratic = quadraticRows
        writer.write()
        return writer.out.bytes
    }

    /// Writes the QCP to `url` as free MPS (`.mps`) or CPLEX LP (`.lp`).
    /// - Throws: ``ModelFileError`` for another extension or when the file cannot be written.
    public func write(to url: URL) throws {
        let bytes = switch try ModelFileFormat(url: url) {
        case .mps: mpsBytes()
        case .lp: lpBytes()
        }
        try Model.writeBytes(bytes, to: url)
    }
}

extension MPSWriter {
    /// One `QCMATRIX` section per quadratic row: the symmetric matrix, entries sorted by (column, column),
    /// repeated pairs summed.
    mutating func writeQuadraticMatrices() {
        for (constraint, terms) in quadratic where !terms.isEmpty {
            var entries: [Pair: Double] = [:]
            for term in terms {
                let i = term.first.index, j = term.second.index
                if i == j {
                    entries[Pair(i, j), default: 0] += term.coefficient
                } else {
                    entries[Pair(i, j), default: 0] += term.coefficient / 2
                    entries[Pair(j, i), default: 0] += term.coefficient / 2
                }
            }
            out.append("QCMATRIX \(names.rows[constraint.index])\n")
            for pair in entries.keys.sorted() where entries[pair] != 0 {
                field(4, names.columns[pair.row], width: 8)
                field(2, names.columns[pair.column], width: 8)
                number(entries[pair]!)
                out.newline()
            }
        }
    }

    /// A position in a symmetric matrix, ordered row-major.
    struct Pair: Hashable, Comparable {
        var row: Int, column: Int
        init(_ row: Int, _ column: Int) {
            self.row = row
            self.column = column
        }
        static func < (a: Pair, b: Pair) -> Bool { (a.row, a.column) < (b.row, b.column) }
    }
}
