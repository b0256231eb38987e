import WaterNexusInput

/// The problems an allocation model file or its data can have, as the input layer's ``InputError``:
/// what is wrong, where (file, line, field) and what to do.
extension InputError {
    static func invalidYAML(file: String, problem: String) -> InputError {
        InputError(file: file, problem: "not valid YAML: \(problem)", fix: "fix the YAML syntax")
    }

    static func missingField(file: String, field: String, line: Int?) -> InputError {
        InputError(file: file, line: line, field: field, problem: "the field is missing", fix: "add it (see docs/allocation-model-format.md)")
    }

    static func invalidValue(file: String, field: String, line: Int?, problem: String, fix: String = "correct the value") -> InputError {
        InputError(file: file, line: line, field: field, problem: problem, fix: fix)
    }

    static func unknownName(file: String, field: String, line: Int?, name: String, kind: String, known: [String]) -> InputError {
        InputError(file: file, line: line, field: field, problem: "unknown \(kind) '\(name)'", fix: "use one of: \(known.joined(separator: ", "))")
    }

    static func invalidCSV(file: String, line: Int, problem: String, fix: String) -> InputError {
        InputError(file: file, line: line, problem: problem, fix: fix)
    }

    static func unknownColumn(file: String, field: String, csv: String, column: String, available: [String]) -> InputError {
        InputError(file: file, field: field, problem: "\(csv) has no column '\(column)'", fix: "use one of its columns: \(available.joined(separator: ", "))")
    }

    static func unknownKey(file: String, field: String, csv: String, keyColumn: String, key: String) -> InputError {
        InputError(file: file, field: field, problem: "\(csv) has no row with \(keyColumn) = '\(key)'", fix: "check the key, or add the row to \(csv)")
    }

    static func invalidCell(csv: String, line: Int, column: String, field: String, problem: String, fix: String) -> InputError {
        InputError(file: csv, line: line, field: column, problem: "\(problem) (read for '\(field)')", fix: fix)
    }
}
