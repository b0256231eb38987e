// libFuzzer entry point for the MPS and LP readers, compiled together with WaterNexusModel's sources
// by Fuzz/run.sh (FUZZ_FORMAT_MPS or FUZZ_FORMAT_LP selects the reader). Whatever the bytes, the
// reader must return a model or throw a ModelFileError; a model read must survive a write/read trip.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    #if FUZZ_FORMAT_LP
    guard let model = try? Model.readLP(bytes, file: "fuzz.lp") else { return 0 }
    let again = try? Model.readLP(model.lpBytes(), file: "again.lp")
    #else
    guard let model = try? Model.readMPS(bytes, file: "fuzz.mps") else { return 0 }
    let again = try? Model.readMPS(model.mpsBytes(), file: "again.mps")
    #endif
    // A model we wrote ourselves must read back with the same shape.
    guard let again, again.variableCount == model.variableCount, again.constraintCount == model.constraintCount,
          again.nonzeroCount == model.nonzeroCount else {
        fatalError("write/read trip changed the model's shape")
    }
    return 0
}
