import WaterNexusInput

extension NetworkModel {
    /// Whether `text` looks like a network model file: YAML whose top level is a mapping with a
    /// `contaminants` key (the one key every network model must have). Says nothing about its validity.
    public static func recognizes(yaml text: String) -> Bool {
        guard let top = try? YAMLDocument.parse(text, file: "").mapping() else { return false }
        return top["contaminants"] != nil
    }
}
