// libFuzzer entry point for the YAML model-file loaders. The first byte picks the loader; the rest is
// the file's text, parsed as if it were Models/<case>.yaml so that its CSV references resolve. Any
// input must give a model or a thrown error: never a crash or a hang.
import Foundation
import WaterNexusAllocation
import WaterNexusBatch

let repository = ProcessInfo.processInfo.environment["WATERNEXUS_ROOT"] ?? FileManager.default.currentDirectoryPath

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    switch selector % 2 {
    case 0: _ = try? AllocationCase.parse(yaml: text, file: repository + "/Models/yiwu.yaml")
    default: _ = try? SweepSpec.parse(yaml: text, file: "fuzz.yaml")
    }
    return 0
}
