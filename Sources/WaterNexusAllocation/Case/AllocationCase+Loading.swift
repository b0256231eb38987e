import Foundation
import WaterNexusInput
import WaterNexusModel
import Yams

extension AllocationCase {
    /// Reads a model file (YAML, see docs/allocation-model-format.md) and the CSV data it references.
    /// - Throws: ``InputError`` naming the file, the field (and line) and the problem.
    public static func load(path: String) throws -> AllocationCase {
        try parse(yaml: try TextFile.read(path), file: path)
    }

    /// Parses model-file text; `file` names it in errors and anchors the relative `data:` folder.
    public static func parse(yaml text: String, file: String) throws -> AllocationCase {
        let document = try YAMLDocument.parse(text, file: file)
        try document.mapping().rejectUnknownKeys(topLevelKeys)
        let root = document.node
        let folder = (file as NSString).deletingLastPathComponent
        let reader = ModelFileReader(file: file, dataDirectory: folder)
        let top = try reader.mapping(root, "(top level)")
        let name = try reader.string(try reader.required(top, "name", ""), "name")
        let title = try top["title"].map { try reader.string($0, "title") } ?? name
        let dataFolder = try top["data"].map { try reader.string($0, "data") } ?? "."
        reader.dataDirectory = TextFile.path(dataFolder, in: folder)
        let volumeUnit = try top["volume_unit"].map { try reader.string($0, "volume_unit") } ?? "million m³"

        let sources = try readSources(reader, top)
        let users = try readUsers(reader, top)
        let sourceIDs = sources.map(\.id), userIDs = users.map(\.id)
        func sourceIndex(_ node: Node, _ field: String) throws -> Int {
            let id = try reader.string(node, field)
            guard let i = sourceIDs.firstIndex(of: id) else {
                throw InputError.unknownName(file: file, field: field, line: reader.line(node), name: id, kind: "source", known: sourceIDs)
            }
            return i
        }
        func userIndex(_ node: Node, _ field: String) throws -> Int {
            let id = try reader.string(node, field)
            guard let j = userIDs.firstIndex(of: id) else {
                throw InputError.unknownName(file: file, field: field, line: reader.line(node), name: id, kind: "user", known: userIDs)
            }
            return j
        }
        func capTable(_ node: Node, _ field: String) throws -> [[TaggedValue?]] {
            var caps = Array(repeating: Array(repeating: TaggedValue?.none, count: users.count), count: sources.count)
            for (key, value) in try reader.mapping(node, field) {
                let i = try sourceIndex(key, field)
                for (userKey, ref) in try reader.mapping(value, "\(field).\(sourceIDs[i])") {
                    let j = try userIndex(userKey, "\(field).\(sourceIDs[i])")
                    let cap = try reader.value(ref, "\(field).\(sourceIDs[i]).\(userIDs[j])")
                    guard cap.value >= 0, cap.value <= 1 else {
                        throw InputError.invalidValue(file: file, field: "\(field).\(sourceIDs[i]).\(userIDs[j])", line: reader.line(ref),
                                                               problem: "share cap \(cap.value) (\(cap.origin)) must be a fraction in [0, 1]")
                    }
                    caps[i][j] = cap
                }
            }
            return caps
        }

        // Connections: `all` or a list of {source, users}.
        var connections = Array(repeating: Array(repeating: true, count: users.count), count: sources.count)
        if let node = top["connections"], node.scalar?.string != "all" {
            connections = Array(repeating: Array(repeating: false, count: users.count), count: sources.count)
            for (k, item) in try reader.sequence(node, "connections").enumerated() {
                let field = "connections[\(k)]"
                let map = try reader.mapping(item, field, allowed: ["source", "users"])
                let i = try sourceIndex(try reader.required(map, "source", field), "\(field).source")
                for userNode in try reader.sequence(try reader.required(map, "users", field), "\(field).users") {
                    connections[i][try userIndex(userNode, "\(field).users")] = true
                }
            }
        }
        let shareCaps = try top["share_caps"].map { try capTable($0, "share_caps") }
            ?? Array(repeating: Array(repeating: nil, count: users.count), count: sources.count)

        // Guaranteed rates with availability per source (every source required).
        var rates: [GuaranteedRate] = []
        for (k, item) in try reader.sequence(try reader.required(top, "guaranteed_rates", ""), "guaranteed_rates").enumerated() {
            let field = "guaranteed_rates[\(k)]"
            let map = try reader.mapping(item, field, allowed: ["rate", "availability"])
            let label = try reader.string(try reader.required(map, "rate", field), "\(field).rate")
            let availabilityNode = try reader.required(map, "availability", field)
            let availabilityMap = try reader.mapping(availabilityNode, "\(field).availability")
            for (key, _) in availabilityMap { _ = try sourceIndex(key, "\(field).availability") }
            var availability: [TaggedValue] = []
            for source in sources {
                let sub = "\(field).availability.\(source.id)"
                guard let ref = availabilityMap[source.id] else {
                    throw InputError.missingField(file: file, field: sub, line: reader.line(availabilityNode))
                }
                let value = try reader.value(ref, sub)
                guard value.value >= 0 else {
                    throw InputError.invalidValue(file: file, field: sub, line: reader.line(ref), problem: "availability \(value.value) (\(value.origin)) must be >= 0")
                }
                availability.append(value)
            }
            rates.append(GuaranteedRate(label: label, availability: availability))
        }
        guard !rates.isEmpty else {
            throw InputError.invalidValue(file: file, field: "guaranteed_rates", line: reader.line(top["guaranteed_rates"]), problem: "list at least one rate")
        }

        let objectives = try readObjectives(reader, top)

        var scenarios: [AllocationScenario] = []
        if let node = top["scenarios"] {
            for (k, item) in try reader.sequence(node, "scenarios").enumerated() {
                let field = "scenarios[\(k)]"
                let map = try reader.mapping(item, field, allowed: ["id", "name", "ghg", "share_caps"])
                let id = try reader.string(try reader.required(map, "id", field), "\(field).id")
                let scenarioName = try map["name"].map { try reader.string($0, "\(field).name") } ?? id
                var ghg = Array(repeating: TaggedValue?.none, count: sources.count)
                if let ghgNode = map["ghg"] {
                    for (key, ref) in try reader.mapping(ghgNode, "\(field).ghg") {
                        let i = try sourceIndex(key, "\(field).ghg")
                        ghg[i] = try reader.value(ref, "\(field).ghg.\(sourceIDs[i])")
                    }
                }
                let caps = try map["share_caps"].map { try capTable($0, "\(field).share_caps") }
                    ?? Array(repeating: Array(repeating: nil, count: users.count), count: sources.count)
                scenarios.append(AllocationScenario(id: id, name: scenarioName, ghg: ghg, shareCaps: caps))
            }
        }

        var choice: ChoicePreferences? = nil
        if let node = top["choice"] {
            let map = try reader.mapping(node, "choice", allowed: ["beta", "gamma", "sweep"])
            let betaNodes = try reader.sequence(try reader.required(map, "beta", "choice"), "choice.beta")
            guard betaNodes.count == objectives.count else {
                throw InputError.invalidValue(file: file, field: "choice.beta", line: reader.line(map["beta"]),
                                                       problem: "give one weight per objective (\(objectives.count)), not \(betaNodes.count)")
            }
            let beta = try betaNodes.enumerated().map { try reader.value($1, "choice.beta[\($0)]") }
            let gamma = try reader.value(try reader.required(map, "gamma", "choice"), "choice.gamma")
            var sweep: PreferenceSweep? = nil
            if let sweepNode = map["sweep"] {
                let sm = try reader.mapping(sweepNode, "choice.sweep", allowed: ["objective", "step", "shares"])
                let objectiveNode = try reader.required(sm, "objective", "choice.sweep")
                let objectiveID = try reader.string(objectiveNode, "choice.sweep.objective")
                guard let k = objectives.firstIndex(where: { $0.id == objectiveID }) else {
                    throw InputError.unknownName(file: file, field: "choice.sweep.objective", line: reader.line(objectiveNode),
                                                          name: objectiveID, kind: "objective", known: objectives.map(\.id))
                }
                let step = try reader.value(try reader.required(sm, "step", "choice.sweep"), "choice.sweep.step")
                guard step.value > 0, step.value <= 1 else {
                    throw InputError.invalidValue(file: file, field: "choice.sweep.step", line: reader.line(sm["step"]), problem: "step \(step.value) must lie in (0, 1]")
                }
                let shareNodes = try reader.sequence(try reader.required(sm, "shares", "choice.sweep"), "choice.sweep.shares")
                guard shareNodes.count == objectives.count else {
                    throw InputError.invalidValue(file: file, field: "choice.sweep.shares", line: reader.line(sm["shares"]),
                                                           problem: "give one share per objective (\(objectives.count)); the swept objective's is ignored")
                }
                let shares = try shareNodes.enumerated().map { try reader.value($1, "choice.sweep.shares[\($0)]") }
                sweep = PreferenceSweep(objective: k, step: step, shares: shares)
            }
            choice = ChoicePreferences(beta: beta, gamma: gamma, sweep: sweep)
        }

        var original: OriginalPlan? = nil
        if let node = top["original_plan"] {
            let map = try reader.mapping(node, "original_plan", allowed: ["file", "key_column"])
            let csv = try reader.string(try reader.required(map, "file", "original_plan"), "original_plan.file")
            let keyColumn = try map["key_column"].map { try reader.string($0, "original_plan.key_column") } ?? "rate"
            var supply: [(String, [TaggedValue])] = []
            for rate in rates {
                let totals = try sources.map { source in
                    try reader.value(Node.mapping(Node.Mapping([
                        (Node("file"), Node(csv)), (Node("column"), Node(source.id)),
                        (Node("key"), Node(rate.label)), (Node("key_column"), Node(keyColumn)),
                    ])), "original_plan.\(rate.label).\(source.id)")
                }
                supply.append((rate.label, totals))
            }
            original = OriginalPlan(supply: supply)
        }
        let published = try top["published_results"].map { node -> String in
            let name = try reader.string(node, "published_results")
            _ = try reader.table(name, "published_results")
            return TextFile.path(name, in: reader.dataDirectory)
        }

        return AllocationCase(
            name: name, title: title, volumeUnit: volumeUnit, sources: sources, users: users,
            connections: connections, shareCaps: shareCaps, rates: rates, objectives: objectives,
            scenarios: scenarios, choice: choice, originalPlan: original, publishedResults: published,
            modelFile: file, dataDirectory: reader.dataDirectory)
    }

