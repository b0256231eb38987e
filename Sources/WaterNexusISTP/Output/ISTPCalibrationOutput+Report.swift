import WaterNexusReports

/// Result files and HTML report of ``ISTPCalibrationOutput``.
extension ISTPCalibrationOutput {
    var parametersFile: String { ResultFolderWriter.safeName("\(istpCase.base.name)_calibration_parameters.csv") }
    var targetsFile: String { ResultFolderWriter.safeName("\(istpCase.base.name)_calibration_targets.csv") }

    public func writeFiles(to folder: inout ResultFolderWriter) throws {
        var parameters = CSVTable(header: ["input", "estimate_lo", "estimate_hi", "fitted_lo", "fitted_hi", "range_lo", "range_hi", "at_bound"])
        for p in calibration.parameters {
            parameters.append([p.name] + [p.estimate.lower, p.estimate.upper, p.fitted.lower, p.fitted.upper, p.range.lowerBound, p.range.upperBound]
                .map { NumberFormat.exact($0) } + [p.atBound ? "yes" : "no"])
        }
        try folder.write(parameters.render(), to: parametersFile, description: "estimated inputs: estimate, fitted value and admissible range")
        try folder.write(targetsTable(format: { NumberFormat.exact($0) }).render(), to: targetsFile,
                         description: "every published target beside the calibrated model's value, with the residual")
    }

    /// One row per target: id, role, scenario, bound, published, model, residual, relative residual.
    func targetsTable(format: (Double) -> String) -> CSVTable {
        var table = CSVTable(header: ["target", "role", "scenario", "bound", "published", "model", "residual", "relative"])
        for r in calibration.rows {
            table.append([r.target.id, r.target.role.rawValue, r.target.scenario.description, r.target.bound == .lower ? "lo" : "hi",
                          format(r.target.value), r.model.map(format) ?? "", r.residual.map(format) ?? "", r.relative.map(format) ?? ""])
        }
        return table
    }

    public func report(files: [String]) -> HTMLReport {
        let name = istpCase.base.name
        var report = HTMLReport(title: "\(name.prefix(1).uppercased() + name.dropFirst()): calibration of the estimated inputs against the published outputs")
        report.subtitle = "nexus istp --calibration, bounded least squares"
        let fit = calibration.rows.filter { $0.target.role == .fit }
        let check = calibration.rows.filter { $0.target.role == .check }
        let worstFit = fit.filter { $0.relative != nil }.max { abs($0.relative!) < abs($1.relative!) }
        let worstText = worstFit.map { "\(ReportNumber.format(100 * $0.relative!, digits: 3)) % (\($0.target.id))" } ?? "none"
        // Relative residuals of check targets near zero (risks) say little; count those within 10 % instead.
        let close = check.filter { $0.relative.map { abs($0) <= 0.1 } ?? false }.count
        let atBound = calibration.parameters.filter(\.atBound).map(\.name)
        var answer = ["Bounded least squares over \(calibration.parameters.count) estimated inputs fits \(fit.count) published targets with a sum of "
                      + "squared relative residuals of \(ReportNumber.format(calibration.fit.cost, digits: 4)) after \(ReportNumber.count(calibration.fit.rounds, "round")); "
                      + "the largest relative residual among them is \(worstText). Of the \(check.count) check targets, which the fit does not see, "
                      + "\(close) are within 10 % of the published value; the targets table lists every residual."]
        answer.append(atBound.isEmpty ? "No fitted input sits on the end of its admissible range."
                      : "Fitted inputs on the end of their admissible range: \(atBound.joined(separator: ", ")); the data would pull them further.")
        if !conflicts.isEmpty {
            answer.append("\(conflicts.count) set(s) of published numbers cannot hold together under the risk rows (see the last section).")
        }
        report.setSummary(ReportSummary(
            question: "Do the fitted estimated inputs make the model reproduce the numbers the source publishes?",
            answer: answer,
            headline: [("Sum of squared relative residuals", ReportNumber.format(calibration.fit.cost, digits: 4)),
                       ("Largest relative residual, fit targets", worstText),
                       ("Check targets within 10 %", "\(close) of \(check.count)")],
            figure: residualFigure()))
        let parameterRows = calibration.parameters.map { p in
            [p.name, ReportNumber.format(p.estimate.lower), ReportNumber.format(p.estimate.upper), ReportNumber.format(p.fitted.lower),
             ReportNumber.format(p.fitted.upper), "[\(ReportNumber.format(p.range.lowerBound)), \(ReportNumber.format(p.range.upperBound))]",
             p.atBound ? "yes" : "no"]
        }
        report.addSection(ReportSection(
            id: "inputs", title: "Fitted inputs",
            tables: [ReportTable(title: "Estimated inputs", caption: "Estimate and fitted value of each input with its admissible range.",
                                 header: ["input", "estimate lo", "estimate hi", "fitted lo", "fitted hi", "admissible range", "at a bound"],
                                 rows: parameterRows, csvFile: files.contains(parametersFile) ? parametersFile : nil)]))
        report.addSection(ReportSection(
            id: "targets", title: "Published targets beside the model",
            paragraphs: ["Net benefit in \(istpCase.moneyReport.label), water in \(istpCase.waterUnit); relative = residual over |published|."],
            tables: [ReportTable(targetsTable(format: { ReportNumber.format($0) }), title: "Targets",
                                 caption: "Every published target, its role (fit or check), the model's value and the residual.",
                                 csvFile: files.contains(targetsFile) ? targetsFile : nil)]))
        if !conflicts.isEmpty {
            report.addSection(ReportSection(
                id: "conflicts", title: "Published numbers that conflict",
                paragraphs: ["Each row is an LP over one sector's published requirement, risks and Tables 4–5 allocation; infeasible means the "
                             + "numbers cannot all hold, and the elastic LP's optimum is how far the allocation must exceed the printed tables."],
                tables: [ReportTable(title: "Conflicts", header: ["sector", "LP status", "least excess over Tables 4–5", "source"],
                                     rows: conflicts.map { [$0.check.sector, $0.status, $0.excess.map { ReportNumber.format($0) } ?? "-", $0.check.source] })]))
        }
        return report
    }

    /// Relative residual of every net-benefit target, in %.
    func residualFigure() -> ReportFigure? {
        let rows = calibration.rows.filter { $0.target.quantity == .netBenefit && $0.relative != nil }
        guard !rows.isEmpty else { return nil }
        var chart = BarChart(title: "", yLabel: "Relative residual (%)", categories: rows.map(\.target.id))
        for role in [PublishedTarget.Role.fit, .check] where rows.contains(where: { $0.target.role == role }) {
            chart.addSeries(name: "\(role.rawValue) target", values: rows.map { $0.target.role == role ? 100 * $0.relative! : .nan })
        }
        let worst = rows.max { abs($0.relative!) < abs($1.relative!) }!
        return ReportFigure(svg: chart.svg(),
                            caption: "Relative residual of each published net-benefit bound (model − published, % of published), fit targets "
                                + "and check targets (not fitted) apart. "
                                + "Bars near zero are reproduced; the largest is \(ReportNumber.format(100 * worst.relative!, digits: 3)) % at \(worst.target.id), a \(worst.target.role.rawValue) target.")
    }
}
