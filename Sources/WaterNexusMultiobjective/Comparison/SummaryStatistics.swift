/// Median and spread of a sample: minimum, quartiles (linear interpolation) and maximum.
public struct SummaryStatistics: Sendable, Equatable, Codable {
    /// Number of values summarized.
    public var count: Int
    public var minimum: Double
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double
    public var maximum: Double

    /// The summary of `values` (NaNs dropped); nil when no value is left.
    public init?(_ values: [Double]) {
        let sorted = values.filter { !$0.isNaN }.sorted()
        guard !sorted.isEmpty else { return nil }
        func quantile(_ q: Double) -> Double {
            let position = q * Double(sorted.count - 1)
            let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
            let weight = position - Double(low)
            return weight == 0 ? sorted[low] : sorted[low] * (1 - weight) + sorted[high] * weight
        }
        count = sorted.count
        minimum = sorted[0]
        lowerQuartile = quantile(0.25)
        median = quantile(0.5)
        upperQuartile = quantile(0.75)
        maximum = sorted[sorted.count - 1]
    }
}
