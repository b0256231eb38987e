import Foundation
import WaterNexusInput
import WaterNexusReports
import Yams

extension NetworkModel {
    /// Reads a model file (YAML; list sections may name a CSV file instead, relative to the YAML file).
    /// The format is described in docs/network-model-format.md. Throws ``NetworkError`` naming file, line and field.
    public static func load(path: String) throws -> NetworkModel {
        let text = try TextFile.read(path)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(yaml: text, file: URL(fileURLWithPath: path).lastPathComponent, directory: directory)
    }

    /// Parses model text; `directory` resolves CSV file names.
    public static func parse(yaml text: String, file: String = "model", directory: String = ".") throws -> NetworkModel {
        let root = try YAMLDocument.parse(text, file: file).node
        let top = try ModelRecord(mapping: root, file: file, path: "top level")
        try top.checkKeys(["name", "contaminants", "economics", "sources", "units", "treatments", "discharges", "connections"])
        guard let contaminants = top.lists["contaminants"], !contaminants.isEmpty else {
            throw top.bad("contaminants", "missing or empty", "list the contaminant names, e.g. contaminants: [COD, SS]")
        }
        var reader = SectionReader(file: file, directory: directory, contaminants: contaminants, tags: ProvenanceLog())
        // Economics first: slots without a capacity take its maxFlow, which technologies are checked against.
        let economicsRecord = try top.nodes["economics"].map { try ModelRecord(mapping: $0, file: file, path: "economics") }
        let economics = try economicsRecord.map(reader.economics) ?? Economics()
        reader.maxFlow = economics.maxFlow
        var model = NetworkModel(
            name: top.scalars["name"] ?? "network", contaminants: contaminants,
            sources: try reader.records(top, "sources").map(reader.source),
            units: try reader.records(top, "units").map(reader.unit),
            treatments: try reader.records(top, "treatments").map(reader.treatment),
            discharges: try reader.records(top, "discharges").map(reader.discharge))
        if let record = economicsRecord {
            model.economics = economics
            _ = reader.tags.note("economics", [record])
        }
        if let node = top.nodes["connections"] {
            model.connections = try reader.connections(try ModelRecord(mapping: node, file: file, path: "connections"))
        }
        model.provenance = reader.tags.entries
        try model.validate()
        return model
    }
}

/// Reads the sections of a model file.
struct SectionReader {
    let file: String
    let directory: String
    let contaminants: [String]
    /// Collects the tags of every entry read.
    let tags: ProvenanceLog
    /// Throughput limit (t/h) of slots without a capacity (``Economics/maxFlow``).
    var maxFlow = Economics().maxFlow

    /// The entries of a list section: a YAML sequence of mappings, or the name of a CSV file.
    func records(_ parent: ModelRecord, _ key: String) throws -> [ModelRecord] {
        try Self.requireUniqueNames(try entries(parent, key), section: key)
    }

    /// Two entries of one section with the same name (or two pipes for the same connection) are an error
    /// naming both lines.
    static func requireUniqueNames(_ records: [ModelRecord], section: String) throws -> [ModelRecord] {
        var seen: [String: ModelRecord] = [:]
        for record in records {
            let identity: (key: String, name: String)
            if let name = record.scalars["name"], !name.isEmpty {
                identity = ("name", name)
            } else if let from = record.scalars["from"], let to = record.scalars["to"] {
                identity = ("from", "\(from) -> \(to)")
            } else {
                continue
            }
            if let first = seen[identity.name] {
                throw record.bad(identity.key, "a second entry '\(identity.name)' in \(section) (the first is on line \(first.line))",
                                 "give every entry of \(section) its own name, or merge the two")
            }
            seen[identity.name] = record
        }
        return records
    }

