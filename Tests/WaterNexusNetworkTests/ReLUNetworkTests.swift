import Foundation
import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusNetwork

@Suite struct ReLUNetworkTests {
    /// A random network (seeded) with the given hidden sizes.
    static func randomNetwork(_ hidden: [Int], sampler: inout IndependentSampler) -> ReLUNetwork {
        ReLUNetwork(layers: zip([1] + hidden, hidden + [1]).map { inputs, outputs in
            ReLUNetwork.Layer(weights: (0..<outputs).map { _ in (0..<inputs).map { _ in 4 * sampler.uniform() - 2 } },
                              biases: (0..<outputs).map { _ in 2 * sampler.uniform() - 1 })
        })
    }

    static let data: (x: [Double], y: [Double]) = {
        let x = (0..<48).map { 10 + 2.5 * Double($0) }
        return (x, x.map { 0.95 * (1 - exp(-150 / $0)) })
    }()

    /// Training is deterministic (same seed, same network; another seed, another) and learns a smooth curve:
    /// the held-out error of an [8] network on exact data from r = 0.95(1 − e^(−150/Q)) stays below 1 % of the
    /// output's span.
    @Test func trainingIsDeterministicAndFits() throws {
        let first = try ReLUNetwork.train(x: Self.data.x, y: Self.data.y, hidden: [8], epochs: 1500, seed: 5)
        let span = Self.data.y.max()! - Self.data.y.min()!
        #expect((first.errors.validationRMSE ?? 1) < 0.01 * span)
        let twice = try (0..<2).map { _ in try ReLUNetwork.train(x: Self.data.x, y: Self.data.y, hidden: [4, 4], epochs: 100, seed: 5).network }
        #expect(twice[0] == twice[1])
        let other = try ReLUNetwork.train(x: Self.data.x, y: Self.data.y, hidden: [4, 4], epochs: 100, seed: 6)
        #expect(other.network != twice[0])
    }

    /// Interval bounds hold: on random networks and boxes, every hidden pre-activation and the output at random
    /// inputs in the box lie inside the propagated intervals.
    @Test func intervalBoundsHoldOnRandomNetworks() {
        var sampler = IndependentSampler(state: 21)
        for trial in 0..<200 {
            let hidden = trial % 2 == 0 ? [1 + trial % 16] : [1 + trial % 16, 1 + (trial / 3) % 16]
            let network = Self.randomNetwork(hidden, sampler: &sampler)
            let a = 10 * sampler.uniform() - 5, b = a + 5 * sampler.uniform()
            let bounds = network.intervalBounds(from: a, to: b)
            for _ in 0..<20 {
                let x = a + (b - a) * sampler.uniform()
                let trace = network.trace(x)
                for (layer, ranges) in zip(trace.hidden, bounds.hidden) {
                    for (z, range) in zip(layer, ranges) { #expect(range.contains(z) || abs(z - range.lowerBound) < 1e-12 || abs(z - range.upperBound) < 1e-12) }
                }
                #expect(trace.output >= bounds.output.lowerBound - 1e-12 && trace.output <= bounds.output.upperBound + 1e-12)
            }
        }
    }

    /// The big-M MILP (GLPK) with its input fixed equals the forward pass, minimized and maximized; and the exact
    /// piecewise-linear form (the one the network optimization embeds) equals it everywhere sampled.
    @Test func embeddingsEqualTheForwardPass() throws {
        var sampler = IndependentSampler(state: 4)
        for trial in 0..<6 {
            let network = Self.randomNetwork(trial < 3 ? [12] : [8, 6], sampler: &sampler)
            let curve = try network.piecewiseLinear(from: -3, to: 3)
            for _ in 0..<6 {
                let x = -3 + 6 * sampler.uniform()
                #expect(abs(curve.value(at: x) - network.value(at: x)) <= 1e-9 * (1 + abs(network.value(at: x))))
                for sense in [ObjectiveSense.minimize, .maximize] {
                    var model = Model(name: "relu")
                    let input = try model.addVariable("x", lower: -3, upper: 3)
                    try model.addConstraint(input.expression == x)
                    let output = try network.embedBigM(in: &model, input: input.expression, lower: -3, upper: 3, name: "n")
                    try model.setObjective(sense, output)
                    var options = SolverOptions()
                    options.mipGap = 0
                    let solution = try GLPKSolver.solve(model, options: options)
                    #expect(solution.status == .optimal)
                    #expect(abs((solution.objective ?? .nan) - network.value(at: x)) <= 1e-9 * (1 + abs(network.value(at: x))))
                }
            }
        }
    }

    /// A `relu` relation in a model file: the removal curve is the trained network exactly, and the model solves.
    @Test func reluRemovalInAModelFile() throws {
        let directory = try HybridFixtures.folder(["removal.csv": HybridFixtures.csv("removal", zip(Self.data.x, Self.data.y).map { ($0, $1) })])
        let yaml = """
        contaminants: [A]
        sources: [{name: fresh, cost: 1, concentrations: [0]}]
        units: [{name: U, loads: [2], maxInlet: [10], maxOutlet: [150]}]
        treatments:
          - name: T
            capacity: 127.5
            technologies:
              - {name: t, removal: [0.8], opexPerTonne: 0.5, hybridRemoval: [{contaminant: A, data: removal.csv, class: relu, hidden: [6], epochs: 800, seed: 3}]}
        discharges: [{name: river, limits: [30]}]
        """
        let network = try NetworkModel.parse(yaml: yaml, file: "relu.yaml", directory: directory)
        let fitted = try #require(network.treatments[0].technologies[0].removalCurve(0))
        let trained = try #require(fitted.network)
        #expect(fitted.modelClass == .relu && fitted.errors.validationRMSE != nil)
        for q in stride(from: 10.0, through: 127.5, by: 1.3) { #expect(abs(fitted.curve.value(at: q) - trained.value(at: q)) < 1e-9) }
        let result = try NetworkSolver.solve(network)
        #expect(result.status == .optimal && result.evaluation?.isFeasible == true)
    }
}
