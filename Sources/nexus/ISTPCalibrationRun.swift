import ArgumentParser
import Foundation
import WaterNexusISTP

/// `nexus istp MODEL --calibration DIR`: fits the estimated inputs to the published outputs in `DIR`
/// and solves the conflicts listed there, for ``ISTPCalibrationOutput`` to show.
enum ISTPCalibrationRun {
    /// Runs the calibration of `istpCase` with `DIR/calibration.csv` and `DIR/published_outputs.csv`
    /// (progress on standard error) and solves `DIR/requirement_conflicts.csv` when present.
    static func run(_ istpCase: ISTPCase, folder: String) throws -> ISTPCalibrationOutput {
        for name in ["calibration.csv", "published_outputs.csv"]
        where !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name)) {
            throw ValidationError("--calibration \(folder): no \(name) there; the folder needs calibration.csv and published_outputs.csv (see Data/henan and docs/reproduction/henan.md)")
        }
        let spec = try CalibrationSpec.read((folder as NSString).appendingPathComponent("calibration.csv"))
        let targets = try PublishedTarget.read((folder as NSString).appendingPathComponent("published_outputs.csv"), for: istpCase)
        let calibration = ISTPCalibration(istpCase: istpCase, spec: spec, targets: targets)
        let fit = try calibration.fit { line in FileHandle.standardError.write(Data("calibration: \(line)\n".utf8)) }
        return ISTPCalibrationOutput(istpCase: istpCase, calibration: try CalibrationReport(calibration, fit: fit),
                                     conflicts: try ISTPCalibrationOutput.conflicts(folder: folder))
    }
}
