// libFuzzer entry point for the input layer's CSV reader. The first byte picks comment handling; the rest
// is the file's text. Any input must give a sheet or a thrown InputError: never a crash or a hang. A sheet
// that was read must be consistent: every row as wide as the header, lines increasing.
import FuzzDriver
import WaterNexusInput

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    guard let sheet = try? CSVSheet(text: text, file: "fuzz.csv", allowsComments: data[0] & 1 == 1) else { return 0 }
    var previous = sheet.headerLine
    for row in sheet.rows {
        precondition(row.cells.count == sheet.header.count, "a row of another width was accepted")
        precondition(row.line > previous, "row lines do not increase")
        previous = row.line
        for column in sheet.header { _ = try? row.number(column); _ = try? row.tag(column) }
    }
    return 0
}

/// SwiftPM names an executable's entry point after the target; hand control to libFuzzer's driver.
@_cdecl("fuzz_csv_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzzCSV($0, $1) }
}
