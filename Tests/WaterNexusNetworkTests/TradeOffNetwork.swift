import WaterNexusNetwork

/// Synthetic (hand-chosen values): one unit picking up 1 kg/h, fed by fresh water (1 per t, no carbon) or by
/// its own water recycled through a technology removing 90 % at 2 kWh/t (0.5306 kgCO2/kWh) and 0.1 per t;
/// one hour per year. Recycling saves water but emits: cost 10 at no carbon, down to cost 1000/900 = 1.1111
/// at 2 · 0.5306 · 1000/90 = 11.791 kgCO2.
enum TradeOffNetwork {
    static func model() -> NetworkModel {
        var economics = Economics()
        economics.hoursPerYear = 1
        economics.maxFlow = 100
        return NetworkModel(name: "tradeoff", contaminants: ["A"],
                            sources: [WaterSource(name: "fresh", cost: 1, concentrations: [0])],
                            units: [WaterUnit.fixedLoad("U", loads: [1], maxInlet: [20], maxOutlet: [100])],
                            treatments: [TreatmentSlot(name: "T", technologies: [TreatmentTechnology(name: "ro", removal: [0.9], kWhPerTonne: 2, opexPerTonne: 0.1)])],
                            discharges: [Discharge(name: "river", limits: [.infinity])], economics: economics)
    }
}
