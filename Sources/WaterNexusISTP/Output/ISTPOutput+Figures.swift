import WaterNexusReports

/// The report's figures: net-benefit interval bars per scenario, what the energy cap costs, water by
/// source per scenario, and water by sector in the featured scenario. Captions state what the numbers show.
extension ISTPOutput {
    /// Interval bars f⁻…f⁺ per scenario, coloured by energy scenario, the recommended one outlined.
    func netBenefitFigure(_ context: ReportContext) -> ReportFigure? {
        guard context.choice != nil else { return nil }
        var chart = IntervalChart(title: "", yLabel: "Net benefit f± (\(context.money))", categories: solved.map(\.scenario.description))
        for (k, s) in solved.enumerated() {
            guard let f = benefit(k) else { continue }
            chart.add(category: k, low: f.lower, high: f.upper,
                      group: isCapped(s.scenario.energy) ? "\(s.scenario.energy): energy cap" : "\(s.scenario.energy): no energy cap")
        }
        if let choice = context.choice, solved.count > 1 { chart.mark(category: choice.recommended, note: "recommended") }
        var caption = "Net benefit interval of \(solved.count == 1 ? "scenario \(solved[0].scenario)" : "each scenario"): each bar runs from f⁻ (every interval parameter at its unfavourable end) "
            + "to f⁺ (at its favourable end), in \(context.money); colour = energy scenario."
        if let risk = riskEffect() { caption += " " + risk }
        if let energy = energyEffect() { caption += " " + energy }
        if solved.count > 1, let choice = context.choice { caption += " Outlined: the recommended scenario \(solved[choice.recommended].scenario)." }
        return ReportFigure(svg: chart.svg(), caption: caption)
    }

    /// How far f⁻ rises from the first to the last risk level, per energy scenario (nil with one level).
    func riskEffect() -> String? {
        guard let first = istpCase.riskLevels.first?.name, let last = istpCase.riskLevels.last?.name, first != last else { return nil }
        let rises = istpCase.energyScenarios.compactMap { e -> Double? in
            guard let a = index(energy: e.name, risk: first).flatMap(benefit), let b = index(energy: e.name, risk: last).flatMap(benefit) else { return nil }
            return b.lower - a.lower
        }
        guard let lo = rises.min(), let hi = rises.max() else { return nil }
        let range = lo == hi ? ReportNumber.format(lo, digits: 3) : "\(ReportNumber.format(lo, digits: 3)) to \(ReportNumber.format(hi, digits: 3))"
        return "In each energy scenario, relaxing the risk level from \(first) to \(last) raises f⁻ by \(range)."
    }

    /// The f⁻ and f⁺ given up for each energy cap against the uncapped scenario at the same risk level.
    func energyCosts() -> [(risk: String, energy: String, lower: Double, upper: Double)] {
        guard let uncapped = istpCase.energyScenarios.first(where: { $0.cap == nil })?.name else { return [] }
        let risks = istpCase.riskLevels.isEmpty ? ["-"] : istpCase.riskLevels.map(\.name)
        return risks.flatMap { risk in
            istpCase.energyScenarios.filter { $0.cap != nil }.compactMap { e in
                guard let free = index(energy: uncapped, risk: risk).flatMap(benefit),
                      let capped = index(energy: e.name, risk: risk).flatMap(benefit) else { return nil }
                return (risk, e.name, free.lower - capped.lower, free.upper - capped.upper)
            }
        }
    }

    /// The energy caps' cost in one sentence (nil without a capped and an uncapped scenario).
    func energyEffect() -> String? {
        let costs = energyCosts()
        guard let maxLower = costs.map(\.lower).max(), let maxUpper = costs.map(\.upper).max() else { return nil }
        return "At one risk level the uncapped scenario's f⁻ is up to \(ReportNumber.format(maxLower, digits: 3)) higher than a capped one's, "
            + "its f⁺ at most \(ReportNumber.format(maxUpper, digits: 3)) higher"
            + (maxLower > 2 * maxUpper ? ": the energy cap costs mostly in the unfavourable case." : ".")
    }

    /// Bars of the f⁻ and f⁺ given up for each energy cap, per risk level.
    func energyCostFigure(_ context: ReportContext) -> ReportFigure? {
        let costs = energyCosts()
        guard !costs.isEmpty, let uncapped = istpCase.energyScenarios.first(where: { $0.cap == nil })?.name else { return nil }
        let risks = costs.map(\.risk).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let caps = costs.map(\.energy).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var chart = BarChart(title: "", yLabel: "f⁻ given up (\(context.money))", categories: risks)
        chart.xLabel = "risk level"
        // One series per capped scenario, in file order, so colours match the net-benefit figure's.
        for cap in caps {
            chart.addSeries(name: cap, values: risks.map { r in costs.first { $0.risk == r && $0.energy == cap }?.lower ?? .nan })
        }
        let worst = costs.max { $0.lower < $1.lower }!
        let grows = risks.count > 1 && caps.allSatisfy { cap in
            let series = costs.filter { $0.energy == cap }.map(\.lower)
            return zip(series, series.dropFirst()).allSatisfy { $0 < $1 }
        }
        let caption = "What each energy cap costs: \(uncapped)'s guaranteed net benefit f⁻ minus the capped scenario's at the same risk level "
            + "(\(context.money)). " + (grows ? "The cost grows as the risk level relaxes and is largest, " : "The cost is largest, ")
            + "\(ReportNumber.format(worst.lower, digits: 4)), "
            + "for \(worst.energy) at \(worst.risk); f⁺ (not drawn) changes by at most \(ReportNumber.format(costs.map(\.upper).max()!, digits: 3))."
        return ReportFigure(svg: chart.svg(), caption: caption)
    }

