/// A failure that is not about the command line (a bad file, a failed write): printed as `Error: <message>`
/// with exit status 1, without the usage text that argument errors get.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
