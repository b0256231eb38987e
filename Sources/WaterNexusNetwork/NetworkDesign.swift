/// A network operating point: flow on every arc and the technology built in every slot.
public struct NetworkDesign: Sendable {
    /// Flow per arc (t/h), in ``NetworkGraph/arcs`` order.
    public var flows: [Double]
    /// Technology index per treatment slot (nil: slot unused).
    public var technologies: [Int?]
    /// Whether each arc's pipe is built (flow above the tolerance or binary on).
    public var pipes: [Bool]

    public init(flows: [Double], technologies: [Int?], pipes: [Bool]) {
        self.flows = flows
        self.technologies = technologies
        self.pipes = pipes
    }
}

/// Annual cost by part (currency/yr).
public struct CostBreakdown: Sendable, Codable, Equatable {
    public var water: Double = 0
    public var treatmentOperation: Double = 0
    public var treatmentCapital: Double = 0
    public var pipes: Double = 0
    public var discharge: Double = 0
    public var carbon: Double = 0
    public var total: Double { water + treatmentOperation + treatmentCapital + pipes + discharge + carbon }
}

/// Annual emissions by part (kgCO2/yr).
public struct EmissionBreakdown: Sendable, Codable, Equatable {
    public var sources: Double = 0
    public var treatmentElectricity: Double = 0
    public var chemicals: Double = 0
    public var pumping: Double = 0
    public var total: Double { sources + treatmentElectricity + chemicals + pumping }
}
