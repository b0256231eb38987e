import Foundation

/// A failure inside GLPK or while preparing its input, with GLPK's own message when it has one.
public struct GLPKError: Error, Sendable, CustomStringConvertible {
    /// What was being done ("loading the model", "branch-and-cut", …).
    public let operation: String
    /// The message, GLPK's text when GLPK raised the error.
    public let message: String

    /// Makes an error for `operation` with `message`.
    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String {
        "GLPK failed while \(operation): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
    }
}
