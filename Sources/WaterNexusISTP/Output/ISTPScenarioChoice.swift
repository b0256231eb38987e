/// The scenarios a report points to: the most favourable one (the highest guaranteed net benefit f⁻,
/// ties broken by f⁺) and the recommended one, the most favourable among the scenarios that keep an
/// energy cap (the question asks for energy control), or the most favourable overall when none does.
public struct ISTPScenarioChoice: Sendable, Equatable {
    /// Index of the most favourable scenario.
    public var mostFavourable: Int
    /// Index of the recommended scenario.
    public var recommended: Int

    /// The choice among `netBenefits` (nil: no optimal solution, never chosen); `capped[k]` tells
    /// whether scenario k has energy-control rows. Nil when no scenario has a net benefit.
    public init?(netBenefits: [Interval?], capped: [Bool]) {
        func best(_ candidates: [Int]) -> Int? {
            candidates.filter { netBenefits[$0] != nil }.max { a, b in
                let x = netBenefits[a]!, y = netBenefits[b]!
                return (x.lower, x.upper) < (y.lower, y.upper)
            }
        }
        guard let overall = best(Array(netBenefits.indices)) else { return nil }
        mostFavourable = overall
        recommended = best(netBenefits.indices.filter { capped[$0] }) ?? overall
    }
}
