import WaterNexusInput

/// The numbers of one case under one scenario and one guaranteed rate, ready to build a model.
public struct AllocationInstance: Sendable {
    /// The case's sources (ids, names, recycled flags).
    public var sources: [WaterSource]
    /// The case's users.
    public var users: [WaterUser]
    /// The scenario applied (nil: the case's own values).
    public var scenarioID: String?
    /// The guaranteed rate applied.
    public var rateLabel: String
    /// Demand d_j per user.
    public var demand: [Double]
    /// Availability A_i per source at the rate.
    public var availability: [Double]
    /// Emission factor E_i per source (kg/m³) after scenario overrides.
    public var ghg: [Double]
    /// Share cap per (source, user) as a fraction of demand (nil: none), after scenario overrides.
    public var shareCaps: [[Double?]]
    /// connections[i][j]: source i may supply user j.
    public var connections: [[Bool]]
    /// Pollutant coefficient p_j·δ_j per user.
    public var pollutant: [Double]
    /// Priority order n_j per user.
    public var order: [Double]
    /// The objectives to build.
    public var objectives: [AllocationObjectiveSpec]

    /// α_j = 1 + (M − n_j)/Σ_k n_k with M = `orderBase` (default: the number of users), as in Cai et al. (2025) Eq. (15).
    public func shortageWeights(orderBase: Double? = nil) -> [Double] {
        let m = orderBase ?? Double(users.count)
        let total = order.reduce(0, +)
        return order.map { 1 + (m - $0) / total }
    }
}

extension AllocationCase {
    /// The instance for a scenario (nil: none) and a guaranteed rate label.
    /// - Throws: ``InputError`` for an unknown scenario or rate.
    public func instance(scenario: String? = nil, rate: String) throws -> AllocationInstance {
        guard let rateData = self.rate(rate) else {
            throw InputError.unknownName(file: modelFile, field: "rate", line: nil, name: rate, kind: "guaranteed rate", known: rates.map(\.label))
        }
        var ghg = sources.map(\.ghg.value)
        var caps = shareCaps.map { $0.map { $0?.value } }
        if let scenario {
            guard let s = self.scenario(scenario) else {
                throw InputError.unknownName(file: modelFile, field: "scenario", line: nil, name: scenario, kind: "scenario", known: scenarios.map(\.id))
            }
            for i in sources.indices {
                if let g = s.ghg[i] { ghg[i] = g.value }
                for j in users.indices { if let c = s.shareCaps[i][j] { caps[i][j] = c.value } }
            }
        }
        return AllocationInstance(
            sources: sources, users: users, scenarioID: scenario, rateLabel: rate,
            demand: users.map(\.demand.value), availability: rateData.availability.map(\.value), ghg: ghg,
            shareCaps: caps, connections: connections, pollutant: users.map(\.pollutant.value),
            order: users.map(\.order.value), objectives: objectives)
    }

    /// The scenario ids to run: the file's scenarios, or `[nil]` (the case itself) when it has none.
    public var scenarioIDs: [String?] { scenarios.isEmpty ? [nil] : scenarios.map(\.id) }
}
