extension NetworkModel {
    /// Checks sizes, signs and names; throws ``NetworkError/invalidModel(place:problem:fix:)`` naming the field.
    public func validate() throws {
        let k = contaminants.count
        guard k > 0 else { throw bad("contaminants", "the list is empty", "name at least one contaminant") }
        try checkUnique(contaminants, "contaminants")
        var names: [String] = []
        func vector(_ values: [Double], _ place: String, allowInfinity: Bool = false) throws {
            guard values.count == k else {
                throw bad(place, "has \(values.count) values but there are \(k) contaminants", "give one value per contaminant in the order \(contaminants.joined(separator: ", "))")
            }
            for (i, v) in values.enumerated() where v.isNaN || v < 0 || (!allowInfinity && !v.isFinite) {
                throw bad("\(place)[\(contaminants[i])]", "value \(v) is not a finite number >= 0", "use a non-negative number")
            }
        }
        func nonNegative(_ value: Double, _ place: String) throws {
            guard value.isFinite, value >= 0 else { throw bad(place, "value \(value) is not a finite number >= 0", "use a non-negative number") }
        }
        guard !sources.isEmpty else { throw bad("sources", "there are no sources", "add at least one water source") }
        for s in sources {
            names.append(s.name)
            try vector(s.concentrations, "source \(s.name).concentrations")
            try nonNegative(s.cost, "source \(s.name).cost")
            try nonNegative(s.carbonPerTonne, "source \(s.name).carbon")
            if let c = s.capacity { try nonNegative(c, "source \(s.name).capacity") }
        }
        for u in units {
            names.append(u.name)
            if let m = u.maxFlow { try nonNegative(m, "unit \(u.name).maxFlow") }
            switch u.kind {
            case let .fixedLoad(loads, maxInlet, maxOutlet):
                try vector(loads, "unit \(u.name).loads")
                try vector(maxInlet, "unit \(u.name).maxInlet")
                try vector(maxOutlet, "unit \(u.name).maxOutlet")
                for i in 0..<k where loads[i] > 0 && maxOutlet[i] <= maxInlet[i] {
                    throw bad("unit \(u.name).maxOutlet[\(contaminants[i])]", "\(maxOutlet[i]) ppm is not above maxInlet \(maxInlet[i]) ppm although the unit picks up \(loads[i]) kg/h", "raise maxOutlet or lower maxInlet")
                }
            case let .fixedFlow(inletFlow, maxInlet, outletFlow, outletConcentrations):
                try nonNegative(inletFlow, "unit \(u.name).inletFlow")
                try nonNegative(outletFlow, "unit \(u.name).outletFlow")
                try vector(maxInlet, "unit \(u.name).maxInlet", allowInfinity: true)
                try vector(outletConcentrations, "unit \(u.name).outletConcentrations")
            }
        }
        for t in treatments {
            names.append(t.name)
            guard !t.technologies.isEmpty else { throw bad("treatment \(t.name).technologies", "the list is empty", "give at least one technology") }
            if let c = t.capacity { try nonNegative(c, "treatment \(t.name).capacity") }
            try checkUnique(t.technologies.map(\.name), "treatment \(t.name).technologies")
            for j in t.technologies {
                let place = "treatment \(t.name).technology \(j.name)"
                try vector(j.removal, "\(place).removal")
                for (i, r) in j.removal.enumerated() where r > 1 {
                    throw bad("\(place).removal[\(contaminants[i])]", "ratio \(r) is above 1", "give removal as a fraction in [0, 1]")
                }
                for (v, f) in [(j.kWhPerTonne, "kWhPerTonne"), (j.opexPerTonne, "opexPerTonne"), (j.capexFixed, "capexFixed"),
                               (j.capexPerFlow, "capexPerFlow"), (j.chemicalCarbonPerTonne, "chemicalCarbonPerTonne")] {
                    try nonNegative(v, "\(place).\(f)")
                }
                if let problem = j.capexConcave?.problem() {
                    throw bad("\(place).capexConcave.\(problem.field)", problem.problem, problem.fix)
                }
                if let problem = j.limitProblem(contaminants: contaminants, capacity: t.capacity ?? economics.maxFlow) {
                    throw bad("\(place).\(problem.field)", problem.problem, problem.fix)
                }
                if let curve = j.electricityCurve {
                    let reach = t.capacity ?? economics.maxFlow
                    guard curve.x.first == 0, (curve.x.last ?? 0) >= reach, curve.y.allSatisfy({ $0 >= 0 }) else {
                        throw bad("\(place).electricityCurve", "must start at 0 t/h, reach the slot's capacity \(reach) t/h and stay >= 0 kWh/h", "sample the curve on [0, capacity]")
                    }
                }
            }
        }
        guard !discharges.isEmpty else { throw bad("discharges", "there are no discharges", "add at least one discharge point") }
        for d in discharges {
            names.append(d.name)
            try vector(d.limits, "discharge \(d.name).limits", allowInfinity: true)
            try nonNegative(d.feePerTonne, "discharge \(d.name).fee")
        }
        try checkUnique(names, "node names (sources, units, treatments, discharges)")
        let known = Set(names)
        let pairs = (connections.allowed ?? []) + connections.forbidden + connections.pipes.map(\.pair)
        for pair in pairs {
            for name in [pair.from, pair.to] where !known.contains(name) {
                throw bad("connections \(pair.from) -> \(pair.to)", "there is no node named \"\(name)\"", "use one of: \(names.joined(separator: ", "))")
            }
        }
        for (pair, spec) in connections.pipes + [(NodePair("default", "pipe"), connections.defaultPipe)] {
            for (v, f) in [(spec.fixedCost, "fixedCost"), (spec.costPerFlow, "costPerFlow"), (spec.minFlow, "minFlow"), (spec.head, "head")] {
                try nonNegative(v, "pipe \(pair.from) -> \(pair.to).\(f)")
            }
        }
        let e = economics
        for (v, f) in [(e.hoursPerYear, "hoursPerYear"), (e.interestRate, "interestRate"), (e.electricityPrice, "electricityPrice"),
                       (e.gridFactor, "gridFactor"), (e.carbonPrice, "carbonPrice")] {
            try nonNegative(v, "economics.\(f)")
        }
        for (v, f) in [(e.lifetimeYears, "lifetimeYears"), (e.pumpEfficiency, "pumpEfficiency"), (e.maxFlow, "maxFlow")] where !(v.isFinite && v > 0) {
            throw bad("economics.\(f)", "value \(v) is not a positive number", "use a number > 0")
        }
        if let cap = e.carbonCap { try nonNegative(cap, "economics.carbonCap") }
        try validateHybridRelations()
    }

    private func checkUnique(_ names: [String], _ place: String) throws {
        var seen = Set<String>()
        for n in names {
            guard !n.isEmpty else { throw bad(place, "a name is empty", "give every entry a name") }
            guard seen.insert(n).inserted else { throw bad(place, "name \"\(n)\" is used twice", "give every entry a unique name") }
        }
    }

    private func bad(_ place: String, _ problem: String, _ fix: String) -> NetworkError {
        .invalidModel(place: place, problem: problem, fix: fix)
    }
}
