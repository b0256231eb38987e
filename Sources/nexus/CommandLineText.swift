/// The command line of this run as shown in reports ("nexus pareto Models/yiwu.yaml --out 'my out'").
enum CommandLineText {
    /// `nexus` and this process's arguments, those with spaces quoted.
    static var current: String {
        (["nexus"] + CommandLine.arguments.dropFirst()).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }
}
