import WaterNexusModel

extension ReLUNetwork {
    /// Adds the network to `model` as a big-M MILP and returns its output as an expression of the new variables.
    /// `input` must lie in [lower, upper]. Every hidden neuron gets bounds [l, u] on its pre-activation z from
    /// ``intervalBounds(from:to:)``: a neuron with u ≤ 0 is 0, one with l ≥ 0 is z, and the others take a binary
    /// δ with h ≥ z, h ≥ 0, h ≤ z − l·(1 − δ), h ≤ u·δ (exact for any z in [l, u]). Variables are named
    /// `<name>_z<layer>_<neuron>`, `<name>_h…`, `<name>_d…`.
    public func embedBigM(in model: inout Model, input: LinearExpression, lower: Double, upper: Double, name: String) throws -> LinearExpression {
        let bounds = intervalBounds(from: lower, to: upper)
        var activation = [inputScale * (input - LinearExpression(constant: inputShift))]
        for (l, layer) in layers.dropLast().enumerated() {
            var next: [LinearExpression] = []
            for (j, (row, bias)) in zip(layer.weights, layer.biases).enumerated() {
                let range = bounds.hidden[l][j]
                var z = LinearExpression(constant: bias)
                for (w, a) in zip(row, activation) { z += w * a }
                if range.upperBound <= 0 { next.append(LinearExpression()); continue }
                if range.lowerBound >= 0 { next.append(z); continue }
                let h = try model.addVariable("\(name)_h\(l)_\(j)", lower: 0, upper: range.upperBound)
                let d = try model.addVariable("\(name)_d\(l)_\(j)", kind: .binary)
                try model.addConstraint(h - z >= 0)
                try model.addConstraint(h - z - range.lowerBound * d <= -range.lowerBound)
                try model.addConstraint(h - range.upperBound * d <= 0)
                next.append(h.expression)
            }
            activation = next
        }
        let last = layers[layers.count - 1]
        var out = LinearExpression(constant: last.biases[0])
        for (w, a) in zip(last.weights[0], activation) { out += w * a }
        return LinearExpression(constant: outputShift) + outputScale * out
    }
}
