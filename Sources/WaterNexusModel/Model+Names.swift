extension Model {
    /// Characters allowed in names besides ASCII letters and digits; chosen so that every name is
    /// valid in free MPS and in CPLEX LP files as read by GLPK, HiGHS and CBC.
    public static let nameSymbols: Set<Character> = Set("_.()[]{},~#$%&@!?;'/|")

    /// Checks a user-supplied name; throws ``ModelError/invalidName(_:reason:)`` when it breaks a rule.
    ///
    /// Rules: 1–255 characters; ASCII letters, digits and ``nameSymbols``; the first character is a
    /// letter, `_` or `~` (`~` begins the auxiliary names GLPK writes into LP files, e.g. `~r_3`);
    /// names of the form `_c123` / `_r123` are reserved for unnamed columns and rows.
    public static func validateName(_ name: String) throws {
        let bytes = name.utf8
        guard let first = bytes.first else { throw ModelError.invalidName(name, reason: "the name is empty") }
        guard bytes.count <= 255 else { throw ModelError.invalidName(name, reason: "longer than 255 characters") }
        for byte in bytes where !isNameByte(byte) {
            let character = byte < 0x80 ? "\"\(Character(UnicodeScalar(byte)))\"" : "non-ASCII characters"
            throw ModelError.invalidName(name, reason: "\(character) not allowed")
        }
        guard isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "~") else {
            throw ModelError.invalidName(name, reason: "must start with a letter, _ or ~")
        }
        if isReservedDefaultName(name) {
            throw ModelError.invalidName(name, reason: "names like _c12 and _r12 are reserved for unnamed columns and rows")
        }
        if name == objectiveConstantColumn {
            throw ModelError.invalidName(name, reason: "it is reserved for the objective constant in LP files")
        }
    }

    private static let nameByteTable: [Bool] = (0..<256).map { byte in
        let scalar = UnicodeScalar(UInt8(byte))
        return byte < 0x80 && (isLetter(UInt8(byte)) || (0x30...0x39).contains(byte) || nameSymbols.contains(Character(scalar)))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool { nameByteTable[Int(byte)] }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isReservedDefaultName(_ name: String) -> Bool {
        let utf8 = Array(name.utf8)
        guard utf8.count >= 3, utf8[0] == UInt8(ascii: "_"),
              utf8[1] == UInt8(ascii: "c") || utf8[1] == UInt8(ascii: "r") else { return false }
        return utf8[2...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The column name under which LP files carry the objective constant (a column fixed at 1 whose
    /// cost is the constant); readers fold it back, and models may not use the name.
    public static let objectiveConstantColumn = "~objconst"

    /// The name of a variable: its given name, or `_c<n>` (1-based) when it has none.
    public func name(of variable: Variable) -> String {
        columnNames[variable.index] ?? "_c\(variable.index + 1)"
    }

    /// The name of a constraint: its given name, or `_r<n>` (1-based) when it has none.
    public func name(of constraint: Constraint) -> String {
        rowNames[constraint.index] ?? "_r\(constraint.index + 1)"
    }

    /// The variable with the given name (default names such as `_c3` included).
    public func variable(named name: String) -> Variable? {
        if let index = columnByName[name] { return Variable(index: index) }
        if Model.isReservedDefaultName(name), name.utf8.dropFirst().first == UInt8(ascii: "c"),
           let number = Int(name.dropFirst(2)), number >= 1, number <= variableCount, columnNames[number - 1] == nil {
            return Variable(index: number - 1)
        }
        return nil
    }

    /// The constraint with the given name (default names such as `_r3` included).
    public func constraint(named name: String) -> Constraint? {
        if let index = rowByName[name] { return Constraint(index: index) }
        if Model.isReservedDefaultName(name), name.utf8.dropFirst().first == UInt8(ascii: "r"),
           let number = Int(name.dropFirst(2)), number >= 1, number <= constraintCount, rowNames[number - 1] == nil {
            return Constraint(index: number - 1)
        }
        return nil
    }

    /// Sets the objective's name (used in MPS and LP files).
    public mutating func setObjectiveName(_ name: String) throws {
        try Model.validateName(name)
        objectiveName = name
    }
}
