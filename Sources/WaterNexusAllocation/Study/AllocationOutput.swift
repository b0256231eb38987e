import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

/// The output of an allocation study (`nexus demo`, `nexus pareto`) in every form: text for the
/// terminal, JSON for programs, the result folder's files (CSV at full precision, SVG figures, JSON
/// summary) and the HTML report (summary first, results sections with their figures, provenance last).
/// With a ``AllocationComparison`` (the demo's MORIME run) its files and section are added.
public struct AllocationOutput: ResultOutput {
    /// What ``text()`` shows.
    public enum TextStyle: Sendable {
        /// The study's tables (inputs, calibration, fronts, chosen plans, scenarios): `nexus demo`.
        case study
        /// The front summary and every front point: `nexus pareto`.
        case fronts
    }

    /// The solved study and its tables.
    public var report: AllocationReport
    /// The calibration of the unpublished coefficients against the original plan, if run.
    public var calibration: OriginalPlanCalibration?
    /// MORIME against the exact front at one rate, if run (its files are written without wall-clock values).
    public var comparison: AllocationComparison?
    /// Title of the report and the manifest.
    public var title: String
    /// What the terminal shows.
    public var textStyle: TextStyle
    /// The SVG figures by file name, in writing order.
    public let figures: [(name: String, svg: String)]

    /// The output of a solved study; `title` defaults to the case's title.
    public init(_ report: AllocationReport, calibration: OriginalPlanCalibration? = nil, comparison: AllocationComparison? = nil,
                title: String? = nil, textStyle: TextStyle = .study) throws {
        self.report = report
        self.calibration = calibration
        self.comparison = comparison
        self.title = title ?? report.study.allocationCase.title
        self.textStyle = textStyle
        figures = try AllocationOutput.figures(report).map { (name: $0.0, svg: $0.1) }
    }

    var study: AllocationStudy { report.study }
    var allocationCase: AllocationCase { report.study.allocationCase }

    /// The SVG text of a figure written by ``writeFiles(to:)``, by file name.
    func figure(_ name: String) -> String? { figures.first { $0.name == name }?.svg }

    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        try folder.write(report.unpublishedInputs().csv, to: "inputs_unpublished.csv", description: "inputs that are not published: value, tag, source")
        if let calibration {
            try folder.write(AllocationReport.calibration(calibration).csv, to: "calibration.csv", description: "calibrated objectives against the published original plan")
        }
        try folder.write(report.frontSummary().csv, to: "front_summary.csv", description: "front size and objective ranges per scenario and rate")
        try folder.write(report.frontPoints().csv, to: "front_points.csv", description: "every exact front point: objectives and flows")
        try folder.write(report.chosenPlans().csv, to: "chosen_plans.csv", description: "regret choice per rate beside the published values")
        try folder.write(report.originalComparison().csv, to: "original_comparison.csv", description: "regret choice against the original plan")
        try folder.write(try report.sweep().csv, to: "preference_sweep.csv", description: "chosen plan over the preference sweep")
        try folder.write(report.scenarios().csv, to: "scenarios.csv", description: "regret choice per scenario and rate")
        for (name, svg) in figures { try folder.write(svg, to: name, description: AllocationOutput.figureDescription(name)) }
        try folder.write(try json(), to: "summary.json", description: "fronts, choices and original plan for programs")
        if let comparison { try comparison.writeFiles(to: &folder, timings: false) }
    }

    /// The case's unpublished inputs (estimated values with their reasons).
    public var provenance: [ProvenanceEntry] { AllocationOutput.provenance(of: allocationCase) }

    /// A case's unpublished inputs as provenance rows.
    static func provenance(of allocationCase: AllocationCase) -> [ProvenanceEntry] {
        allocationCase.unpublishedInputs.map {
            ProvenanceEntry(name: $0.what, value: NumberFormat.exact($0.value.value), tag: $0.value.tag, source: $0.value.source)
        }
    }

    /// A short description of a figure file for the files list.
    static func figureDescription(_ name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        if stem == "chosen_sources" { return "regret choice's supply by source per rate" }
        if stem.hasPrefix("front_") { return "exact front at \(stem.dropFirst(6)) %, regret choice circled" }
        if stem.hasPrefix("sweep_objectives_") { return "chosen objectives over the preference sweep at \(stem.dropFirst(17)) %" }
        if stem.hasPrefix("sweep_sources_") { return "chosen supply by source over the preference sweep at \(stem.dropFirst(14)) %" }
        if stem.hasPrefix("scenarios_sources_") { return "regret choice's supply by source per scenario at \(stem.dropFirst(18)) %" }
        if stem.hasPrefix("scenarios_") { return "regret choice's \(stem.dropFirst(10)) per scenario and rate" }
        return ""
    }
}
