import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// The output of `nexus compare MODEL` on an allocation model: MORIME against the exact front of one
/// rate, as text, JSON, result files (with wall-clock values and the convergence figure) and report.
public struct AllocationComparisonOutput: ResultOutput {
    /// The comparison.
    public var comparison: AllocationComparison
    /// Title of the report and the manifest.
    public var title: String

    /// The output of a finished comparison.
    public init(_ comparison: AllocationComparison) {
        self.comparison = comparison
        title = "\(comparison.study.allocationCase.title): MORIME against the exact front"
    }

    public func text() -> String { comparison.text(timings: true) }

    public func json() throws -> String { try comparison.json() }

    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        try comparison.writeFiles(to: &folder, timings: true)
        try folder.write(comparison.report.comparison.convergenceChart().svg(), to: "convergence.svg",
                         description: "hypervolume against evaluations per seed")
    }

    public func report(files: [String]) -> HTMLReport {
        let c = comparison, runs = c.report.comparison.runs.count
        var report = HTMLReport(title: title)
        var headline: [(label: String, value: String)] = []
        let median = runs == 1 ? "" : " (median of \(runs) runs)"
        if let ratio = c.median("hypervolumeRatio") { headline.append(("Hypervolume / exact\(median)", ReportNumber.format(ratio, digits: 4))) }
        if let igd = c.median("igdPlus") { headline.append(("IGD+\(median)", ReportNumber.format(igd, digits: 4))) }
        headline.append(("Runs reaching \(ReportNumber.format(c.report.comparison.targetShare * 100)) %", "\(c.report.comparison.runsReachingTarget) of \(runs)"))
        if let distance = c.median("choiceNormalizedDistance") { headline.append(("Regret choice distance\(median)", ReportNumber.format(distance, digits: 4))) }
        report.setSummary(ReportSummary(
            question: "How close does MORIME come to the exact front of \(c.study.allocationCase.title) at \(c.rate) %, and does the regret rule pick the same plan on both fronts?",
            answer: c.findings, headline: headline, figure: c.overlayFigure))
        var section = c.reportSection(files: files, timings: true)
        section.paragraphs = [c.normalizationText] // the findings open the page already
        section.figures = []
        if files.contains("convergence.svg") {
            let last = c.report.comparison.runs.map { $0.checkpoints.last?.hypervolume ?? 0 }.max() ?? 0
            section.figures.append(ReportFigure(
                svg: c.report.comparison.convergenceChart().svg(),
                caption: "Hypervolume over the reference against evaluations, one line per seed, with the target line; the best run ends at "
                    + "\(ReportNumber.format(last / c.report.comparison.referenceHypervolume, digits: 4)) of the reference."))
        }
        report.addSection(section)
        return report
    }

    /// The case's unpublished inputs.
    public var provenance: [ProvenanceEntry] { AllocationOutput.provenance(of: comparison.study.allocationCase) }
}
