extension Model {
    /// An expression as readable text with variable names, e.g. `2 x + y - 3`.
    public func text(of expression: LinearExpression) -> String {
        var text = ""
        for (variable, coefficient) in expression.merged().terms {
            let magnitude = abs(coefficient)
            let sign = coefficient < 0 ? "-" : "+"
            let factor = magnitude == 1 ? "" : "\(Model.shortNumber(magnitude)) "
            text += text.isEmpty ? (coefficient < 0 ? "-" : "") + factor + name(of: variable)
                : " \(sign) \(factor)\(name(of: variable))"
        }
        if expression.constant != 0 || text.isEmpty {
            let constant = expression.constant
            text += text.isEmpty ? Model.shortNumber(constant) : " \(constant < 0 ? "-" : "+") \(Model.shortNumber(abs(constant)))"
        }
        return text
    }

    /// A constraint as readable text, e.g. `cap: x + y <= 4` or `band: 1 <= x - y <= 2`.
    public func text(of constraint: Constraint) -> String {
        let (lower, upper) = bounds(of: constraint)
        let body = text(of: expression(of: constraint))
        let relation: String
        if lower == upper {
            relation = "\(body) = \(Model.shortNumber(lower))"
        } else if lower.isFinite && upper.isFinite {
            relation = "\(Model.shortNumber(lower)) <= \(body) <= \(Model.shortNumber(upper))"
        } else if upper.isFinite {
            relation = "\(body) <= \(Model.shortNumber(upper))"
        } else if lower.isFinite {
            relation = "\(body) >= \(Model.shortNumber(lower))"
        } else {
            relation = "\(body) free"
        }
        return "\(name(of: constraint)): \(relation)"
    }

    /// A number without a trailing ".0" when it is an integer.
    static func shortNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
