/// The names a model's columns, rows and objective get in a file.
///
/// - Free MPS: the model's names (they contain no blanks).
/// - Fixed MPS: names have at most 8 characters. When any column name is longer, every column is
///   renamed `C0000001`, `C0000002`, … (1-based column number); likewise rows become `R0000001`, …
///   and the objective `R0000000` when any row or the objective name is longer. Renaming a whole
///   family keeps the names unique and the scheme predictable (name = position).
/// - CPLEX LP: names that GLPK, CBC and HiGHS read unchanged are kept; `[` and `]` (which none of
///   them accepts) become `(` and `)` as in GLPK's own LP writer; a name that would then clash with
///   another, or that is an LP keyword (`inf`, `end`, `bounds`, …), falls back to its default name
///   `_c<n>` / `_r<n>`.
struct FileNames {
    var columns: [String]
    var rows: [String]
    var objective: String

    static func mps(_ model: Model, fixed: Bool) -> FileNames {
        var columns = model.variables.map { model.name(of: $0) }
        var rows = model.constraints.map { model.name(of: $0) }
        var objective = uniqueObjectiveName(model.objectiveName, model: model)
        if fixed {
            if columns.contains(where: { $0.utf8.count > 8 }) {
                columns = columns.indices.map { positionalName("C", $0 + 1) }
            }
            if objective.utf8.count > 8 || rows.contains(where: { $0.utf8.count > 8 }) {
                rows = rows.indices.map { positionalName("R", $0 + 1) }
                objective = positionalName("R", 0)
            }
        }
        return FileNames(columns: columns, rows: rows, objective: objective)
    }

    static func lp(_ model: Model) -> FileNames {
        func adjusted(_ names: [String], defaultName: (Int) -> String, exists: (String) -> Bool) -> [String] {
            guard names.contains(where: { !isLPName($0) }) else { return names }
            var taken = Set<String>()
            return names.enumerated().map { index, name in
                guard !isLPName(name) else { return name }
                let candidate = String(name.map { $0 == "[" ? "(" : $0 == "]" ? ")" : $0 })
                if isLPName(candidate), !exists(candidate), taken.insert(candidate).inserted { return candidate }
                return defaultName(index)
            }
        }
        let columns = adjusted(model.variables.map { model.name(of: $0) }, defaultName: { "_c\($0 + 1)" },
                               exists: { model.variable(named: $0) != nil })
        let rows = adjusted(model.constraints.map { model.name(of: $0) }, defaultName: { "_r\($0 + 1)" },
                            exists: { model.constraint(named: $0) != nil })
        var objective = uniqueObjectiveName(model.objectiveName, model: model)
        if !isLPName(objective) { objective = "obj" }
        return FileNames(columns: columns, rows: rows, objective: objective)
    }

    /// Characters besides letters and digits that CPLEX LP readers (GLPK, CBC, HiGHS) accept in names.
    static let lpSymbols: Set<UInt8> = Set("_.(){},~#$%&@!?;'/|\"`".utf8)

    static func isLPName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first != UInt8(ascii: "."), !(0x30...0x39).contains(first) else { return false }
        return name.utf8.allSatisfy { isAlphanumeric($0) || lpSymbols.contains($0) } && !lpKeywords.contains(name.lowercased())
    }

    /// Words an LP reader takes for a number or a section heading when they stand where a name would:
    /// `inf`/`infinity` in expressions, section words at the start of a Bounds or Generals line.
    static let lpKeywords: Set<String> = [
        "inf", "infinity", "free", "st", "s.t.", "st.", "subject", "such", "bound", "bounds", "end",
        "gen", "general", "generals", "integer", "integers", "bin", "binary", "binaries",
        "min", "max", "minimize", "maximize", "minimum", "maximum", "minimise", "maximise",
        "semi", "semis", "semi-continuous", "sos",
    ]

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// `prefix` and `number`, zero-padded to 8 characters (base 36 beyond 9,999,999).
    static func positionalName(_ prefix: String, _ number: Int) -> String {
        let digits = number < 10_000_000 ? String(number) : String(number, radix: 36, uppercase: true)
        return prefix + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// The objective's name, changed (by appending `_`) if a constraint has the same name.
    static func uniqueObjectiveName(_ name: String, model: Model) -> String {
        var name = name
        while model.constraint(named: name) != nil { name += "_" }
        return name
    }
}
