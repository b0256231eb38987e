import Foundation

/// Reading an input file as text, the same way for every format.
public enum TextFile {
    /// The UTF-8 text of `path`, without a leading byte-order mark.
    /// - Parameter shownAs: the name errors give the file (default: `path`).
    /// - Throws: ``InputError`` when the file is missing, unreadable or not UTF-8.
    public static func read(_ path: String, shownAs: String? = nil) throws(InputError) -> String {
        let name = shownAs ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: name, problem: "the file does not exist", fix: "check the path (relative paths start at the model file's folder)")
        }
        guard !isDirectory.boolValue else {
            throw InputError(file: name, problem: "this is a folder, not a file", fix: "name a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: name, problem: "the file cannot be read", fix: "check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: name, problem: "the file is not UTF-8 text", fix: "save it as UTF-8 (CSV UTF-8 in a spreadsheet program)")
        }
        return withoutByteOrderMark(text)
    }

    /// `text` without a leading U+FEFF byte-order mark.
    public static func withoutByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// `name` resolved against the folder of `file` (absolute names are kept), with `.` and `..` removed.
    public static func resolve(_ name: String, relativeTo file: String) -> String {
        if name.hasPrefix("/") { return (name as NSString).standardizingPath }
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        let folder = (absolute as NSString).deletingLastPathComponent
        return ((folder as NSString).appendingPathComponent(name) as NSString).standardizingPath
    }

    /// `name` inside `folder` unless it is absolute, with `.` and `..` components resolved lexically; a
    /// relative result stays relative (`path("../d/x.csv", in: "Models/net")` → `Models/d/x.csv`;
    /// leading `..` are kept).
    public static func path(_ name: String, in folder: String) -> String {
        let joined = name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        let text = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? "/" + text : (text.isEmpty ? "." : text)
    }
}
