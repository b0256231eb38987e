import Foundation
import WaterNexusMultiobjective
import WaterNexusReports

extension AllocationOutput {
    /// The study for programs (`summary.json`, `--json`): every run's front (objectives and flows by
    /// name), chosen point and original plan.
    public func json() throws -> String {
        try ReportJSON.encode(StudyJSON(report.study))
    }
}

/// The JSON document of a study (keys as `summary.json` has always had them).
struct StudyJSON: Encodable {
    struct Objective: Encodable { var id, kind, unit, sense: String }
    struct Input: Encodable { var input: String, value: Double, tag: String, source: String }
    struct Point: Encodable { var objectives: [String: Double], flows: [String: Double] }
    struct Chosen: Encodable { var index: Int, regret: Double, point: Point }
    struct Original: Encodable {
        var objectives: [String: Double]
        var weaklyDominatedByFront: Bool
        enum CodingKeys: String, CodingKey { case objectives, weaklyDominatedByFront = "weakly_dominated_by_front" }
    }
    struct Run: Encodable {
        var scenario: String?
        var rate: String
        var front: [Point]
        var chosen: Chosen?
        var original: Original?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(scenario, forKey: .scenario) // null for a case without scenarios
            try c.encode(rate, forKey: .rate)
            try c.encode(front, forKey: .front)
            try c.encodeIfPresent(chosen, forKey: .chosen)
            try c.encodeIfPresent(original, forKey: .original)
        }
        enum CodingKeys: String, CodingKey { case scenario, rate, front, chosen, original }
    }
    var caseName: String, modelFile: String, method: String, points: Int
    var objectives: [Objective], unpublishedInputs: [Input], runs: [Run]
    enum CodingKeys: String, CodingKey {
        case caseName = "case", modelFile = "model_file", method, points, objectives, unpublishedInputs = "unpublished_inputs", runs
    }

    init(_ study: AllocationStudy) {
        let c = study.allocationCase
        func objectives(_ values: [Double]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: zip(c.objectives.map(\.id), values))
        }
        func point(_ run: AllocationRun, _ p: ParetoPoint) -> Point {
            var flows: [String: Double] = [:]
            for (i, row) in run.problem.flowMatrix(p.values).enumerated() {
                for (j, v) in row.enumerated() where run.problem.flows[i][j] != nil { flows["\(c.sources[i].id)->\(c.users[j].id)"] = v }
            }
            return Point(objectives: objectives(p.objectives), flows: flows)
        }
        caseName = c.name
        modelFile = c.modelFile
        method = study.method.rawValue
        points = study.points
        self.objectives = c.objectives.map { Objective(id: $0.id, kind: $0.kind.rawValue, unit: $0.unit, sense: "minimize") }
        unpublishedInputs = c.unpublishedInputs.map { Input(input: $0.what, value: $0.value.value, tag: $0.value.tag.rawValue, source: $0.value.source) }
        runs = study.runs.map { r in
            Run(scenario: r.scenario, rate: r.rate, front: r.run.front.map { point(r.run, $0) },
                chosen: r.run.chosen.map { Chosen(index: $0.index, regret: $0.regret, point: point(r.run, r.run.front[$0.index])) },
                original: r.run.original.map {
                    Original(objectives: objectives($0.objectives), weaklyDominatedByFront: r.run.dominatingPoint(of: $0.objectives) != nil)
                })
        }
    }
}
