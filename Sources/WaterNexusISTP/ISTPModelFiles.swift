import Foundation
import WaterNexusModel

/// Writes submodels as MPS or LP files: the one place where the ISTP code writes model files.
public enum ISTPModelFiles {
    public enum Format: String, Sendable { case mps, lp }

    /// Writes `model` to `directory/baseName.<format>`.
    /// - Throws: ``ISTPError`` until the modeler's native MPS/LP writers (`Model.mpsText()`, `Model.lpText()`)
    ///   are part of the package; this function is where they are called.
    public static func write(_ model: Model, format: Format, directory: String, baseName: String) throws {
        throw ISTPError.invalidProblem(
            "cannot write \(baseName).\(format.rawValue): the MPS/LP writers are not part of this build yet; run without --write-\(format.rawValue)")
    }
}
