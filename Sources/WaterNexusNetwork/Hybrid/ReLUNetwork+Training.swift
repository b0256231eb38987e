import Foundation

extension ReLUNetwork {
    /// Trains a network with `hidden` neurons per hidden layer (1–2 layers of at most 16) on (x, y) by full-batch
    /// Adam on the mean squared error, from weights drawn with a seeded generator: the same data, sizes, seed and
    /// epochs give the same network on every machine. Inputs are scaled to [−1, 1] and outputs standardized.
    /// Every `holdout`-th point is kept out and gives the validation RMSE.
    public static func train(x: [Double], y: [Double], hidden: [Int], epochs: Int = 3000, seed: UInt64 = 1,
                             learningRate: Double = 0.01, holdout: Int = 4) throws -> (network: ReLUNetwork, errors: FitErrors) {
        guard (1...2).contains(hidden.count), hidden.allSatisfy({ (1...16).contains($0) }) else {
            throw FitFailure(problem: "hidden layers \(hidden) are not 1–2 layers of 1–16 neurons", fix: "use e.g. hidden: [8] or [8, 8]")
        }
        guard x.count == y.count else { throw FitFailure(problem: "\(x.count) inputs but \(y.count) outputs", fix: "give one output per input") }
        if let bad = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
            throw FitFailure(problem: "the value is not a finite number", fix: "remove or correct the row", point: bad)
        }
        let isValidation = x.indices.map { holdout > 1 && $0 % holdout == holdout - 1 }
        let train = x.indices.filter { !isValidation[$0] }, test = x.indices.filter { isValidation[$0] }
        let weightCount = zip([1] + hidden, hidden + [1]).reduce(0) { $0 + ($1.0 + 1) * $1.1 }
        guard train.count >= 8, Set(train.map { x[$0] }).count >= 4 else {
            throw FitFailure(problem: "\(train.count) training points are too few for a ReLU network (\(weightCount) weights)", fix: "give at least 8 training points")
        }
        var generator = SplitMix64(state: seed)
        var network = ReLUNetwork(layers: zip([1] + hidden, hidden + [1]).map { inputs, outputs in
            let limit = (6.0 / Double(inputs)).squareRoot() // He-uniform
            return Layer(weights: (0..<outputs).map { _ in (0..<inputs).map { _ in limit * (2 * generator.uniform() - 1) } },
                         biases: (0..<outputs).map { _ in 0.1 * (2 * generator.uniform() - 1) })
        })
        let lower = x.min()!, upper = x.max()!
        network.inputShift = (lower + upper) / 2
        network.inputScale = upper > lower ? 2 / (upper - lower) : 1
        let mean = train.reduce(0) { $0 + y[$1] } / Double(train.count)
        let spread = (train.reduce(0) { $0 + pow(y[$1] - mean, 2) } / Double(train.count)).squareRoot()
        network.outputShift = mean
        network.outputScale = spread > 0 ? spread : 1
        var adam = Adam(shapeOf: network.layers)
        for _ in 0..<epochs {
            var gradient = network.layers.map { Layer(weights: $0.weights.map { $0.map { _ in 0 } }, biases: $0.biases.map { _ in 0 }) }
            for i in train {
                network.accumulateGradient(x: x[i], target: (y[i] - mean) / network.outputScale, scale: 2 / Double(train.count), into: &gradient)
            }
            adam.step(&network.layers, gradient: gradient, learningRate: learningRate)
        }
        func rmse(_ points: [Int]) -> Double { (points.reduce(0) { $0 + pow(network.value(at: x[$1]) - y[$1], 2) } / Double(points.count)).squareRoot() }
        return (network, FitErrors(trainingRMSE: rmse(train), validationRMSE: test.isEmpty ? nil : rmse(test)))
    }

    /// Adds scale·∂(out − target)²/∂θ at one point (backpropagation, in the network's scaled units).
    private func accumulateGradient(x: Double, target: Double, scale: Double, into gradient: inout [Layer]) {
        var inputs: [[Double]] = [[(x - inputShift) * inputScale]], pre: [[Double]] = []
        for layer in layers {
            let z = layer.apply(inputs[inputs.count - 1])
            pre.append(z)
            inputs.append(z.map { max($0, 0) })
        }
        var delta = [scale * (pre[pre.count - 1][0] - target)]
        for l in stride(from: layers.count - 1, through: 0, by: -1) {
            let input = inputs[l]
            for j in delta.indices {
                gradient[l].biases[j] += delta[j]
                for i in input.indices { gradient[l].weights[j][i] += delta[j] * input[i] }
            }
            guard l > 0 else { break }
            delta = input.indices.map { i in
                pre[l - 1][i] > 0 ? delta.indices.reduce(0) { $0 + delta[$1] * layers[l].weights[$1][i] } : 0
            }
        }
    }
}

/// Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) over the weights and biases of a list of layers.
private struct Adam {
    var first: [ReLUNetwork.Layer], second: [ReLUNetwork.Layer]
    var steps = 0

    init(shapeOf layers: [ReLUNetwork.Layer]) {
        first = layers.map { ReLUNetwork.Layer(weights: $0.weights.map { $0.map { _ in 0 } }, biases: $0.biases.map { _ in 0 }) }
        second = first
    }

    mutating func step(_ layers: inout [ReLUNetwork.Layer], gradient: [ReLUNetwork.Layer], learningRate: Double) {
        steps += 1
        let c1 = 1 - pow(0.9, Double(steps)), c2 = 1 - pow(0.999, Double(steps))
        func update(_ value: inout Double, _ g: Double, _ m: inout Double, _ v: inout Double) {
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            value -= learningRate * (m / c1) / ((v / c2).squareRoot() + 1e-8)
        }
        for l in layers.indices {
            for j in layers[l].biases.indices {
                update(&layers[l].biases[j], gradient[l].biases[j], &first[l].biases[j], &second[l].biases[j])
                for i in layers[l].weights[j].indices {
                    update(&layers[l].weights[j][i], gradient[l].weights[j][i], &first[l].weights[j][i], &second[l].weights[j][i])
                }
            }
        }
    }
}

/// SplitMix64: a small seeded generator (the same sequence on every platform).
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
