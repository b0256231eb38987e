import Foundation
import Testing

/// `nexus network MODEL --write-qcp PATH`, run as a process on the built binary.
@Suite(.serialized)
struct NetworkQCPCommandTests {
    /// Both formats are written next to the usual solve: LP with bracketed products, MPS with QCMATRIX.
    @Test func writesLPAndMPS() throws {
        let folder = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["lp", "mps"] {
            let file = folder.appendingPathComponent("recycle.\(format)")
            let result = try ExternalTools.runNexus(["network", "Models/network/recycle_tradeoff.yaml", "--write-qcp", file.path, "--json"])
            #expect(result.status == 0, "\(result.errors)")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(format == "lp" ? "bil_2_0: + w_2_0 + [ - f_2 * c_1_0 ] = 0" : "QCMATRIX bil_2_0\n f_2 c_1_0 -0.5\n c_1_0 f_2 -0.5\n"), "\(text)")
        }
    }

    @Test func concaveCapexIsRefusedByName() throws {
        let file = try ExternalTools.temporaryDirectory().appendingPathComponent("concave.lp")
        let result = try ExternalTools.runNexus(["network", "Models/network/concave_capex.yaml", "--write-qcp", file.path])
        #expect(result.status != 0)
        #expect(result.errors.contains("--write-qcp: treatment T, technology B: the concave capital cost"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func otherExtensionsAreRejected() throws {
        let result = try ExternalTools.runNexus(["network", "Models/network/recycle_tradeoff.yaml", "--write-qcp", "/tmp/model.gms"])
        #expect(result.status != 0)
        #expect(result.errors.contains("--write-qcp needs a path ending in .lp or .mps"), "\(result.errors)")
    }
}
