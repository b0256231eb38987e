import Foundation
import WaterNexusInput
import WaterNexusReports

/// Reads the `hybridRemoval` list of a technology and the `hybridLoad` list of a unit (YAML only): one fitted
/// curve per listed contaminant, from a tagged operating-data CSV file (see docs/network-model-format.md).
extension SectionReader {
    /// The fields of one relation entry.
    static let relationKeys = ["contaminant", "data", "input", "output", "class", "segments", "monotone", "holdout",
                               "coreSlope", "coreIntercept", "degree", "hidden", "epochs", "seed"]

    /// The curves of `key` in `r` (one per contaminant, nil where none is listed); empty without the key.
    func fittedRelations(_ r: ModelRecord, key: String, what: String) throws -> [FittedCurve?] {
        guard let node = r.nodes[key] else { return [] }
        guard let sequence = node.sequence else {
            throw r.bad(key, "expected a list of relations", "write \(key): [{contaminant: …, data: file.csv, …}]")
        }
        var curves = [FittedCurve?](repeating: nil, count: contaminants.count)
        for (n, item) in sequence.enumerated() {
            let entry = try ModelRecord(mapping: item, file: file, path: "\(r.path) \(key)[\(n)]")
            try entry.checkKeys(Self.relationKeys)
            let name = try entry.string("contaminant")
            guard let c = contaminants.firstIndex(of: name) else {
                throw entry.bad("contaminant", "\"\(name)\" is not a contaminant of the model", "use one of: \(contaminants.joined(separator: ", "))")
            }
            guard curves[c] == nil else { throw entry.bad("contaminant", "\(name) is listed twice", "give one relation per contaminant") }
            curves[c] = try fittedRelation(entry, what: what)
        }
        return curves
    }

    /// Fits one relation entry to its data file.
    func fittedRelation(_ r: ModelRecord, what: String) throws -> FittedCurve {
        let dataFile = try r.string("data")
        guard dataFile.lowercased().hasSuffix(".csv") else { throw r.bad("data", "\"\(dataFile)\" is not a CSV file name", "name a CSV file of operating data") }
        let rows = try CSVRecords.read(path: TextFile.path(dataFile, in: directory), shownAs: dataFile)
        let input = r.scalars["input"] ?? "flow", output = r.scalars["output"] ?? what
        let x = try rows.map { try $0.number(input) }, y = try rows.map { try $0.number(output) }
        var tagsSeen: [String] = []
        for row in rows {
            guard let text = row.scalars["tag"], let tag = ProvenanceTag(text: text) else {
                throw row.bad("tag", "every operating-data row needs a provenance tag", "add a tag column (\(ProvenanceTag.choices))")
            }
            if !tagsSeen.contains(tag.rawValue) { tagsSeen.append(tag.rawValue) }
        }
        if tagsSeen.count == 1, var summary = rows.first { // one provenance entry for the file, not one per row
            summary.scalars = ["name": dataFile, "tag": tagsSeen[0], "source": summary.scalars["source"] ?? ""]
            _ = tags.note("operating data", [summary])
        }
        let segments = try wholeNumber(r, "segments", default: 4, in: 1...20)
        let holdout = try wholeNumber(r, "holdout", default: 4, in: 2...20)
        guard let modelClass = FittedCurve.ModelClass(rawValue: r.scalars["class"] ?? "monotonePWL") else {
            throw r.bad("class", "unknown model class \"\(r.scalars["class"] ?? "")\"", "use \(FittedCurve.ModelClass.allCases.map(\.rawValue).joined(separator: " or "))")
        }
        guard let monotone = Monotonicity(rawValue: r.scalars["monotone"] ?? "none") else {
            throw r.bad("monotone", "\"\(r.scalars["monotone"] ?? "")\" is not a direction", "use increasing, decreasing or none")
        }
        do {
            switch modelClass {
            case .monotonePiecewiseLinear:
                let fitted = try MonotonePiecewiseFit.fit(x: x, y: y, segments: segments, monotone: monotone, holdout: holdout)
                return FittedCurve(curve: fitted.curve, errors: fitted.errors, modelClass: modelClass, dataFile: dataFile)
            case .relu:
                let hidden = try (r.lists["hidden"] ?? ["8"]).map { text -> Int in
                    guard let size = Int(text), (1...16).contains(size) else { throw r.bad("hidden", "\"\(text)\" is not a layer size in 1...16", "write e.g. hidden: [8, 8]") }
                    return size
                }
                let epochs = try wholeNumber(r, "epochs", default: 3000, in: 1...100_000), seed = try wholeNumber(r, "seed", default: 1, in: 0...Int(Int32.max))
                let trained = try ReLUNetwork.train(x: x, y: y, hidden: hidden, epochs: epochs, seed: UInt64(seed), holdout: holdout)
                let curve = try trained.network.piecewiseLinear(from: x.min()!, to: x.max()!)
                try Self.checkMonotone(curve, monotone, x: x)
                var fitted = FittedCurve(curve: curve, errors: trained.errors, modelClass: modelClass, dataFile: dataFile)
                fitted.network = trained.network
                return fitted
            case .hybrid:
                let core = HybridModel.Core.linear(slope: try r.number("coreSlope", default: 0), intercept: try r.number("coreIntercept", default: 0))
                let degree = try wholeNumber(r, "degree", default: 2, in: 0...6)
                if let bad = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
                    throw FitFailure(problem: "the value is not a finite number", fix: "remove or correct the row", point: bad)
                }
                guard x.count >= 2 * (degree + 2) else {
                    throw FitFailure(problem: "\(x.count) data points are too few for a degree-\(degree) correction with held-out points", fix: "give at least \(2 * (degree + 2)) points or lower the degree")
                }
                let model = try HybridModel.fit(core: core, x: x, y: y, degree: degree, holdout: holdout)
                let curve = try model.curve(from: x.min()!, to: x.max()!, segments: segments)
                try Self.checkMonotone(curve, monotone, x: x)
                return FittedCurve(curve: curve, errors: FitErrors(trainingRMSE: model.trainingRMSE, validationRMSE: model.validationRMSE),
                                   modelClass: modelClass, dataFile: dataFile)
            }
        } catch let failure as FitFailure {
            throw InputError(file: dataFile, line: failure.point.map { rows[$0].line }, field: "\(r.path) (fitted from \(output))",
                             problem: failure.problem, fix: failure.fix)
        }
    }

    /// Refuses a sampled curve that breaks the asked direction, naming the data point nearest the first break.
    static func checkMonotone(_ curve: PiecewiseLinear, _ monotone: Monotonicity, x: [Double]) throws {
        guard monotone != .none else { return }
        let sign: Double = monotone == .increasing ? 1 : -1
        guard let n = curve.y.indices.dropFirst().first(where: { sign * (curve.y[$0] - curve.y[$0 - 1]) < -1e-12 * (1 + abs(curve.y[$0])) }) else { return }
        let point = x.indices.min { abs(x[$0] - curve.x[n]) < abs(x[$1] - curve.x[n]) }
        throw FitFailure(problem: String(format: "the fitted curve is not %@ near %.4g", monotone.rawValue, curve.x[n]),
                         fix: "check the data, lower the correction's degree, or fit with monotone: none", point: point)
    }

    private func wholeNumber(_ r: ModelRecord, _ key: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        let number = try r.number(key, default: Double(value))
        guard number == number.rounded(), range.contains(Int(exactly: number) ?? -1) else {
            throw r.bad(key, "\(number) is not a whole number in \(range.lowerBound)...\(range.upperBound)", "use e.g. \(value)")
        }
        return Int(number)
    }
}
