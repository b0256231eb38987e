import ArgumentParser

/// `--html` for commands that write a result folder: also write `report.json` and `report.html` there
/// (the command's output type builds the page; `ResultEmitter` writes it).
struct HTMLReportOption: ParsableArguments {
    @Flag(help: "Also write a self-contained report.html (and report.json) into the --out folder.")
    var html = false

    /// Checks that `--html` comes with an output folder.
    func validate(out: String?) throws {
        if html && out == nil { throw ValidationError("--html writes into the --out folder; give --out DIR") }
    }
}
