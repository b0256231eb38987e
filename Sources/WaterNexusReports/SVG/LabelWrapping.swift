/// Splits axis names over at most two lines so neighbouring names do not overlap.
enum AxisName {
    static func wrap(_ name: String, width: Double, size: Double = ChartStyle.labelSize) -> [String] {
        guard ChartStyle.textWidth(name, size: size) > width else { return [name] }
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [name] }
        var best = (index: 1, cost: Double.infinity)
        for k in 1..<words.count {
            let a = words[..<k].joined(separator: " "), b = words[k...].joined(separator: " ")
            let cost = max(ChartStyle.textWidth(a, size: size), ChartStyle.textWidth(b, size: size))
            if cost < best.cost { best = (k, cost) }
        }
        return [words[..<best.index].joined(separator: " "), words[best.index...].joined(separator: " ")]
    }
}

/// Word wrapping of category names.
enum CategoryLabel {
    /// `name` split into at most three lines no wider than `width`, or nil when that is impossible.
    static func wrap(_ name: String, width: Double) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in name.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if ChartStyle.textWidth(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = word
            }
            if ChartStyle.textWidth(current) > width { return nil }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.count <= 3 ? lines : nil
    }
}
