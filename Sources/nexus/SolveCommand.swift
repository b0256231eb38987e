import ArgumentParser
import Foundation
import WaterNexusGLPK
import WaterNexusModel

/// `nexus solve FILE`: reads an MPS or LP file and solves it with GLPK.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "solve", abstract: "Solve an MPS or LP file with GLPK.")

    @Argument(help: "The model file (.mps or .lp).")
    var file: String

    func run() throws {
        throw ValidationError("reading \(file): file readers are not built yet")
    }
}