    private static func checkedID(_ reader: ModelFileReader, _ map: Node.Mapping, _ field: String, seen: inout [String]) throws -> String {
        let idNode = try reader.required(map, "id", field)
        let id = try reader.string(idNode, "\(field).id")
        guard (try? Model.validateName(id)) != nil, !id.contains("(") else {
            throw InputError.invalidValue(file: reader.file, field: "\(field).id", line: reader.line(idNode), problem: "'\(id)' is not a usable id; use letters, digits and _")
        }
        guard !seen.contains(id) else {
            throw InputError.invalidValue(file: reader.file, field: "\(field).id", line: reader.line(idNode), problem: "id '\(id)' is used twice; ids must be unique")
        }
        seen.append(id)
        return id
    }

    /// Reads the non-empty list `key` of entities with unique ids; `build` gets each entry's mapping,
    /// field path, id and name (the name defaults to the id).
    private static func readEntities<Entity>(
        _ reader: ModelFileReader, _ top: Node.Mapping, key: String, singular: String, fields: [String],
        build: (Node.Mapping, String, String, String) throws -> Entity
    ) throws -> [Entity] {
        var seen: [String] = []
        let list = try reader.sequence(try reader.required(top, key, ""), key)
        guard !list.isEmpty else {
            throw InputError.invalidValue(file: reader.file, field: key, line: reader.line(top[key]), problem: "list at least one \(singular)")
        }
        return try list.enumerated().map { k, item in
            let field = "\(key)[\(k)]"
            let map = try reader.mapping(item, field, allowed: ["id", "name"] + fields)
            let id = try checkedID(reader, map, field, seen: &seen)
            let name = try map["name"].map { try reader.string($0, "\(field).name") } ?? id
            return try build(map, field, id, name)
        }
    }

