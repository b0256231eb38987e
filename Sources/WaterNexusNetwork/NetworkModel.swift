import Foundation
import WaterNexusReports

/// A water-network superstructure: sources, water-using units, treatment slots with alternative
/// technologies, discharges, the allowed connections between them and the economics.
///
/// Units: flow in t/h (1 t of water = 1 m³), concentrations in ppm (g/t), contaminant loads in kg/h.
public struct NetworkModel: Sendable {
    /// The model's name.
    public var name: String
    /// Contaminant names; every per-contaminant array is parallel to this list.
    public var contaminants: [String]
    /// Water sources (fresh, reclaimed, …).
    public var sources: [WaterSource]
    /// Water-using units.
    public var units: [WaterUnit]
    /// Treatment (regeneration) slots.
    public var treatments: [TreatmentSlot]
    /// Discharge points.
    public var discharges: [Discharge]
    /// Which connections exist and what pipes cost.
    public var connections: ConnectionRules
    /// Prices, annualization and carbon settings.
    public var economics: Economics
    /// Provenance tags of the entries read from model files (published, derived, estimated, synthetic).
    public var provenance: [DataProvenance] = []

    /// A model from its parts.
    public init(name: String, contaminants: [String], sources: [WaterSource], units: [WaterUnit],
                treatments: [TreatmentSlot] = [], discharges: [Discharge],
                connections: ConnectionRules = ConnectionRules(), economics: Economics = Economics()) {
        self.name = name
        self.contaminants = contaminants
        self.sources = sources
        self.units = units
        self.treatments = treatments
        self.discharges = discharges
        self.connections = connections
        self.economics = economics
    }
}

/// A water source with fixed quality.
public struct WaterSource: Sendable {
    public var name: String
    /// Price per t.
    public var cost: Double
    /// Concentration per contaminant (ppm).
    public var concentrations: [Double]
    /// Maximum supply (t/h); nil for unlimited.
    public var capacity: Double?
    /// Emissions per t supplied (kgCO2/t), e.g. from pumping or desalination upstream.
    public var carbonPerTonne: Double

    public init(name: String, cost: Double = 0, concentrations: [Double], capacity: Double? = nil, carbonPerTonne: Double = 0) {
        self.name = name
        self.cost = cost
        self.concentrations = concentrations
        self.capacity = capacity
        self.carbonPerTonne = carbonPerTonne
    }
}

/// A water-using unit.
public struct WaterUnit: Sendable {
    /// How the unit uses water.
    public enum Kind: Sendable {
        /// Picks up fixed contaminant loads (kg/h); inlet flow = outlet flow (variable);
        /// inlet and outlet concentrations are limited.
        case fixedLoad(loads: [Double], maxInlet: [Double], maxOutlet: [Double])
        /// Needs a fixed inlet flow with limited quality, and releases a fixed outlet flow of fixed quality.
        case fixedFlow(inletFlow: Double, maxInlet: [Double], outletFlow: Double, outletConcentrations: [Double])
    }

    public var name: String
    public var kind: Kind
    /// Maximum throughput (t/h) for fixed-load units; nil uses ``Economics/maxFlow``.
    public var maxFlow: Double?
    /// Per contaminant, a load (kg/h) fitted as a function of throughput, replacing the fixed load (see HybridRelations.swift).
    public var loadCurves: [FittedCurve?] = []

    public init(name: String, kind: Kind, maxFlow: Double? = nil) {
        self.name = name
        self.kind = kind
        self.maxFlow = maxFlow
    }

    /// A fixed-load unit.
    public static func fixedLoad(_ name: String, loads: [Double], maxInlet: [Double], maxOutlet: [Double], maxFlow: Double? = nil) -> WaterUnit {
        WaterUnit(name: name, kind: .fixedLoad(loads: loads, maxInlet: maxInlet, maxOutlet: maxOutlet), maxFlow: maxFlow)
    }
}

/// A treatment slot: at most one of its technologies is built; water passing through it loses a fixed
/// fraction of each contaminant.
public struct TreatmentSlot: Sendable {
    public var name: String
    /// Alternative technologies (choose at most one).
    public var technologies: [TreatmentTechnology]
    /// Maximum throughput (t/h); nil uses ``Economics/maxFlow``.
    public var capacity: Double?

    public init(name: String, technologies: [TreatmentTechnology], capacity: Double? = nil) {
        self.name = name
        self.technologies = technologies
        self.capacity = capacity
    }
}

/// One treatment technology.
public struct TreatmentTechnology: Sendable {
    public var name: String
    /// Removal ratio per contaminant, in [0, 1].
    public var removal: [Double]
    /// Electricity per t treated (kWh/t).
    public var kWhPerTonne: Double
    /// Operating cost per t treated, electricity excluded.
    public var opexPerTonne: Double
    /// Fixed capital cost when built.
    public var capexFixed: Double
    /// Capital cost per t/h of throughput.
    public var capexPerFlow: Double
    /// Chemical emissions per t treated (kgCO2/t).
    public var chemicalCarbonPerTonne: Double
    /// Extra electricity (kWh/h) as a function of throughput (t/h) when built, e.g. a fitted
    /// ``HybridModel`` sampled as a curve; it must start at 0 t/h and reach the slot's capacity.
    public var electricityCurve: PiecewiseLinear?
    /// Fit errors of the hybrid model behind ``electricityCurve`` (kWh/h), when it came from data.
    public var electricityFit: FitErrors?
    /// Optional concave capital cost α·F^β added to the linear one when built.
    public var capexConcave: ConcaveCapex?
    /// Inlet concentration limit per contaminant (ppm) that holds when the technology is built
    /// (infinity for none on a contaminant); nil for no limit at all.
    public var maxInlet: [Double]?
    /// Throughput (t/h) the technology treats at least when built; 0 for none.
    public var minThroughput: Double
    /// Per contaminant, a removal ratio fitted as a function of throughput, replacing ``removal`` (see HybridRelations.swift).
    public var removalCurves: [FittedCurve?] = []

