import ArgumentParser

/// The `nexus` command: mathematical programming for water–carbon problems, backed by GLPK.
@main
struct Nexus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nexus",
        abstract: "Mathematical programming for water–carbon problems, backed by GLPK.",
        discussion: ExitStatus.help,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self,
            SolveCommand.self,
            ParetoCommand.self,
            ChooseCommand.self,
            CompareCommand.self,
            ISTPCommand.self,
            ReportCommand.self,
            SweepCommand.self,
            MergeCommand.self,
            NetworkCommand.self,
            InitCommand.self,
        ],
        defaultSubcommand: DemoCommand.self
    )
}