    private func entries(_ parent: ModelRecord, _ key: String) throws -> [ModelRecord] {
        if parent.nodes[key] == nil, let name = parent.scalars[key], !name.isEmpty { // a CSV row naming a CSV file
            return tags.note(key, try CSVRecords.read(path: TextFile.path(name, in: directory), shownAs: name))
        }
        guard let node = parent.nodes[key] else { return [] }
        if let name = node.scalar?.string {
            guard name.lowercased().hasSuffix(".csv") else {
                throw parent.bad(key, "\"\(name)\" is neither a list of entries nor a CSV file name", "write \(key): as a list (- name: …) or \(key): file.csv")
            }
            let path = TextFile.path(name, in: directory)
            return tags.note(key, try CSVRecords.read(path: path, shownAs: name))
        }
        guard let sequence = node.sequence else {
            throw parent.bad(key, "expected a list of entries or a CSV file name", "write \(key): as a list (- name: …) or \(key): file.csv")
        }
        return tags.note(key, try sequence.enumerated().map { try ModelRecord(mapping: $1, file: file, path: "\(key)[\($0)]") })
    }

    func source(_ r: ModelRecord) throws -> WaterSource {
        try r.checkKeys(["name", "cost", "concentrations", "capacity", "carbon"])
        return WaterSource(name: try r.string("name"), cost: try r.number("cost", default: 0),
                           concentrations: try r.vector("concentrations", contaminants: contaminants),
                           capacity: try r.optionalNumber("capacity"), carbonPerTonne: try r.number("carbon", default: 0))
    }

    func unit(_ r: ModelRecord) throws -> WaterUnit {
        try r.checkKeys(["name", "type", "loads", "maxInlet", "maxOutlet", "maxFlow", "inletFlow", "outletFlow", "outletConcentrations", "hybridLoad"])
        let name = try r.string("name")
        switch r.scalars["type"] ?? "fixedLoad" {
        case "fixedLoad":
            return WaterUnit.fixedLoad(name, loads: try r.vector("loads", contaminants: contaminants),
                                       maxInlet: try r.vector("maxInlet", contaminants: contaminants),
                                       maxOutlet: try r.vector("maxOutlet", contaminants: contaminants),
                                       maxFlow: try r.optionalNumber("maxFlow")).with(loadCurves: try fittedRelations(r, key: "hybridLoad", what: "load"))
        case "fixedFlow":
            let outletFlow = try r.number("outletFlow", default: 0)
            return WaterUnit(name: name, kind: .fixedFlow(
                inletFlow: try r.number("inletFlow", default: 0),
                maxInlet: try r.vector("maxInlet", contaminants: contaminants, missing: .infinity),
                outletFlow: outletFlow,
                outletConcentrations: try r.vector("outletConcentrations", contaminants: contaminants, missing: outletFlow > 0 ? nil : 0)))
        case let other:
            throw r.bad("type", "unknown unit type \"\(other)\"", "use fixedLoad or fixedFlow")
        }
    }

    func treatment(_ r: ModelRecord) throws -> TreatmentSlot {
        try r.checkKeys(["name", "capacity", "technologies"])
        let capacity = try r.optionalNumber("capacity")
        let technologies = try records(r, "technologies").map { try technology($0, capacity: capacity) }
        return TreatmentSlot(name: try r.string("name"), technologies: technologies, capacity: capacity)
    }

