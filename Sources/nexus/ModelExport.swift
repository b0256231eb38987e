import ArgumentParser
import Foundation
import WaterNexusGLPK
import WaterNexusModel

/// `--write-mps` / `--write-lp` / `--fixed-mps` for every command that builds models:
/// `@OptionGroup var export: ModelExportOptions`, then `try export.export(model, name: "…")` per model.
struct ModelExportOptions: ParsableArguments {
    @Option(name: .customLong("write-mps"), help: ArgumentHelp(
        "Write each model solved as MPS into this directory (as <name>.mps); a path ending in .mps is the file itself.",
        valueName: "dir"))
    var writeMps: String?

    @Option(name: .customLong("write-lp"), help: ArgumentHelp(
        "Write each model solved as CPLEX LP into this directory (as <name>.lp); a path ending in .lp is the file itself.",
        valueName: "dir"))
    var writeLp: String?

    @Flag(name: .customLong("fixed-mps"), help: "Write fixed-layout MPS (8-character names, else positional names C0000001/R0000001).")
    var fixedMps = false

    /// Writes `model` to the requested places; `name` becomes the file name (characters other than
    /// letters, digits, `-`, `_` and `.` are replaced by `_`).
    func export(_ model: Model, name: String) throws {
        if let writeMps {
            try Self.write(model.mpsBytes(format: fixedMps ? .fixed : .free), to: Self.destination(writeMps, name: name, extension: "mps"))
        }
        if let writeLp {
            try Self.write(model.lpBytes(), to: Self.destination(writeLp, name: name, extension: "lp"))
        }
    }

    /// Whether any model file was asked for.
    var isRequested: Bool { writeMps != nil || writeLp != nil }

    /// The solver of a command: GLPK, wrapped in a ``RecordingSolver`` that writes every model it solves
    /// when files are asked for, as `<prefix>_<n>_<label>` (n counts the solves from 1, so file names sort
    /// in solve order) or, with `numbered: false`, as `<prefix>_<label>`.
    func solver(prefix: String, numbered: Bool = true) -> any LinearSolver {
        guard isRequested else { return GLPKSolver() }
        let counter = SolveCounter()
        return RecordingSolver(GLPKSolver()) { label, model in
            try self.export(model, name: numbered ? "\(prefix)_\(counter.next())_\(label)" : "\(prefix)_\(label)")
        }
    }

    /// `path` itself when it ends in `.ext`, else `path/name.ext` (the directory is created).
    static func destination(_ path: String, name: String, extension ext: String) throws -> URL {
        let url = URL(fileURLWithPath: path)
        if url.pathExtension.lowercased() == ext { return url }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
        return url.appendingPathComponent((safe.isEmpty ? "model" : safe) + "." + ext)
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
            throw CommandFailure("cannot write \(url.path); check that the folder is writable")
        }
    }
}

/// Numbers the solves of one command run (the observer may be called from any thread).
final class SolveCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        let digits = String(count)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
