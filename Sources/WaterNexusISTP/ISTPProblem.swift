/// An interval two-stage stochastic program for allocating water to users over periods (Huang & Loucks 2000,
/// extended with deterministic sources, risk balance and energy control as in seed 004).
///
/// First stage: surface-water targets W± = W⁻ + ΔW z (z ∈ [0, 1] per user and period) and allocations from
/// deterministic sources. Second stage: surface-water shortage S per random availability level. Delivered
/// water A = W − S + Σ sources. Every parameter may be an interval.
public struct ISTPProblem: Sendable {
    /// A planning period of `length` years (the objective weights each period by its length).
    public struct Period: Sendable { public var name: String; public var length: Double
        public init(name: String, length: Double) { self.name = name; self.length = length } }

    /// A level of the random surface-water availability with its probability.
    public struct Level: Sendable { public var name: String; public var probability: Double
        public init(name: String, probability: Double) { self.name = name; self.probability = probability } }

    /// One user's data in one period (water in volume per year, money per volume).
    public struct UserPeriod: Sendable {
        /// The interval surface-water target [W⁻, W⁺]; z chooses the point inside it.
        public var target: Interval
        /// Net benefit NB per unit of water delivered.
        public var benefit: Interval
        /// Penalty PEN per unit of surface-water shortage.
        public var penalty: Interval
        /// Water requirement REQ (needed by the risk-balance rows).
        public var requirement: Interval
        /// Wastewater produced per unit of water used (ww).
        public var wastewater: Interval
        /// The share of wastewater that can be reused (rr).
        public var reuseRatio: Interval
        public init(target: Interval, benefit: Interval, penalty: Interval, requirement: Interval = .zero,
                    wastewater: Interval = .zero, reuseRatio: Interval = .zero) {
            self.target = target; self.benefit = benefit; self.penalty = penalty
            self.requirement = requirement; self.wastewater = wastewater; self.reuseRatio = reuseRatio
        }
    }

    /// A deterministic (non-random) source, per period.
    public struct Source: Sendable {
        /// `external` sources are limited by an availability; `reuse` by rr·ww·(surface + external water).
        public enum Kind: String, Sendable, CaseIterable { case external, reuse }
        public var name: String
        public var kind: Kind
        /// Availability per period (nil: unlimited; ignored for reuse).
        public var availability: [Interval?]
        /// Cost per unit (purchase, purification, treatment) per period.
        public var cost: [Interval]
        /// Energy intensity per unit per period.
        public var energy: [Interval]
        public init(name: String, kind: Kind, availability: [Interval?], cost: [Interval], energy: [Interval]) {
            self.name = name; self.kind = kind; self.availability = availability; self.cost = cost; self.energy = energy
        }
    }

    public var name: String
    public var periods: [Period]
    public var levels: [Level]
    /// User names (valid model names).
    public var users: [String]
    /// `data[user][period]`.
    public var data: [[UserPeriod]]
    /// Surface-water availability `surface[period][level]`.
    public var surfaceAvailability: [[Interval]]
    /// Surface-water unit cost (water charge + purification) per period.
    public var surfaceCost: [Interval]
    /// Surface-water energy intensity per period.
    public var surfaceEnergy: [Interval]
    /// The deterministic sources.
    public var sources: [Source]
    /// Wastewater treatment cost per unit of wastewater, per period.
    public var wastewaterCost: [Interval]
    /// Wastewater treatment energy per unit of wastewater, per period.
    public var wastewaterEnergy: [Interval]
    /// Risk-balance rows (nil: none).
    public var riskBalance: RiskBalance?
    /// Energy-control rows (nil: none, scenario S2).
    public var energyControl: EnergyControl?
    /// Which objective terms are included.
    public var terms = ObjectiveTerms()

    /// Switches for the objective's terms (all on by default).
    public struct ObjectiveTerms: Sendable {
        public var expectedPenalty = true
        public var surfaceCost = true
        public var sourceCosts = true
        public var wastewaterCost = true
        public init() {}
    }

    /// A problem with the given sets; costs, energy and wastewater default to 0 and no sources.
    public init(name: String, periods: [Period], levels: [Level], users: [String], data: [[UserPeriod]],
                surfaceAvailability: [[Interval]]) {
        self.name = name; self.periods = periods; self.levels = levels; self.users = users; self.data = data
        self.surfaceAvailability = surfaceAvailability
        surfaceCost = Array(repeating: .zero, count: periods.count)
        surfaceEnergy = surfaceCost
        wastewaterCost = surfaceCost
        wastewaterEnergy = surfaceCost
        sources = []
    }
}

/// Energy control: per period and level, Σ energy of all water used ≤ η · Σ delivered water.
public struct EnergyControl: Sendable {
    /// The cap η per period (energy per unit of water).
    public var cap: [Interval]
    public init(cap: [Interval]) { self.cap = cap }
}
