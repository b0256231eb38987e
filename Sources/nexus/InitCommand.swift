import ArgumentParser
import Foundation
import WaterNexusBundled

/// `nexus init FAMILY DIR`: writes a small working case to start a model from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small, commented, working case (YAML + CSV + README) to start your own model.",
        discussion: """
        FAMILY is allocation (run with nexus pareto), istp (nexus istp) or network (nexus network). Every value \
        is tagged synthetic; replace the values and tags with your own. Existing files are never replaced \
        unless --force is given.
        """)

    @Argument(help: "allocation, istp or network.")
    var family: CaseTemplate

    @Argument(help: "Folder to write into (created when missing).")
    var directory: String

    @Flag(help: "Overwrite files of the same name in DIR.")
    var force = false

    func run() throws {
        let written = try family.write(into: URL(fileURLWithPath: directory), overwrite: force)
        print("Wrote \(written.joined(separator: ", ")) to \(directory)/")
        print("Run it: cd \(directory) && nexus \(family.command) \(family.modelFile)   (README.md says what the files are)")
    }
}

extension CaseTemplate: ExpressibleByArgument {}
