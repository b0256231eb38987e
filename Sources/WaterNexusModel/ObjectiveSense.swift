/// Whether an objective is minimized or maximized.
public enum ObjectiveSense: String, Sendable, Hashable, CaseIterable {
    case minimize, maximize
}
