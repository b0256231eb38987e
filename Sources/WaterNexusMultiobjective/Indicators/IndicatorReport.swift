/// Every quality indicator of an approximation front against a reference front, with the reference
/// point and normalization they were computed with. All objectives minimized.
public struct IndicatorReport: Sendable, Equatable, Codable {
    /// Hypervolume of the approximation.
    public var hypervolume: HypervolumeEstimate
    /// Hypervolume of the reference front under the same settings (or its analytic value when given).
    public var referenceHypervolume: Double
    /// hypervolume / referenceHypervolume.
    public var hypervolumeRatio: Double
    /// Inverted generational distance (normalized space).
    public var invertedGenerationalDistance: Double
    /// IGD+ (normalized space).
    public var invertedGenerationalDistancePlus: Double
    /// Generational distance (normalized space).
    public var generationalDistance: Double
    /// Schott's spacing of the approximation (normalized space).
    public var spacing: Double
    /// Additive ε of the approximation against the reference (normalized space).
    public var additiveEpsilon: Double
    /// C(approximation, reference): share of the reference front weakly dominated by the approximation.
    public var coverageOfReference: Double
    /// C(reference, approximation): share of the approximation weakly dominated by the reference front.
    public var coverageByReference: Double
    /// The normalization applied before every distance and volume.
    public var normalization: ObjectiveNormalization
    /// Number of points in the approximation.
    public var approximationSize: Int

    /// Computes every indicator.
    /// - Parameters:
    ///   - approximation: the front measured, minimized, one row per point.
    ///   - reference: the reference front (e.g. the exact one), minimized.
    ///   - referencePoint: hypervolume reference point in normalized units.
    ///   - normalization: applied to both fronts before measuring (e.g. ``ObjectiveNormalization/bounding(_:)``
    ///     of the reference front, or the identity).
    ///   - referenceHypervolume: the reference front's exact hypervolume when known analytically;
    ///     otherwise it is measured on `reference`.
    ///   - seed: seed of the Monte Carlo hypervolume estimate (more than 3 objectives).
    public static func compute(
        approximation: [[Double]], reference: [[Double]], referencePoint: [Double],
        normalization: ObjectiveNormalization, referenceHypervolume: Double? = nil, seed: UInt64 = 1
    ) -> IndicatorReport {
        let hv = Hypervolume.measure(approximation, reference: referencePoint, normalization: normalization, seed: seed)
        let exactHV = referenceHypervolume
            ?? Hypervolume.measure(reference, reference: referencePoint, normalization: normalization, seed: seed).value
        return IndicatorReport(
            hypervolume: hv,
            referenceHypervolume: exactHV,
            hypervolumeRatio: exactHV > 0 ? hv.value / exactHV : .nan,
            invertedGenerationalDistance: DistanceIndicators.invertedGenerationalDistance(approximation, reference: reference, normalization: normalization),
            invertedGenerationalDistancePlus: DistanceIndicators.invertedGenerationalDistancePlus(approximation, reference: reference, normalization: normalization),
            generationalDistance: DistanceIndicators.generationalDistance(approximation, reference: reference, normalization: normalization),
            spacing: Spacing.value(approximation, normalization: normalization),
            additiveEpsilon: AdditiveEpsilon.value(approximation, reference: reference, normalization: normalization),
            coverageOfReference: Coverage.value(approximation, covers: reference),
            coverageByReference: Coverage.value(reference, covers: approximation),
            normalization: normalization,
            approximationSize: approximation.count)
    }
}
