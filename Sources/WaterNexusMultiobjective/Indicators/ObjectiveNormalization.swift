/// An affine map of objective vectors onto the unit box: fₖ ↦ (fₖ − idealₖ)/(nadirₖ − idealₖ).
/// Stored with every indicator result so the numbers can be reproduced.
public struct ObjectiveNormalization: Sendable, Equatable, Codable {
    /// The point mapped to the origin.
    public var ideal: [Double]
    /// The point mapped to (1, …, 1).
    public var nadir: [Double]

    /// A normalization from its ideal and nadir points (a zero range leaves that objective shifted only).
    public init(ideal: [Double], nadir: [Double]) {
        precondition(ideal.count == nadir.count, "ideal and nadir need the same number of objectives")
        self.ideal = ideal
        self.nadir = nadir
    }

    /// The identity map for `count` objectives.
    public static func identity(objectives count: Int) -> ObjectiveNormalization {
        ObjectiveNormalization(ideal: Array(repeating: 0, count: count), nadir: Array(repeating: 1, count: count))
    }

    /// The componentwise minimum and maximum of `points` (typically the reference front).
    /// - Precondition: `points` is not empty.
    public static func bounding(_ points: [[Double]]) -> ObjectiveNormalization {
        precondition(!points.isEmpty, "a normalization needs at least one point")
        var ideal = points[0], nadir = points[0]
        for point in points.dropFirst() {
            for k in point.indices {
                ideal[k] = min(ideal[k], point[k])
                nadir[k] = max(nadir[k], point[k])
            }
        }
        return ObjectiveNormalization(ideal: ideal, nadir: nadir)
    }

    /// The normalized image of `point`.
    public func apply(_ point: [Double]) -> [Double] {
        point.indices.map { k in
            let range = nadir[k] - ideal[k]
            return range > 0 ? (point[k] - ideal[k]) / range : point[k] - ideal[k]
        }
    }

    /// The normalized images of `points`.
    public func apply(_ points: [[Double]]) -> [[Double]] { points.map(apply) }
}
