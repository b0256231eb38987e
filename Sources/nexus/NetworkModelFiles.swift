import Foundation
import WaterNexusModel

/// Writes the models a network solve builds, one file per model. The only place that turns a ``Model``
/// into file text for `nexus network`.
enum NetworkModelFiles {
    nonisolated(unsafe) static var failure: String?

    static func prepare(mps: String?, lp: String?) throws {
        for directory in [mps, lp].compactMap({ $0 }) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
    }

    static func write(_ model: Model, label: String, mps: String?, lp: String?) {
        for (directory, format) in [(mps, "mps"), (lp, "lp")] {
            guard let directory else { continue }
            guard let text = fileText(model, format: format) else {
                failure = "writing .\(format) files is not available in this build (the MPS/LP writer is missing)"
                continue
            }
            try? text.write(toFile: "\(directory)/\(label).\(format)", atomically: true, encoding: .utf8)
        }
    }

    /// The model as free MPS or CPLEX LP text.
    static func fileText(_ model: Model, format: String) -> String? {
        format == "mps" ? model.mpsText(format: .free) : model.lpText()
    }
}
