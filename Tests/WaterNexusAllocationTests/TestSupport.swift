import WaterNexusInput
import Foundation
import WaterNexusAllocation
import WaterNexusTestSupport

/// The repository root (three folders above this file).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// The bundled Yiwu case.
func loadYiwu() throws -> AllocationCase {
    try AllocationCase.load(path: repositoryRoot + "/Models/yiwu.yaml")
}

/// The error thrown by `body`, as an InputError (nil if none or another type).
func caseError(_ body: () throws -> Void) -> InputError? {
    do {
        try body()
        return nil
    } catch let error as InputError {
        return error
    } catch {
        return nil
    }
}