    func technology(_ r: ModelRecord, capacity: Double?) throws -> TreatmentTechnology {
        try r.checkKeys(["name", "removal", "kWhPerTonne", "opexPerTonne", "capexFixed", "capexPerFlow", "chemicalCarbonPerTonne",
                         "hybridElectricity", "capexConcave", "maxInlet", "minThroughput", "hybridRemoval"])
        var curve: PiecewiseLinear?, fit: FitErrors?
        if let node = r.nodes["hybridElectricity"] {
            (curve, fit) = try hybridCurve(try ModelRecord(mapping: node, file: file, path: "\(r.place) hybridElectricity"), capacity: capacity)
        }
        var technology = TreatmentTechnology(name: try r.string("name"), removal: try r.vector("removal", contaminants: contaminants, missing: 0),
                                   kWhPerTonne: try r.number("kWhPerTonne", default: 0), opexPerTonne: try r.number("opexPerTonne", default: 0),
                                   capexFixed: try r.number("capexFixed", default: 0), capexPerFlow: try r.number("capexPerFlow", default: 0),
                                   chemicalCarbonPerTonne: try r.number("chemicalCarbonPerTonne", default: 0),
                                   electricityCurve: curve)
        technology.electricityFit = fit
        technology.removalCurves = try fittedRelations(r, key: "hybridRemoval", what: "removal")
        let inletLimits = try r.vector("maxInlet", contaminants: contaminants, missing: .infinity)
        technology.maxInlet = inletLimits.allSatisfy { $0 == .infinity } ? nil : inletLimits
        technology.minThroughput = try r.number("minThroughput", default: 0)
        // A capacity that is itself invalid is reported by the model's validation, not as a bound here.
        let reach = capacity ?? maxFlow
        if let problem = technology.limitProblem(contaminants: contaminants, capacity: reach.isFinite && reach >= 0 ? reach : .infinity) {
            throw r.bad(problem.field, problem.problem, problem.fix)
        }
        if let node = r.nodes["capexConcave"] {
            technology.capexConcave = try concaveCapex(try ModelRecord(mapping: node, file: file, path: "\(r.place) capexConcave"))
        }
        return technology
    }

    /// A concave capital-cost term `{alpha: A, exponent: B}`, checked here so errors name the line.
    func concaveCapex(_ r: ModelRecord) throws -> ConcaveCapex {
        try r.checkKeys(["alpha", "exponent"])
        let term = ConcaveCapex(alpha: try r.number("alpha"), exponent: try r.number("exponent"))
        if let problem = term.problem() { throw r.bad(problem.field, problem.problem, problem.fix) }
        return term
    }

    /// Fits a hybrid electricity model (pumping core + polynomial correction) to operating data
    /// (CSV columns `flow`, `kWhPerHour`) and samples it as a piecewise-linear curve on [0, capacity].
    func hybridCurve(_ r: ModelRecord, capacity: Double?) throws -> (PiecewiseLinear, FitErrors) {
        try r.checkKeys(["data", "head", "efficiency", "degree", "segments"])
        let rows = try records(r, "data")
        guard !rows.isEmpty else { throw r.bad("data", "no operating data", "name a CSV file with columns flow, kWhPerHour") }
        let x = try rows.map { try $0.number("flow") }, y = try rows.map { try $0.number("kWhPerHour") }
        let degree = try r.number("degree", default: 2), segments = try r.number("segments", default: 6)
        guard degree >= 0, degree <= 6, degree == degree.rounded() else { throw r.bad("degree", "\(degree) is not a whole number in 0...6", "use a small polynomial degree such as 2") }
        guard segments >= 1, segments <= 200, segments == segments.rounded() else { throw r.bad("segments", "\(segments) is not a whole number in 1...200", "use e.g. 6") }
        let head = try r.number("head"), efficiency = try r.number("efficiency", default: 0.75)
        guard head.isFinite, head >= 0, efficiency.isFinite, efficiency > 0 else { throw r.bad("head", "head must be >= 0 and efficiency > 0", "give finite positive numbers") }
        let model = try HybridModel.fit(core: .pumping(head: head, efficiency: efficiency), x: x, y: y, degree: Int(degree))
        guard let capacity else { throw r.bad("capacity", "the slot needs a capacity for a hybrid curve", "give the treatment slot a capacity") }
        let curve = try model.curve(from: 0, to: capacity, segments: Int(segments))
        return (curve, FitErrors(trainingRMSE: model.trainingRMSE, validationRMSE: model.validationRMSE))
    }

    func discharge(_ r: ModelRecord) throws -> Discharge {
        try r.checkKeys(["name", "limits", "fee"])
        return Discharge(name: try r.string("name"), limits: try r.vector("limits", contaminants: contaminants, missing: .infinity),
                         feePerTonne: try r.number("fee", default: 0))
    }

