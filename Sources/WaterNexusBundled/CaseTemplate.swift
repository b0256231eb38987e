import Foundation

/// A starting case written by `nexus init`: a small, commented model file with its CSV tables and a
/// README, all values tagged `synthetic` (sources: `Templates/<family>/`, embedded in the binary).
public enum CaseTemplate: String, CaseIterable, Sendable {
    case allocation, istp, network

    /// The template's folder in the repository (and in the embedded files).
    public var folder: String { "Templates/\(rawValue)" }

    /// The template's embedded files, sorted by path.
    public var files: [BundledFile] { BundledFiles.files(at: folder) }

    /// The model file's name inside the written folder.
    public var modelFile: String { "\(rawValue).yaml" }

    /// The `nexus` subcommand that runs the model file.
    public var command: String {
        switch self {
        case .allocation: "pareto"
        case .istp: "istp"
        case .network: "network"
        }
    }

    /// The template's files that already exist in `directory` (paths relative to it).
    public func existingFiles(in directory: URL) -> [String] {
        BundledFiles.destinations(of: files, stripping: folder, into: directory)
            .filter { FileManager.default.fileExists(atPath: $0.url.path) }
            .map { String($0.url.path.dropFirst(directory.path.count + 1)) }
    }

    /// Writes the template into `directory` (created when missing).
    /// - Parameter overwrite: replace files that exist; otherwise nothing is written when any exists.
    /// - Returns: the written paths relative to `directory`.
    /// - Throws: ``CaseTemplateOverwriteError`` when files exist and `overwrite` is false.
    @discardableResult
    public func write(into directory: URL, overwrite: Bool = false) throws -> [String] {
        let existing = existingFiles(in: directory)
        if !existing.isEmpty && !overwrite {
            throw CaseTemplateOverwriteError(directory: directory.path, files: existing)
        }
        return try BundledFiles.write(files, stripping: folder, into: directory)
    }
}

/// `nexus init` found files it would replace; it wrote nothing.
public struct CaseTemplateOverwriteError: Error, CustomStringConvertible {
    /// The target folder.
    public var directory: String
    /// The files that exist, relative to `directory`.
    public var files: [String]

    public var description: String {
        "\(directory) already has \(files.joined(separator: ", ")); nothing was written. "
            + "Choose a new or empty folder, or pass --force to overwrite these files."
    }
}
