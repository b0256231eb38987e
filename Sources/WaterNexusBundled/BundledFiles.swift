import Foundation

/// A file carried inside the binary: its path in the repository and its bytes.
public struct BundledFile: Sendable {
    /// The path relative to the repository root, e.g. `Models/yiwu.yaml`.
    public let path: String
    /// The file's bytes.
    public let contents: Data

    init(path: String, base64: String) {
        self.path = path
        // The generator writes valid base64; the embedding test compares every file with its source.
        self.contents = Data(base64Encoded: base64) ?? Data()
    }
}

/// Files embedded in the binary by `Scripts/embed_files.sh` (generated source, so a copied or installed
/// binary keeps them): the bundled Yiwu case of the default job and the `nexus init` templates.
public enum BundledFiles {
    /// The folders (and single files) the generator embeds, relative to the repository root.
    public static let embeddedRoots = ["Models/yiwu.yaml", "Data/yiwu", "Templates"]

    /// Every embedded file, sorted by path.
    public static var all: [BundledFile] { embedded }

    /// The embedded files at `prefix` (a file path or a folder, without trailing slash), sorted by path.
    public static func files(at prefix: String) -> [BundledFile] {
        embedded.filter { $0.path == prefix || $0.path.hasPrefix(prefix + "/") }
    }

    /// The destination of each file when the files are copied into `directory` with the leading
    /// `stripping` folder removed from their paths ("" keeps the repository paths).
    public static func destinations(of files: [BundledFile], stripping: String, into directory: URL) -> [(file: BundledFile, url: URL)] {
        files.map { file in
            let relative = stripping.isEmpty ? file.path : String(file.path.dropFirst(stripping.count + 1))
            return (file, directory.appendingPathComponent(relative))
        }
    }

    /// Writes `files` into `directory` (see ``destinations(of:stripping:into:)``), creating folders.
    /// - Returns: the written paths relative to `directory`, in order.
    @discardableResult
    public static func write(_ files: [BundledFile], stripping: String, into directory: URL) throws -> [String] {
        try destinations(of: files, stripping: stripping, into: directory).map { file, url in
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url, options: .atomic)
            return String(url.path.dropFirst(directory.path.count + 1))
        }
    }
}
