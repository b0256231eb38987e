import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar for long runs, drawn on standard error.
///
/// It draws nothing when `quiet` is set or when standard error is not a terminal (logs and CI output stay
/// clean), and uses no colour when the `NO_COLOR` environment variable is set (https://no-color.org).
/// The line is only redrawn when what it shows changes.
///
/// ```swift
/// var progress = ProgressBar(total: points.count, label: "ε-constraint", quiet: options.quiet)
/// for k in points.indices { solve(k); progress.update(completed: k + 1) }
/// progress.finish()
/// ```
public struct ProgressBar {
    /// Total number of steps (at least 1).
    public let total: Int
    /// Text before the bar.
    public let label: String
    /// Whether anything is drawn.
    public let isEnabled: Bool
    /// Whether ANSI colour is used.
    public let usesColor: Bool
    /// Bar width in characters.
    public var barWidth = 30
    private let write: (String) -> Void
    private var lastLine = ""
    private(set) var completed = 0

    /// A bar on standard error, enabled only when stderr is a terminal and `quiet` is false.
    public init(total: Int, label: String, quiet: Bool = false,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(total: total, label: label, quiet: quiet, isTerminal: isatty(STDERR_FILENO) == 1,
                  environment: environment, write: { text in FileHandle.standardError.write(Data(text.utf8)) })
    }

    /// A bar writing through `write`, for callers that decide themselves where output goes (and for tests).
    public init(total: Int, label: String, quiet: Bool, isTerminal: Bool, environment: [String: String],
                write: @escaping (String) -> Void) {
        self.total = max(1, total)
        self.label = label
        self.isEnabled = isTerminal && !quiet
        // NO_COLOR: "when present and not an empty string", colour is off.
        self.usesColor = (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        self.write = write
    }

    /// The line shown after `completed` of `total` steps (without the leading carriage return).
    public func line(completed: Int) -> String {
        let done = min(max(0, completed), total)
        let filled = Int((Double(done) / Double(total) * Double(barWidth)).rounded(.down))
        let percent = Int((Double(done) / Double(total) * 100).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        let shownBar = usesColor ? "\u{1B}[32m" + String(bar.prefix(filled)) + "\u{1B}[0m" + String(bar.dropFirst(filled)) : bar
        return "\(label) [\(shownBar)] \(done)/\(total) \(percent)%"
    }

    /// Shows that `completed` steps are done.
    public mutating func update(completed: Int) {
        self.completed = completed
        guard isEnabled else { return }
        let text = line(completed: completed)
        guard text != lastLine else { return }
        lastLine = text
        write("\r" + text + "\u{1B}[K")
    }

    /// Advances by one step.
    public mutating func increment() { update(completed: completed + 1) }

    /// Ends the bar's line so later output starts on a fresh line.
    public mutating func finish() {
        guard isEnabled, !lastLine.isEmpty else { return }
        write("\n")
        lastLine = ""
    }
}
