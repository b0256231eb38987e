/// An invalid operation on a ``Model``: what was wrong, where, and what to do.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A name breaks the naming rules (see ``Model/validateName(_:)``).
    case invalidName(String, reason: String)
    /// A variable or constraint name is already used.
    case duplicateName(String, kind: String)
    /// A lower bound is above the upper bound, NaN, or infinite on the wrong side.
    case invalidBounds(name: String, lower: Double, upper: Double)
    /// A coefficient, bound or constant is NaN or infinite where a finite number is required.
    case nonFiniteNumber(String)
    /// A variable handle does not belong to the model (index out of range).
    case unknownVariable(index: Int, count: Int)
    /// A constraint handle does not belong to the model (index out of range).
    case unknownConstraint(index: Int, count: Int)
    /// A name that does not exist in the model was looked up.
    case unknownName(String, kind: String)
    /// A family of variables was subscripted with an index outside its index sets.
    case unknownIndex(String, family: String)

    public var description: String {
        switch self {
        case let .invalidName(name, reason):
            return "invalid name \"\(name)\": \(reason); use letters, digits and _.()[],{}~#$%&@!?;'/| and start with a letter, _ or ~"
        case let .duplicateName(name, kind):
            return "duplicate \(kind) name \"\(name)\": every \(kind) needs a unique name"
        case let .invalidBounds(name, lower, upper):
            return "invalid bounds on \"\(name)\": lower \(lower) and upper \(upper); need lower <= upper, lower < +inf, upper > -inf, no NaN"
        case let .nonFiniteNumber(place):
            return "non-finite number (NaN or infinity) in \(place); coefficients and constants must be finite"
        case let .unknownVariable(index, count):
            return "variable index \(index) is out of range: the model has \(count) variables (0..<\(count))"
        case let .unknownConstraint(index, count):
            return "constraint index \(index) is out of range: the model has \(count) constraints (0..<\(count))"
        case let .unknownName(name, kind):
            return "no \(kind) named \"\(name)\" in the model"
        case let .unknownIndex(index, family):
            return "no index (\(index)) in the variable family \"\(family)\"; use variable(at:) to test whether an index belongs to it"
        }
    }
}
