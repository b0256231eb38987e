import Yams

/// The one YAML reader behind every model file: Yams nodes that keep their line and column, wrapped as
/// ``YAMLValue``s whose errors name the file, the line and the field path.
public enum YAMLDocument {
    /// The root of the YAML file at `path`; `shownAs` names it in errors (default: `path`).
    public static func load(_ path: String, shownAs: String? = nil) throws(InputError) -> YAMLValue {
        try parse(try TextFile.read(path, shownAs: shownAs), file: shownAs ?? path, path: path)
    }

    /// The root of YAML `text`; `file` names it in errors, `path` anchors relative data paths.
    /// - Throws: ``InputError`` for an empty text, a syntax error or a key repeated in one mapping, with its line.
    public static func parse(_ text: String, file: String, path: String? = nil) throws(InputError) -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: TextFile.withoutByteOrderMark(text))
        } catch let error as YamlError {
            throw inputError(error, file: file)
        } catch {
            throw InputError(file: file, problem: "not valid YAML: \(error)", fix: "fix the YAML syntax")
        }
        guard let node else {
            throw InputError(file: file, line: 1, problem: "the file is empty", fix: "write the model (see the format in docs/)")
        }
        return YAMLValue(node: node, file: file, path: path ?? file, field: "")
    }

    static func inputError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return InputError(file: file, line: context.mark.line, column: context.mark.column,
                              problem: "the key \(keys) appears twice in one mapping", fix: "keep one of them")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return InputError(file: file, line: mark.line, column: mark.column, problem: "not valid YAML: \(detail)",
                              fix: "check the indentation and the ':' and '-' marks on this line and the one before")
        case let .reader(problem, _, _, _):
            return InputError(file: file, problem: "not valid YAML text: \(problem)", fix: "save the file as UTF-8 text")
        default:
            return InputError(file: file, problem: "not valid YAML: \(error)", fix: "fix the YAML syntax")
        }
    }
}
