import Foundation
import Testing

/// `nexus istp --calibration DIR` refuses a folder without its tables, naming what is missing.
struct ISTPCalibrationCommandTests {
    @Test func missingCalibrationTablesAreNamed() throws {
        let empty = try ExternalTools.temporaryDirectory()
        let result = try ExternalTools.runNexus(["istp", "Models/henan.yaml", "--calibration", empty.path])
        #expect(result.status != 0)
        #expect(result.errors.contains("no calibration.csv there"), "\(result.errors)")
    }
}
