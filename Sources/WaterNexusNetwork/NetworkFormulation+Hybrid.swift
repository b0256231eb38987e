import WaterNexusModel

/// The mass `P = ρ · M` a technology with a throughput-dependent removal lets through: its pass fraction
/// `ρ = 1 − r(F)` (the fitted curve at the technology's throughput F) times its inlet mass `M` (g/h).
struct RemovalProduct {
    /// `pass_<node>_<technology>_<contaminant>`, the exact model's row name.
    var name: String
    var node: Int
    var slot: Int
    var technology: Int
    var contaminant: Int
    var passed: Variable
    var pass: Variable
    var inletMass: Variable
    var flow: Variable
}

extension NetworkFormulation {
    /// The load (g/h) a unit adds of contaminant `c`: 1000 × the fitted curve at the unit's throughput, embedded
    /// with λ/segment binaries (which also keep the throughput in the data's range), or 1000 × the fixed load.
    mutating func loadGrams(_ unit: WaterUnit, node id: Int, contaminant c: Int, throughput: LinearExpression,
                            fixed: Double) throws -> LinearExpression {
        guard let fitted = unit.loadCurve(c) else { return LinearExpression(constant: 1000 * fixed) }
        return 1000 * (try fitted.curve.embed(in: &model, argument: throughput, active: LinearExpression(constant: 1), name: "ld_\(id)_\(c)"))
    }

    /// The mass of contaminant `c` technology `j` of slot node `id` lets through, given its inlet mass `M` in
    /// [0, `massUpper`]: (1 − removal)·M for a fixed removal. For a fitted removal, `ρ = Σλ(1 − r) + ρ̄(1 − on)`
    /// from the curve's λ/segment embedding (which keeps a built technology in the data's range), and
    /// - relaxation: McCormick envelopes of `P = ρ·M` on ρ ∈ [ρ_lo, ρ_hi], the pass fractions the curve takes
    ///   on the box's throughput interval (ρ̄ = ρ_hi, so an unbuilt technology stays in the box too);
    /// - exact: `P` and `ρ` as variables, the product recorded in ``removalProducts``;
    /// - fixed qualities: the pass fraction is fixed at a guess ρ̂ and the curve is held at most ρ̂ (so the
    ///   model never lets through less than the true technology would: conservative, like the fixed mode).
    mutating func passedMass(_ tech: TreatmentTechnology, node id: Int, slot t: Int, technology j: Int, contaminant c: Int,
                             inletMass m: Variable, massUpper: Double, flow: Variable, on: Variable,
                             bounds: NetworkBounds) throws -> LinearExpression {
        guard let fitted = tech.removalCurve(c) else { return (1 - tech.removal[c]) * m }
        let curve = fitted.curve.complement, name = "\(id)_\(j)_\(c)"
        let pass = try curve.embed(in: &model, argument: flow.expression, active: on.expression, name: "pr_\(name)")
        let whole = curve.valueRange(from: -.infinity, to: .infinity)
        if case .fixed = mode {
            let guess = min(max(passFractions?[t][j][c] ?? whole.upperBound, whole.lowerBound), whole.upperBound)
            try model.addConstraint("prcap_\(name)", pass - guess * on <= 0)
            return guess * m
        }
        let box = curve.valueRange(from: bounds.throughputLower[id], to: bounds.throughputUpper[id])
        let lo = box.lowerBound, hi = box.upperBound
        let rho = try model.addVariable("rho_\(name)", lower: lo, upper: hi)
        try model.addConstraint("rhodef_\(name)", rho - pass + hi * on == hi)
        let passed = try model.addVariable("pm_\(name)", lower: 0, upper: hi * massUpper)
        removalProducts.append(RemovalProduct(name: "pass_\(name)", node: id, slot: t, technology: j, contaminant: c, passed: passed, pass: rho, inletMass: m, flow: flow))
        if case .relaxation = mode {
            let mU = massUpper
            try model.addConstraint(passed - lo * m >= 0)
            try model.addConstraint(passed - hi * m - mU * rho >= -hi * mU)
            try model.addConstraint(passed - hi * m <= 0)
            try model.addConstraint(passed - lo * m - mU * rho <= -lo * mU)
        }
        return passed.expression
    }
}
