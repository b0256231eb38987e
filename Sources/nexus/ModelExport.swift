import ArgumentParser
import Foundation
import WaterNexusModel
import WaterNexusMultiobjective

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

    /// Runs `body`, writing every model the exact multiobjective engine solves inside it as
    /// `<prefix>_<n>_<step>` (n counts the solves from 1, so file names sort in solve order).
    func exportingSolvedModels<T>(prefix: String, _ body: () throws -> T) throws -> T {
        guard isRequested else { return try body() }
        let counter = SolveCounter()
        let observer: @Sendable (String, Model) throws -> Void = { step, model in
            try self.export(model, name: "\(prefix)_\(counter.next())_\(step)")
        }
        return try ExactFront.$modelObserver.withValue(observer) { try body() }
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
