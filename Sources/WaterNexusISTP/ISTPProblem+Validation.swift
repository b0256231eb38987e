extension ISTPProblem {
    /// Checks sizes and probabilities; the message names the field and what to do.
    public func validate() throws {
        func fail(_ message: String) -> ISTPError { ISTPError.invalidProblem(message) }
        guard !periods.isEmpty, !levels.isEmpty, !users.isEmpty else { throw fail("periods, levels and users must not be empty") }
        let total = levels.reduce(0) { $0 + $1.probability }
        for p in periods where !(p.length > 0 && p.length.isFinite) {
            throw fail("period \(p.name) has length \(p.length); lengths must be positive numbers of years")
        }
        guard abs(total - 1) < 1e-6, levels.allSatisfy({ $0.probability >= 0 }) else {
            throw fail("level probabilities must be ≥ 0 and sum to 1 (they sum to \(total))")
        }
        guard data.count == users.count, data.allSatisfy({ $0.count == periods.count }) else {
            throw fail("user data must have one entry per user (\(users.count)) and period (\(periods.count))")
        }
        guard surfaceAvailability.count == periods.count, surfaceAvailability.allSatisfy({ $0.count == levels.count }) else {
            throw fail("surface availability must have one interval per period (\(periods.count)) and level (\(levels.count))")
        }
        for (name, list) in [("surface cost", surfaceCost), ("surface energy", surfaceEnergy),
                             ("wastewater cost", wastewaterCost), ("wastewater energy", wastewaterEnergy)] where list.count != periods.count {
            throw fail("\(name) needs one value per period (\(periods.count)); it has \(list.count)")
        }
        for s in sources where s.availability.count != periods.count || s.cost.count != periods.count || s.energy.count != periods.count {
            throw fail("source \(s.name): availability, cost and energy need one value per period (\(periods.count))")
        }
        if let e = energyControl, e.cap.count != periods.count { throw fail("energy cap needs one value per period (\(periods.count))") }
        if let r = riskBalance {
            for name in r.exempt where !users.contains(name) { throw fail("risk exemption names unknown user \(name)") }
        }
        for (u, row) in data.enumerated() {
            for (t, d) in row.enumerated() where d.target.lower < 0 {
                throw fail("user \(users[u]) period \(periods[t].name): target lower bound \(d.target.lower) is negative")
            }
        }
    }
}