    private static func readSources(_ reader: ModelFileReader, _ top: Node.Mapping) throws -> [WaterSource] {
        try readEntities(reader, top, key: "sources", singular: "source", fields: ["recycled", "ghg"]) { map, field, id, name in
            let recycled = try map["recycled"].map { try reader.bool($0, "\(field).recycled") } ?? false
            let ghg = try reader.value(try reader.required(map, "ghg", field), "\(field).ghg")
            return WaterSource(id: id, name: name, isRecycled: recycled, ghg: ghg)
        }
    }

    private static func readUsers(_ reader: ModelFileReader, _ top: Node.Mapping) throws -> [WaterUser] {
        try readEntities(reader, top, key: "users", singular: "user", fields: ["demand", "order", "pollutant"]) { map, field, id, name in
            let demandNode = try reader.required(map, "demand", field)
            let demand = try reader.value(demandNode, "\(field).demand")
            guard demand.value >= 0 else {
                throw InputError.invalidValue(file: reader.file, field: "\(field).demand", line: reader.line(demandNode),
                                                       problem: "demand \(demand.value) (\(demand.origin)) is negative; demands must be >= 0")
            }
            let order = try reader.value(try reader.required(map, "order", field), "\(field).order")
            let pollutantNode = try reader.required(map, "pollutant", field)
            let pollutant = try reader.value(pollutantNode, "\(field).pollutant")
            guard pollutant.value >= 0 else {
                throw InputError.invalidValue(file: reader.file, field: "\(field).pollutant", line: reader.line(pollutantNode),
                                                       problem: "pollutant coefficient \(pollutant.value) (\(pollutant.origin)) must be >= 0")
            }
            return WaterUser(id: id, name: name, demand: demand, order: order, pollutant: pollutant)
        }
    }

