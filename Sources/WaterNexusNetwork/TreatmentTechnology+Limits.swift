extension TreatmentTechnology {
    /// The inlet concentration limit for contaminant `c` (ppm); infinity when there is none.
    func inletLimit(_ c: Int) -> Double { maxInlet?[c] ?? .infinity }

    /// The first invalid operating limit (`maxInlet`, `minThroughput`) and what is wrong with it, or nil when
    /// both are valid. `capacity` is the slot's throughput limit (t/h); the field of a bad inlet value is
    /// `maxInlet.<contaminant>`.
    func limitProblem(contaminants: [String], capacity: Double) -> (field: String, problem: String, fix: String)? {
        if let limits = maxInlet {
            guard limits.count == contaminants.count else {
                return ("maxInlet", "has \(limits.count) values but there are \(contaminants.count) contaminants",
                        "give one value per contaminant in the order \(contaminants.joined(separator: ", ")) (.inf for none)")
            }
            for (c, limit) in limits.enumerated() where limit.isNaN || limit < 0 {
                return ("maxInlet.\(contaminants[c])", "value \(limit) is not a number >= 0", "give the inlet limit in ppm (.inf for none)")
            }
        }
        guard minThroughput.isFinite, minThroughput >= 0 else {
            return ("minThroughput", "value \(minThroughput) is not a finite number >= 0", "give the minimum throughput in t/h (0 for none)")
        }
        guard minThroughput <= capacity else {
            return ("minThroughput", "\(minThroughput) t/h is above the slot's capacity \(capacity) t/h, so the technology could never be built",
                    "lower minThroughput or raise the slot's capacity")
        }
        return nil
    }
}