    public init(name: String, removal: [Double], kWhPerTonne: Double = 0, opexPerTonne: Double = 0,
                capexFixed: Double = 0, capexPerFlow: Double = 0, chemicalCarbonPerTonne: Double = 0,
                electricityCurve: PiecewiseLinear? = nil, capexConcave: ConcaveCapex? = nil,
                maxInlet: [Double]? = nil, minThroughput: Double = 0) {
        self.maxInlet = maxInlet
        self.minThroughput = minThroughput
        self.electricityCurve = electricityCurve
        self.capexConcave = capexConcave
        self.name = name
        self.removal = removal
        self.kWhPerTonne = kWhPerTonne
        self.opexPerTonne = opexPerTonne
        self.capexFixed = capexFixed
        self.capexPerFlow = capexPerFlow
        self.chemicalCarbonPerTonne = chemicalCarbonPerTonne
    }
}

/// A discharge point with concentration limits.
public struct Discharge: Sendable {
    public var name: String
    /// Maximum concentration per contaminant (ppm); infinity for none.
    public var limits: [Double]
    /// Fee per t discharged.
    public var feePerTonne: Double

    public init(name: String, limits: [Double], feePerTonne: Double = 0) {
        self.name = name
        self.limits = limits
        self.feePerTonne = feePerTonne
    }
}

/// Pipe data for one connection.
public struct PipeSpec: Sendable, Equatable {
    /// Annualized-before capital cost of building the pipe (charged through the capital recovery factor).
    public var fixedCost: Double
    /// Capital cost per t/h carried.
    public var costPerFlow: Double
    /// Minimum flow when the pipe exists (t/h).
    public var minFlow: Double
    /// Pumping head (m).
    public var head: Double

    public init(fixedCost: Double = 0, costPerFlow: Double = 0, minFlow: Double = 0, head: Double = 0) {
        self.fixedCost = fixedCost
        self.costPerFlow = costPerFlow
        self.minFlow = minFlow
        self.head = head
    }

    /// Whether the connection needs an existence binary.
    var needsBinary: Bool { fixedCost > 0 || minFlow > 0 }
}

/// Which connections exist and their pipes.
public struct ConnectionRules: Sendable {
    /// When non-nil, only these (from, to) connections exist; otherwise every feasible one does.
    public var allowed: [NodePair]?
    /// Connections that never exist.
    public var forbidden: [NodePair]
    /// Pipe data for connections not listed in ``pipes``.
    public var defaultPipe: PipeSpec
    /// Pipe data per connection.
    public var pipes: [(pair: NodePair, spec: PipeSpec)]

    public init(allowed: [NodePair]? = nil, forbidden: [NodePair] = [], defaultPipe: PipeSpec = PipeSpec(),
                pipes: [(pair: NodePair, spec: PipeSpec)] = []) {
        self.allowed = allowed
        self.forbidden = forbidden
        self.defaultPipe = defaultPipe
        self.pipes = pipes
    }
}

/// A directed connection between two named nodes.
public struct NodePair: Sendable, Hashable {
    public var from: String
    public var to: String
    public init(_ from: String, _ to: String) {
        self.from = from
        self.to = to
    }
}

/// Prices, annualization and carbon settings.
public struct Economics: Sendable {
    /// Operating hours per year.
    public var hoursPerYear: Double = 8000
    /// Interest rate for the capital recovery factor.
    public var interestRate: Double = 0.08
    /// Equipment life (years).
    public var lifetimeYears: Double = 10
    /// Electricity price per kWh.
    public var electricityPrice: Double = 0
    /// Grid emission factor (kgCO2/kWh). Default 0.5306: China national average 2023 (MEE/NBS), published.
    public var gridFactor: Double = 0.5306
    /// Price per kg CO2 (0 for none).
    public var carbonPrice: Double = 0
    /// Cap on annual emissions (kgCO2/yr), nil for none.
    public var carbonCap: Double? = nil
    /// Pump efficiency η in e = 0.002725 H/η kWh/m³.
    public var pumpEfficiency: Double = 0.75
    /// Throughput bound (t/h) used for units and slots without their own (a modeling assumption).
    public var maxFlow: Double = 1000

    public init() {}

    /// The capital recovery factor i(1+i)^n / ((1+i)^n − 1) (1/n when i = 0).
    public var capitalRecoveryFactor: Double {
        guard interestRate > 0 else { return 1 / lifetimeYears }
        let growth = pow(1 + interestRate, lifetimeYears)
        return interestRate * growth / (growth - 1)
    }

    /// Pumping energy per t for a head (kWh/t): 0.002725 H / η.
    public func pumpingKWhPerTonne(head: Double) -> Double { 0.002725 * head / pumpEfficiency }
}

/// Root-mean-square errors of a fitted model on its training and held-out points.
public struct FitErrors: Sendable, Codable, Equatable {
    public var trainingRMSE: Double
    public var validationRMSE: Double?
    public init(trainingRMSE: Double, validationRMSE: Double?) {
        self.trainingRMSE = trainingRMSE
        self.validationRMSE = validationRMSE
    }
}

/// Where one entry of a model file comes from.
public struct DataProvenance: Sendable, Codable, Equatable {
    /// The entry (section and name).
    public var entry: String
    /// How the entry was obtained.
    public var tag: ProvenanceTag
    /// The source or the reason, as written.
    public var source: String
}