    /// Water per source and scenario: bars at the interval midpoints, whiskers the intervals.
    func sourceFigure(_ context: ReportContext) -> ReportFigure {
        let names = context.supply[0].sourceNames
        var chart = BarChart(title: "", yLabel: "Water, sum of periods (\(context.water))", categories: solved.map(\.scenario.description))
        chart.width = 720
        for (k, name) in names.enumerated() {
            let values = context.supply.map { $0.sources[k] }
            chart.addSeries(name: name, values: values.map { $0?.midpoint ?? .nan },
                            intervals: values.map { $0.map { ($0.lower, $0.upper) } ?? (.nan, .nan) })
        }
        var caption = "Water from each source per scenario, summed over the periods (\(context.water); surface water expected over the "
            + "availability levels): bars at the interval midpoints, whiskers from the lower to the upper bound."
        if let (k, low, high) = mostVariableSource(context.supply), solved.count > 1 {
            caption += " Look at \(names[k]): its midpoint ranges from \(ReportNumber.format(low.value, digits: 4)) (\(solved[low.index].scenario)) "
                + "to \(ReportNumber.format(high.value, digits: 4)) (\(solved[high.index].scenario))."
        }
        if let largest = names.indices.max(by: { (context.supply[context.featured].sources[$0]?.midpoint ?? 0) < (context.supply[context.featured].sources[$1]?.midpoint ?? 0) }) {
            caption += " The largest source in \(solved[context.featured].scenario) is \(names[largest])."
        }
        return ReportFigure(svg: chart.svg(), caption: caption)
    }

    /// The source whose midpoint varies most across scenarios, with where it is lowest and highest.
    func mostVariableSource(_ supply: [ISTPSupplyTotals]) -> (Int, low: (index: Int, value: Double), high: (index: Int, value: Double))? {
        let names = supply.first?.sourceNames ?? []
        var best: (Int, low: (index: Int, value: Double), high: (index: Int, value: Double))?
        for k in names.indices {
            let points = supply.indices.compactMap { s in supply[s].sources[k].map { (index: s, value: $0.midpoint) } }
            guard let low = points.min(by: { $0.value < $1.value }), let high = points.max(by: { $0.value < $1.value }) else { continue }
            if best == nil || high.value - low.value > best!.high.value - best!.low.value { best = (k, low, high) }
        }
        return best
    }

    /// Sectors of the featured scenario in decreasing order of delivered water (midpoints).
    func sectorsByDelivery(_ context: ReportContext) -> [ISTPSupplyTotals.Sector] {
        context.supply[context.featured].sectors.sorted { ($0.delivered?.midpoint ?? 0) > ($1.delivered?.midpoint ?? 0) }
    }

    /// Water delivered per sector in the featured scenario, largest first.
    func sectorFigure(_ context: ReportContext) -> ReportFigure {
        let sectors = sectorsByDelivery(context)
        var chart = BarChart(title: "", yLabel: "Delivered, sum of periods (\(context.water))", categories: sectors.map { "\($0.code) \($0.name)" })
        chart.width = 960
        chart.height = 560
        chart.addSeries(name: "delivered (midpoint)", values: sectors.map { $0.delivered?.midpoint ?? .nan },
                        intervals: sectors.map { $0.delivered.map { ($0.lower, $0.upper) } ?? (.nan, .nan) })
        let total = sectors.reduce(0) { $0 + ($1.delivered?.midpoint ?? 0) }
        let top = sectors.prefix(3)
        let share = total > 0 ? 100 * top.reduce(0) { $0 + ($1.delivered?.midpoint ?? 0) } / total : 0
        let small = sectors.filter { total > 0 && ($0.delivered?.midpoint ?? 0) < 0.01 * total }.count
        let caption = "Water delivered to each sector in \(solved[context.featured].scenario), largest first (\(context.water), summed over the periods; "
            + "bars at the interval midpoints, whiskers the intervals). The three largest users, "
            + top.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
            + ", take \(ReportNumber.format(share, digits: 3)) % of the total; \(small) of the \(sectors.count) sectors get less than 1 % each."
        return ReportFigure(svg: chart.svg(), caption: caption)
    }

    /// The sources of the largest sectors in the featured scenario (interval midpoints).
    func sectorSourceFigure(_ context: ReportContext, count: Int = 10) -> ReportFigure {
        let sectors = Array(sectorsByDelivery(context).prefix(count))
        let names = context.supply[context.featured].sourceNames
        var chart = BarChart(title: "", yLabel: "Water, sum of periods (\(context.water))", categories: sectors.map(\.name))
        for (k, name) in names.enumerated() {
            chart.addSeries(name: name, values: sectors.map { $0.bySource[k]?.midpoint ?? .nan })
        }
        let main = sectors.map { s in names.indices.max { (s.bySource[$0]?.midpoint ?? 0) < (s.bySource[$1]?.midpoint ?? 0) }.map { names[$0] } ?? "-" }
        let counts = names.map { n in (n, main.filter { $0 == n }.count) }.filter { $0.1 > 0 }
        let caption = "Where the \(sectors.count) largest users' water comes from in \(solved[context.featured].scenario) "
            + "(interval midpoints, \(context.water), summed over the periods). The main source is "
            + counts.map { "\($0.0) for \($0.1)" }.joined(separator: ", ") + " of them."
        return ReportFigure(svg: chart.svg(), caption: caption)
    }
}
