// libFuzzer entry point for the YAML model-file loaders. The first byte picks the loader; the rest is
// the file's text, parsed as if it were Models/<case>.yaml so that its CSV references resolve. Any
// input must give a model or a thrown error: never a crash or a hang.
import Foundation
import FuzzDriver
import WaterNexusAllocation
import WaterNexusBatch
import WaterNexusISTP
import WaterNexusNetwork

let repository = ProcessInfo.processInfo.environment["WATERNEXUS_ROOT"] ?? FileManager.default.currentDirectoryPath

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    switch selector % 4 {
    case 0: _ = try? AllocationCase.parse(yaml: text, file: repository + "/Models/yiwu.yaml")
    case 1: _ = try? SweepSpec.parse(yaml: text, file: "fuzz.yaml")
    case 2: _ = try? ISTPCase.parse(yaml: text, file: repository + "/Models/henan.yaml")
    default: _ = try? NetworkModel.parse(yaml: text, file: "fuzz.yaml", directory: repository + "/Models/network")
    }
    return 0
}

/// SwiftPM names an executable's entry point after the target; hand control to libFuzzer's driver.
@_cdecl("fuzz_yaml_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzzYAML($0, $1) }
}
