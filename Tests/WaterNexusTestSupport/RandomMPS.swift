import WaterNexusMultiobjective

/// Small random LP/MILP models as free MPS text, the same for the same seed: RANGES on every row type,
/// every bound type (FR, MI, PL, UP, LO, FX, BV, LI/UI), OBJSENSE MAX or MIN, an objective constant
/// (RHS on the objective row) and integer columns with explicit bounds. Tight rows and free columns
/// make many models infeasible or unbounded.
public enum RandomMPS {
    /// The MPS text of model `seed`.
    public static func text(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        let columns = 2 + random.nextIndex(below: 5)
        let rows = 1 + random.nextIndex(below: 5)
        var lines = ["NAME random\(seed)"]
        if random.nextIndex(below: 2) == 0 { lines += ["OBJSENSE", "    MAX"] } else { lines += ["OBJSENSE", "    MIN"] }
        let rowTypes = (0..<rows).map { _ in ["L", "G", "E"][random.nextIndex(below: 3)] }
        lines.append("ROWS")
        lines.append(" N obj")
        for (r, type) in rowTypes.enumerated() { lines.append(" \(type) r\(r)") }
        lines.append("COLUMNS")
        let integer = (0..<columns).map { _ in random.nextIndex(below: 2) == 0 }
        for j in 0..<columns {
            if integer[j] { lines.append("    M\(j) 'MARKER' 'INTORG'") }
            var entries = ["obj \(coefficient(&random))"]
            for r in 0..<rows where random.nextIndex(below: 3) != 0 { entries.append("r\(r) \(coefficient(&random))") }
            if entries.count == 1 { entries.append("r\(random.nextIndex(below: rows)) \(coefficient(&random))") }
            for entry in entries { lines.append("    x\(j) \(entry)") }
            if integer[j] { lines.append("    M\(j) 'MARKER' 'INTEND'") }
        }
        lines.append("RHS")
        if random.nextIndex(below: 2) == 0 { lines.append("    RHS obj \(random.nextIndex(below: 21) - 10)") }
        for r in 0..<rows where random.nextIndex(below: 5) != 0 { lines.append("    RHS r\(r) \(random.nextIndex(below: 21) - 10)") }
        var ranged = [String]()
        for r in 0..<rows where random.nextIndex(below: 3) == 0 {
            let width = random.nextIndex(below: 9) - (rowTypes[r] == "E" ? 4 : 0)
            ranged.append("    RNG r\(r) \(width == 0 && rowTypes[r] != "E" ? 1 : width)")
        }
        if !ranged.isEmpty { lines += ["RANGES"] + ranged }
        lines.append("BOUNDS")
        for j in 0..<columns {
            lines += (integer[j] ? integerBounds(&random) : continuousBounds(&random)).map { " \($0) BND x\(j)\($1.map { " \($0)" } ?? "")" }
        }
        lines.append("ENDATA")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A nonzero coefficient: an integer in −6…6 or a quarter.
    static func coefficient(_ random: inout SeededGenerator) -> String {
        let value = random.nextIndex(below: 12) - 6
        let whole = value >= 0 ? value + 1 : value
        return random.nextIndex(below: 4) == 0 ? "\(Double(whole) / 4)" : "\(whole)"
    }

    /// Bounds of an integer column, always explicit and finite on both sides (MARKER columns default to
    /// [0, 1]; finite boxes keep branch-and-bound finite on infeasible models).
    static func integerBounds(_ random: inout SeededGenerator) -> [(String, Int?)] {
        let lower = random.nextIndex(below: 9) - 4
        switch random.nextIndex(below: 6) {
        case 0: return [("BV", nil)]
        case 1: return [("FX", lower)]
        case 2: return [("LI", lower), ("UI", lower + random.nextIndex(below: 4))]
        case 3: return [("LI", -20), ("UI", 20)]
        case 4: return [("UI", lower + 5), ("LI", lower)]
        default: return [("LI", lower), ("UI", lower + random.nextIndex(below: 5))]
        }
    }

    /// Bounds of a continuous column (none: the default [0, ∞)).
    static func continuousBounds(_ random: inout SeededGenerator) -> [(String, Int?)] {
        let lower = random.nextIndex(below: 11) - 5
        switch random.nextIndex(below: 8) {
        case 0: return []
        case 1: return [("FR", nil)]
        case 2: return [("MI", nil)]
        case 3: return [("PL", nil)]
        case 4: return [("UP", random.nextIndex(below: 8))]
        case 5: return [("LO", lower)]
        case 6: return [("LO", lower), ("UP", lower + random.nextIndex(below: 7))]
        default: return [("FX", lower)]
        }
    }
}
