/// A water source of an allocation case.
public struct WaterSource: Sendable {
    /// Short identifier (used in variable names and CSV columns), e.g. `LR`.
    public var id: String
    /// Readable name.
    public var name: String
    /// Recycled water: its deliveries discharge no pollutant and obey the users' share caps.
    public var isRecycled: Bool
    /// Greenhouse-gas emission per m³ delivered (kgCO2e/m³), before scenario overrides.
    public var ghg: TaggedValue
}

/// A water user (demand sector) of an allocation case.
public struct WaterUser: Sendable {
    /// Short identifier, e.g. `residential`.
    public var id: String
    /// Readable name.
    public var name: String
    /// Demand (volume units of the case, e.g. million m³/yr).
    public var demand: TaggedValue
    /// Priority order n_j (1 = served first) used in the shortage weight α_j.
    public var order: TaggedValue
    /// Pollutant discharged per unit of non-recycled water delivered (p_j·δ_j, t per volume unit).
    public var pollutant: TaggedValue
}

/// The availability of every source at one guaranteed rate (hydrological reliability).
public struct GuaranteedRate: Sendable {
    /// The rate as written in the model file, e.g. `75`.
    public var label: String
    /// Availability A_i per source, in source order.
    public var availability: [TaggedValue]
}

/// A scenario: overrides of source emission factors and of recycled-water share caps.
public struct AllocationScenario: Sendable {
    /// Identifier, e.g. `S2`.
    public var id: String
    /// Readable name.
    public var name: String
    /// Emission factor per source; `nil` keeps the source's own factor.
    public var ghg: [TaggedValue?]
    /// Share cap per (source, user) as a fraction of the user's demand; `nil` keeps the case's cap.
    public var shareCaps: [[TaggedValue?]]
}

/// The kinds of objective an allocation case can ask for (all minimized).
public enum AllocationObjectiveKind: String, Sendable, CaseIterable {
    /// f1 = Σ_j α_j (d_j − Σ_i x_ij), α_j = 1 + (M − n_j)/Σ_j n_j.
    case weightedShortage = "weighted_shortage"
    /// f2 = Σ_ij E_i x_ij (kg/m³ × million m³ = thousand t).
    case emissions
    /// f3 = Σ_j p_jδ_j Σ_{i not recycled} x_ij.
    case pollutant
}

/// One objective requested by the model file.
public struct AllocationObjectiveSpec: Sendable {
    /// Identifier (`f1`, …) used in tables.
    public var id: String
    /// What it measures.
    public var kind: AllocationObjectiveKind
    /// Unit text for table headers.
    public var unit: String
    /// M in α_j = 1 + (M − n_j)/Σ n_j (weighted shortage only; default: the number of users).
    public var orderBase: Double?
}

/// Regret-choice preferences of the decision maker.
public struct ChoicePreferences: Sendable {
    /// One preference weight β_k per objective.
    public var beta: [TaggedValue]
    /// Regret weight γ ∈ [0, 1] (γ = 0: weighted sum).
    public var gamma: TaggedValue
    /// An optional preference sweep: one objective's weight runs over 0, step, …, 1 and the others get
    /// `(1 − β) × share`.
    public var sweep: PreferenceSweep?
}

/// A sweep of one objective's preference weight (Cai et al. 2025 Section 4.1: β2 = 0, 0.1, …, 1 with
/// β1 = 0.8 (1 − β2) and β3 = 0.2 (1 − β2)).
public struct PreferenceSweep: Sendable {
    /// The objective whose weight is swept.
    public var objective: Int
    /// The step of the sweep.
    public var step: TaggedValue
    /// Shares of the remaining weight, one per objective (the swept one's share is ignored).
    public var shares: [TaggedValue]

    /// The weight vectors of the sweep, with the swept weight.
    public var weights: [(swept: Double, beta: [Double])] {
        let n = max(1, Int((1 / step.value).rounded()))
        return (0...n).map { k in
            let b = Double(k) / Double(n)
            return (b, shares.indices.map { $0 == objective ? b : (1 - b) * shares[$0].value })
        }
    }
}

/// An existing allocation to compare with: source totals per guaranteed rate.
public struct OriginalPlan: Sendable {
    /// Source totals per rate label, in source order.
    public var supply: [(rate: String, totals: [TaggedValue])]
}

/// A multiobjective allocation case read from a model file and its CSV data.
public struct AllocationCase: Sendable {
    /// Short name.
    public var name: String
    /// Title for reports.
    public var title: String
    /// The volume unit of demands, availabilities and decisions.
    public var volumeUnit: String
    /// Sources, in file order.
    public var sources: [WaterSource]
    /// Users, in file order.
    public var users: [WaterUser]
    /// connections[i][j]: source i may supply user j (β_ij = 1).
    public var connections: [[Bool]]
    /// Share caps per (source, user) as fractions of demand (nil: none).
    public var shareCaps: [[TaggedValue?]]
    /// Guaranteed rates, in file order.
    public var rates: [GuaranteedRate]
    /// Objectives, in file order.
    public var objectives: [AllocationObjectiveSpec]
    /// Scenarios, in file order (may be empty: the case itself is the only scenario).
    public var scenarios: [AllocationScenario]
    /// Regret-choice preferences, if given.
    public var choice: ChoicePreferences?
    /// The existing plan to compare with, if given.
    public var originalPlan: OriginalPlan?
    /// Path of a CSV with published objective values to compare with (columns id, plan, rate, f…), if given.
    public var publishedResults: String?
    /// The model file's path.
    public var modelFile: String
    /// The data folder.
    public var dataDirectory: String

    /// The index of a source by id.
    public func sourceIndex(_ id: String) -> Int? { sources.firstIndex { $0.id == id } }
    /// The index of a user by id.
    public func userIndex(_ id: String) -> Int? { users.firstIndex { $0.id == id } }
    /// The rate with this label.
    public func rate(_ label: String) -> GuaranteedRate? { rates.first { $0.label == label } }
    /// The scenario with this id.
    public func scenario(_ id: String) -> AllocationScenario? { scenarios.first { $0.id == id } }

    /// Every value the case uses that is not published, for reports: (what, value, tag, source).
    public var unpublishedInputs: [(what: String, value: TaggedValue)] {
        var list: [(String, TaggedValue)] = []
        for s in sources where s.ghg.tag != .published { list.append(("GHG factor \(s.id) (kg/m³)", s.ghg)) }
        for u in users {
            if u.demand.tag != .published { list.append(("demand \(u.id)", u.demand)) }
            if u.order.tag != .published { list.append(("order n \(u.id)", u.order)) }
            if u.pollutant.tag != .published { list.append(("pollutant p·δ \(u.id) (t per \(volumeUnit))", u.pollutant)) }
        }
        for r in rates {
            for (i, a) in r.availability.enumerated() where a.tag != .published {
                list.append(("availability \(sources[i].id) at \(r.label) %", a))
            }
        }
        if let choice, choice.gamma.tag != .published { list.append(("regret weight γ", choice.gamma)) }
        return list
    }
}
