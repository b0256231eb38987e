import ArgumentParser

/// The `nexus` command: mathematical programming for water–carbon problems, backed by GLPK.
@main
struct Nexus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nexus",
        abstract: "Mathematical programming for water–carbon problems, backed by GLPK.",
        version: "0.1.0",
        subcommands: [
            SolveCommand.self,
            SweepCommand.self,
            MergeCommand.self,
            CompareCommand.self,
            ReportCommand.self,
            ChooseCommand.self,
            NetworkCommand.self,
        ]
    )
}