    func economics(_ r: ModelRecord) throws -> Economics {
        try r.checkKeys(["hoursPerYear", "interestRate", "lifetimeYears", "electricityPrice", "gridFactor", "carbonPrice", "carbonCap", "pumpEfficiency", "maxFlow"])
        var e = Economics()
        e.hoursPerYear = try r.number("hoursPerYear", default: e.hoursPerYear)
        e.interestRate = try r.number("interestRate", default: e.interestRate)
        e.lifetimeYears = try r.number("lifetimeYears", default: e.lifetimeYears)
        e.electricityPrice = try r.number("electricityPrice", default: e.electricityPrice)
        e.gridFactor = try r.number("gridFactor", default: e.gridFactor)
        e.carbonPrice = try r.number("carbonPrice", default: e.carbonPrice)
        e.carbonCap = try r.optionalNumber("carbonCap")
        e.pumpEfficiency = try r.number("pumpEfficiency", default: e.pumpEfficiency)
        e.maxFlow = try r.number("maxFlow", default: e.maxFlow)
        return e
    }

    func pipe(_ r: ModelRecord, base: PipeSpec = PipeSpec()) throws -> PipeSpec {
        PipeSpec(fixedCost: try r.number("fixedCost", default: base.fixedCost), costPerFlow: try r.number("costPerFlow", default: base.costPerFlow),
                 minFlow: try r.number("minFlow", default: base.minFlow), head: try r.number("head", default: base.head))
    }

    func pairs(_ r: ModelRecord, _ key: String) throws -> [NodePair]? {
        guard let node = r.nodes[key] else { return nil }
        guard let sequence = node.sequence else { throw r.bad(key, "expected a list of [from, to] pairs", "write \(key): [[a, b], [c, d]]") }
        return try sequence.map { item in
            guard let pair = item.sequence, pair.count == 2, let from = pair[0].string, let to = pair[1].string else {
                throw InputError(file: file, line: item.mark?.line, column: item.mark?.column, field: "connections.\(key)",
                                 problem: "expected a pair [from, to]", fix: "write each connection as [from, to]")
            }
            return NodePair(from, to)
        }
    }

    func connections(_ r: ModelRecord) throws -> ConnectionRules {
        try r.checkKeys(["allowed", "forbidden", "defaultPipe", "pipes"])
        var rules = ConnectionRules()
        rules.allowed = try pairs(r, "allowed")
        rules.forbidden = try pairs(r, "forbidden") ?? []
        if let node = r.nodes["defaultPipe"] {
            let record = try ModelRecord(mapping: node, file: file, path: "connections.defaultPipe")
            try record.checkKeys(["fixedCost", "costPerFlow", "minFlow", "head"])
            rules.defaultPipe = try pipe(record)
        }
        rules.pipes = try records(r, "pipes").map { record in
            try record.checkKeys(["from", "to", "fixedCost", "costPerFlow", "minFlow", "head"])
            return (NodePair(try record.string("from"), try record.string("to")), try pipe(record, base: rules.defaultPipe))
        }
        return rules
    }
}

/// The provenance tags met while reading a model file, in reading order.
final class ProvenanceLog {
    private(set) var entries: [DataProvenance] = []

    /// Records the tag of every record of `section` that has one, and returns the records.
    func note(_ section: String, _ records: [ModelRecord]) -> [ModelRecord] {
        for record in records {
            guard let tag = record.scalars["tag"].flatMap(ProvenanceTag.init(text:)) else { continue }
            let name = record.scalars["name"] ?? record.scalars["from"].map { "\($0)->\(record.scalars["to"] ?? "")" } ?? record.place
            let entry = section == "economics" ? section : "\(section) \(name)"
            entries.append(DataProvenance(entry: entry, tag: tag, source: record.scalars["source"] ?? ""))
        }
        return records
    }
}
