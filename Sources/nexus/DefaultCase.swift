import Foundation
import WaterNexusBundled

/// Where the default job finds its case: the repository's Models/yiwu.yaml when run inside the repository,
/// otherwise the copy embedded in the binary, written into the result folder so that the inputs can be read,
/// edited and rerun.
enum DefaultCase {
    /// The embedded files of the bundled case, kept at their repository paths (the model's `data:` is relative).
    static let files = BundledFiles.files(at: "Models/yiwu.yaml") + BundledFiles.files(at: "Data/yiwu")

    /// The folder inside the result folder that receives the bundled case.
    static func folder(out: String) -> String { (out as NSString).appendingPathComponent("case") }

    /// The model file to run: the repository's, or the bundled one under `out`/case (written when missing,
    /// kept when there, so edits to it are used).
    static func modelPath(out: String) throws -> String {
        if let repository = try? AllocationCLI.findBundledModel() { return repository }
        let folder = folder(out: out)
        let model = (folder as NSString).appendingPathComponent("Models/yiwu.yaml")
        if FileManager.default.fileExists(atPath: model) {
            note("Using the case in \(folder)/ (delete that folder to restore the bundled one).")
        } else {
            try BundledFiles.write(files, stripping: "", into: URL(fileURLWithPath: folder))
            note("Wrote the bundled Yiwu case to \(folder)/; edit it and rerun with --case \(model).")
        }
        return model
    }

    /// A line on standard error (standard output may be JSON).
    private static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
