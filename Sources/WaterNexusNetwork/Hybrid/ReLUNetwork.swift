import Foundation

/// A small fully connected ReLU network y = W_L·σ(…σ(W_1·x + b_1)…) + b_L with one input and one output,
/// its inputs and outputs scaled by affine maps fixed at training time.
public struct ReLUNetwork: Sendable, Equatable {
    /// One affine layer: `weights[j][i]` from input i to neuron j.
    public struct Layer: Sendable, Equatable {
        public var weights: [[Double]]
        public var biases: [Double]
        public init(weights: [[Double]], biases: [Double]) {
            self.weights = weights
            self.biases = biases
        }
        func apply(_ input: [Double]) -> [Double] {
            zip(weights, biases).map { row, bias in zip(row, input).reduce(bias) { $0 + $1.0 * $1.1 } }
        }
    }

    /// Hidden layers (ReLU after each) then the linear output layer.
    public var layers: [Layer]
    /// The network sees (x − inputShift)·inputScale and its output is mapped back as y = outputShift + outputScale·out.
    public var inputShift = 0.0, inputScale = 1.0, outputShift = 0.0, outputScale = 1.0

    public init(layers: [Layer]) { self.layers = layers }

    /// The pre-activations of every hidden layer and the output, for input `x` (unscaled).
    public func trace(_ x: Double) -> (hidden: [[Double]], output: Double) {
        var activation = [(x - inputShift) * inputScale]
        var hidden: [[Double]] = []
        for layer in layers.dropLast() {
            let z = layer.apply(activation)
            hidden.append(z)
            activation = z.map { max($0, 0) }
        }
        return (hidden, outputShift + outputScale * layers[layers.count - 1].apply(activation)[0])
    }

    /// The forward pass.
    public func value(at x: Double) -> Double { trace(x).output }

    /// Interval bounds on every hidden pre-activation and on the output for inputs in [lower, upper]
    /// (interval arithmetic layer by layer: valid for every input in the interval, not always tight).
    public func intervalBounds(from lower: Double, to upper: Double) -> (hidden: [[ClosedRange<Double>]], output: ClosedRange<Double>) {
        let a = (lower - inputShift) * inputScale, b = (upper - inputShift) * inputScale
        var activation = [min(a, b)...max(a, b)]
        var hidden: [[ClosedRange<Double>]] = []
        func propagate(_ layer: Layer, _ input: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
            zip(layer.weights, layer.biases).map { row, bias in
                var lo = bias, hi = bias
                for (w, range) in zip(row, input) {
                    lo += w >= 0 ? w * range.lowerBound : w * range.upperBound
                    hi += w >= 0 ? w * range.upperBound : w * range.lowerBound
                }
                return lo...hi
            }
        }
        for layer in layers.dropLast() {
            let z = propagate(layer, activation)
            hidden.append(z)
            activation = z.map { max($0.lowerBound, 0)...max($0.upperBound, 0) }
        }
        let out = propagate(layers[layers.count - 1], activation)[0]
        let ends = [outputShift + outputScale * out.lowerBound, outputShift + outputScale * out.upperBound]
        return (hidden, ends.min()!...ends.max()!)
    }

    /// The network on [lower, upper] as a piecewise-linear curve through its exact kinks: with one input the
    /// network is affine between the points where a hidden pre-activation changes sign, found layer by layer
    /// (each pre-activation is affine between the kinks of the layers before it).
    public func piecewiseLinear(from lower: Double, to upper: Double) throws -> PiecewiseLinear {
        var kinks = [lower, upper]
        for depth in 0..<(layers.count - 1) {
            let points = Array(Set(kinks)).sorted()
            var found: [Double] = []
            for (a, b) in zip(points, points.dropFirst()) where b > a {
                let za = trace(a).hidden[depth], zb = trace(b).hidden[depth]
                for (p, q) in zip(za, zb) where (p < 0 && q > 0) || (p > 0 && q < 0) {
                    found.append(a + (b - a) * p / (p - q)) // the affine pre-activation's zero
                }
            }
            kinks += found
        }
        var xs: [Double] = []
        for x in Array(Set(kinks)).sorted() where xs.last.map({ x - $0 > 1e-12 * (1 + abs(x)) }) ?? true { xs.append(x) }
        if xs.count < 2 { xs = [lower, upper] }
        xs[xs.count - 1] = upper
        return try PiecewiseLinear(x: xs, y: xs.map(value(at:)))
    }
}
