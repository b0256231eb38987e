import Foundation
import WaterNexusModel

/// Writes submodels as MPS or LP files: the one place where the ISTP code writes model files.
public enum ISTPModelFiles {
    public enum Format: String, Sendable { case mps, lp }

    /// Writes `model` to `directory/baseName.<format>` (free MPS or CPLEX LP, written by the modeler),
    /// creating the directory if needed, and returns the path.
    @discardableResult
    public static func write(_ model: Model, format: Format, directory: String, baseName: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("\(baseName).\(format.rawValue)")
        let text = format == .mps ? model.mpsText(format: .free) : model.lpText()
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ISTPError.invalidProblem("cannot write \(path): \(error.localizedDescription); check that the directory is writable")
        }
        return path
    }
}
