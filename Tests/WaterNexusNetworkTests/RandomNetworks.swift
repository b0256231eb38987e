import Foundation
import WaterNexusMultiobjective

/// Seeded random water networks (as model-file YAML, so that a failing instance can be saved and rerun with
/// `nexus network`) for the differential tests against SCIP.
///
/// Each network has 1–3 contaminants (mostly 1–2), a fresh source and sometimes a reclaimed one (each capacitated or not),
/// 2–3 fixed-load units and sometimes a fixed-flow unit, 1–2 treatment slots with 1–3 technologies, one
/// discharge, every connection allowed (so treated water can loop back to the units), and sometimes pipes
/// with binaries (fixed cost, minimum flow), a carbon price and a carbon cap. Fresh water is often scarce
/// (5–80 t/h), so units may need more water than all sources supply, recycled through treatment. Sizes stay
/// small (several contaminants only with two units and one slot) so that both solvers close most instances
/// in about a second.
enum RandomNetworks {
    /// The model text for `seed` (the same text on every platform).
    static func yaml(seed: UInt64) -> String {
        var draw = Draw(seed: seed)
        return draw.network(seed: seed)
    }

    /// The random choices, drawn in a fixed order.
    struct Draw {
        var generator: SeededGenerator
        init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

        /// A uniform number in `range`, rounded to 2 decimals (model files show it exactly).
        mutating func value(_ range: ClosedRange<Double>) -> Double {
            (Double.random(in: range, using: &generator) * 100).rounded() / 100
        }
        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &generator) < p }
        mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
        mutating func list(_ k: Int, _ make: (inout Draw) -> String) -> String {
            "[" + (0..<k).map { _ in make(&self) }.joined(separator: ", ") + "]"
        }

        mutating func network(seed: UInt64) -> String {
            let k = chance(0.65) ? 1 : chance(0.75) ? 2 : 3
            var lines = ["# Random network, seed \(seed) (Tests/WaterNexusNetworkTests/RandomNetworks.swift).",
                         "name: random_\(seed)",
                         "contaminants: [" + (0..<k).map { "C\($0)" }.joined(separator: ", ") + "]"]
            var economics = "economics: {hoursPerYear: 1, maxFlow: \(chance(0.5) ? 100 : 60), electricityPrice: \(value(0...0.2))"
            if chance(0.3) { economics += ", carbonPrice: \(value(0.05...0.5))" }
            if chance(0.2) { economics += ", carbonCap: \(value(2...20))" }
            lines.append(economics + "}")
            lines.append("sources:")
            lines.append("  - {name: fresh, cost: \(value(1...2)), concentrations: \(list(k) { _ in "0" }), carbon: \(value(0...0.3))"
                         + (chance(0.5) ? ", capacity: \(value(5...80))}" : "}"))
            if chance(0.5) {
                lines.append("  - {name: reclaimed, cost: \(value(0.2...0.8)), concentrations: \(list(k) { "\($0.value(5...30))" }), carbon: \(value(0...0.5))"
                             + (chance(0.6) ? ", capacity: \(value(10...50))}" : "}"))
            }
            lines.append("units:")
            var users: [String] = []
            let unitCount = k == 1 && chance(0.3) ? 3 : 2
            for u in 0..<unitCount {
                let maxInlet = (0..<k).map { _ in u == 0 && chance(0.5) ? 0 : value(0...40) }
                let maxOutlet = maxInlet.map { $0 + value(60...250) }
                let loads = (0..<k).map { _ in chance(0.2) ? 0 : value(0.5...3) }
                lines.append("  - {name: U\(u), loads: \(text(loads)), maxInlet: \(text(maxInlet)), maxOutlet: \(text(maxOutlet))"
                             + (chance(0.4) ? ", maxFlow: \(value(30...90))}" : "}"))
                users.append("U\(u)")
            }
            if chance(0.25) {
                let inlet = value(5...15)
                lines.append("  - {name: F, type: fixedFlow, inletFlow: \(inlet), maxInlet: \(list(k) { "\($0.value(20...60))" }), "
                             + "outletFlow: \(((inlet * value(0.5...1)) * 100).rounded() / 100), outletConcentrations: \(list(k) { "\($0.value(30...120))" })}")
            }
            lines.append("treatments:")
            for t in 0..<(k == 1 && unitCount == 2 && chance(0.35) ? 2 : 1) {
                lines.append("  - name: T\(t)")
                if chance(0.5) { lines.append("    capacity: \(value(30...100))") }
                lines.append("    technologies:")
                for j in 0..<(chance(0.5) ? 1 : chance(0.8) ? 2 : 3) {
                    lines.append("      - {name: t\(t)_\(j), removal: \(list(k) { "\($0.value(0.5...0.99))" }), opexPerTonne: \(value(0.05...0.4)), "
                                 + "kWhPerTonne: \(value(0...1.5)), capexFixed: \(chance(0.5) ? value(1...20) : 0), capexPerFlow: \(value(0...1)), "
                                 + "chemicalCarbonPerTonne: \(value(0...0.05))}")
                }
                users.append("T\(t)")
            }
            lines.append("discharges:")
            lines.append("  - {name: river, limits: \(list(k) { $0.chance(0.4) ? ".inf" : "\($0.value(30...150))" }), fee: \(value(0...0.2))}")
            let pipes = count(0...3)
            if pipes > 0 {
                lines.append("connections:")
                lines.append("  pipes:")
                var used = Set<String>()
                for _ in 0..<pipes {
                    let from = users[count(0...(users.count - 1))], to = (users + ["river"])[count(0...users.count)]
                    guard from != to, used.insert(from + ">" + to).inserted else { continue }
                    let fixedCost = chance(0.7) ? value(1...10) : 0, minFlow = fixedCost == 0 || chance(0.5) ? value(1...5) : 0
                    lines.append("    - {from: \(from), to: \(to), fixedCost: \(fixedCost), minFlow: \(minFlow), costPerFlow: \(value(0...0.5)), head: \(value(0...20))}")
                }
                if used.isEmpty { lines.removeLast(2) }
            }
            return lines.joined(separator: "\n") + "\n"
        }

        func text(_ values: [Double]) -> String { "[" + values.map { "\($0)" }.joined(separator: ", ") + "]" }
    }
}
