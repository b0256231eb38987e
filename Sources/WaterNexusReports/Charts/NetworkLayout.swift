/// Layer and row of every node of a ``NetworkDiagram``.
struct NetworkLayout {
    var layer: [Int]
    var row: [Int]
    var rowsPerLayer: [Int]
    var layerCount: Int { rowsPerLayer.count }

    init(nodes: [NetworkDiagram.Node], arcs: [NetworkDiagram.Arc]) {
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        let edges = arcs.compactMap { a -> (Int, Int)? in
            guard let f = index[a.from], let t = index[a.to], f != t else { return nil }
            return (f, t)
        }
        // Longest path from the sources for automatic layers (bounded passes, so cycles terminate).
        var layer = nodes.map { $0.layer ?? 0 }
        for _ in 0..<nodes.count {
            var changed = false
            for (f, t) in edges where nodes[t].layer == nil && layer[t] < layer[f] + 1 && layer[f] + 1 < nodes.count {
                layer[t] = layer[f] + 1
                changed = true
            }
            if !changed { break }
        }
        let minLayer = layer.min() ?? 0
        layer = layer.map { $0 - minLayer }
        let count = (layer.max() ?? 0) + 1
        // Barycentre ordering, two sweeps left to right.
        var row = Array(repeating: 0, count: nodes.count)
        var members = (0..<count).map { l in nodes.indices.filter { layer[$0] == l } }
        for l in 0..<count { for (r, k) in members[l].enumerated() { row[k] = r } }
        for _ in 0..<2 {
            for l in 1..<max(1, count) {
                let keyed = members[l].enumerated().map { (position, k) -> (Double, Int, Int) in
                    let preds = edges.filter { $0.1 == k && layer[$0.0] < l }.map { Double(row[$0.0]) / Double(max(1, members[layer[$0.0]].count)) }
                    let center = preds.isEmpty ? Double(row[k]) / Double(max(1, members[l].count)) : preds.reduce(0, +) / Double(preds.count)
                    return (center, position, k)
                }
                members[l] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
                for (r, k) in members[l].enumerated() { row[k] = r }
            }
        }
        self.layer = layer
        self.row = row
        self.rowsPerLayer = members.map { max(1, $0.count) }
    }
}