    private static func readObjectives(_ reader: ModelFileReader, _ top: Node.Mapping) throws -> [AllocationObjectiveSpec] {
        var seen: [String] = []
        let list = try reader.sequence(try reader.required(top, "objectives", ""), "objectives")
        guard !list.isEmpty else { throw InputError.invalidValue(file: reader.file, field: "objectives", line: reader.line(top["objectives"]), problem: "list at least one objective") }
        return try list.enumerated().map { k, item in
            let field = "objectives[\(k)]"
            let map = try reader.mapping(item, field, allowed: ["id", "kind", "unit", "order_base"])
            let id = try checkedID(reader, map, field, seen: &seen)
            let kindNode = try reader.required(map, "kind", field)
            let kindText = try reader.string(kindNode, "\(field).kind")
            guard let kind = AllocationObjectiveKind(rawValue: kindText) else {
                throw InputError.unknownName(file: reader.file, field: "\(field).kind", line: reader.line(kindNode), name: kindText,
                                                      kind: "objective kind", known: AllocationObjectiveKind.allCases.map(\.rawValue))
            }
            let unit = try map["unit"].map { try reader.string($0, "\(field).unit") } ?? ""
            let base = try map["order_base"].map { try reader.double($0, "\(field).order_base") }
            return AllocationObjectiveSpec(id: id, kind: kind, unit: unit, orderBase: base)
        }
    }
}

/// The top-level fields of an allocation model file (docs/allocation-model-format.md); any other key is refused.
let topLevelKeys = ["name", "title", "data", "volume_unit", "sources", "users", "connections", "share_caps", "guaranteed_rates",
                    "objectives", "scenarios", "choice", "original_plan", "published_results"]
