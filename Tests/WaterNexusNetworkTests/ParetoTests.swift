import Testing
import WaterNexusNetwork

@Suite struct ParetoTests {
    /// The trade-off network of ``TradeOffNetwork``.
    func tradeOff() -> NetworkModel { TradeOffNetwork.model() }

    @Test func frontIsMonotoneAndEveryPointCertified() throws {
        let points = try NetworkPareto.front(tradeOff(), count: 4)
        #expect(points.count == 4)
        let costs = points.compactMap { $0.result.evaluation?.cost.total }
        let carbon = points.compactMap { $0.result.evaluation?.emissions.total }
        #expect(costs.count == 4 && carbon.count == 4)
        for i in 1..<costs.count {
            #expect(costs[i] <= costs[i - 1] + 1e-6)
            #expect(carbon[i] >= carbon[i - 1] - 1e-6)
        }
        for point in points {
            #expect(point.result.status == .optimal)
            if let cap = point.cap { #expect((point.result.evaluation?.emissions.total ?? .infinity) <= cap * (1 + 1e-6)) }
        }
        // Hand calculation of the ends. No recycle: 1000 g/h / 100 ppm = 10 t/h fresh, cost 10, no carbon.
        #expect(abs(costs[0] - 10) < 1e-3 && carbon[0] < 1e-6)
        // Minimum cost: a closed loop U → T → U with no fresh water. Then the only contaminant exit is the
        // removal 0.9·Q·c_out = 1000 g/h, cheapest at c_out = 100 ppm: Q = 1000/90 = 11.111 t/h, inlet
        // 10 ppm ≤ 20. Cost 0.1·Q = 1.1111; carbon 2 kWh/t · 0.5306 · Q = 11.791 kgCO2.
        #expect(abs(costs[3] - 0.1 * 1000 / 90) < 1e-3)
        #expect(abs(carbon[3] - 2 * 0.5306 * 1000 / 90) < 1e-2)
    }
}
