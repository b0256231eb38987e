import WaterNexusInput

extension AllocationCase {
    /// Whether `text` looks like an allocation model file: YAML whose top level is a mapping with a
    /// `users` key (required in every allocation model). Says nothing about its validity.
    public static func recognizes(yaml text: String) -> Bool {
        guard let top = try? YAMLDocument.parse(text, file: "").mapping() else { return false }
        return top["users"] != nil
    }
}
