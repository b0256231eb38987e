import Foundation
import Testing
import WaterNexusInput

struct TextFileTests {
    @Test(arguments: [
        ("x.csv", "Models/net", "Models/net/x.csv"), ("../d/x.csv", "Models/net", "Models/d/x.csv"),
        ("/abs/./y.csv", "Models", "/abs/y.csv"), ("../../../z", "a", "../../z"), (".", "a/..", "."),
        ("data", "", "data"),
    ])
    func pathInFolderIsLexical(name: String, folder: String, expected: String) {
        #expect(TextFile.path(name, in: folder) == expected)
    }

    @Test func readDropsTheByteOrderMarkAndNamesMissingFiles() throws {
        let path = NSTemporaryDirectory() + "nexus-text-\(UUID().uuidString).csv"
        try Data([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try TextFile.read(path) == "a,b\n")
        let error = try #require(throws: InputError.self) { try TextFile.read(path + ".missing", shownAs: "m.csv") }
        #expect(error.file == "m.csv" && error.problem == "the file does not exist")
    }
}
