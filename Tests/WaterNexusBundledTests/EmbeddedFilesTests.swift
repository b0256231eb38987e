import Foundation
import Testing
import WaterNexusBundled
import WaterNexusTestSupport

/// The files embedded in the binary are the repository's files, byte for byte, and all of them.
struct EmbeddedFilesTests {
    static let root = Subprocess.packageRoot
    static let regenerate = "run `bash Scripts/embed_files.sh` to regenerate Sources/WaterNexusBundled/EmbeddedFiles.swift"

    /// Every file under the embedded roots in the working tree, as repository paths, sorted.
    static func repositoryFiles() -> [String] {
        BundledFiles.embeddedRoots.flatMap { root -> [String] in
            let url = Self.root.appendingPathComponent(root)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [] }
            guard isFolder.boolValue else { return [root] }
            let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
            return (walker?.allObjects as? [URL] ?? [])
                .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
                .map { root + "/" + $0.path.dropFirst(url.path.count + 1) }
        }.sorted()
    }

    @Test func embeddedFilesEqualTheRepositoryFiles() throws {
        #expect(BundledFiles.all.map(\.path) == Self.repositoryFiles(), "the embedded file list differs; \(Self.regenerate)")
        for file in BundledFiles.all {
            let onDisk = try Data(contentsOf: Self.root.appendingPathComponent(file.path))
            #expect(!file.contents.isEmpty, "\(file.path) is empty in the binary; \(Self.regenerate)")
            #expect(file.contents == onDisk, "\(file.path) differs from its embedded copy; \(Self.regenerate)")
        }
    }

    @Test func defaultCaseAndEveryTemplateAreEmbedded() {
        let paths = Set(BundledFiles.all.map(\.path))
        #expect(paths.contains("Models/yiwu.yaml") && paths.contains("Data/yiwu/users.csv"))
        for template in CaseTemplate.allCases {
            #expect(paths.contains("\(template.folder)/\(template.modelFile)") && paths.contains("\(template.folder)/README.md"))
        }
    }
}
