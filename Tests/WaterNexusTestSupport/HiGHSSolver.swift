import Foundation
import WaterNexusModel

/// A ``LinearSolver`` that is not GLPK: each model is written as MPS and solved by HiGHS (highspy, one
/// Python process per solve), its values, duals and reduced costs read back by name. Slow, and only for
/// tests: it shows that the domain solvers run through the seam, on a backend independent of GLPK.
/// Limits: `relaxIntegrality` is honoured (the columns are made continuous); time limits and gaps are
/// not passed on (the test models are small).
public struct HiGHSSolver: LinearSolver {
    public init() {}

    public func solve(_ model: Model, limits: SolveLimits, label: String) throws -> Solution {
        var model = model
        if limits.relaxIntegrality {
            for column in model.variables where model.kind(of: column) != .continuous {
                try model.setKind(of: column, to: .continuous)
            }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-highs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("model.mps")
        try model.write(to: file)
        guard let result = try HiGHS.solve([file], solution: true).first else {
            throw SCIP.Failure(message: "HiGHS gave no result for \(label)")
        }
        let status: SolveStatus = switch result.status {
        case "Optimal": .optimal
        case "Infeasible": .infeasible
        case "Unbounded": .unbounded
        case "Primal infeasible or unbounded": .infeasibleOrUnbounded
        default: .undefined
        }
        let hasSolution = status == .optimal && !result.values.isEmpty
        func byName<T>(_ map: [String: Double], _ handles: [T], _ name: (T) -> String) throws -> [Double] {
            try handles.map { handle in
                guard let value = map[name(handle)] else { throw SCIP.Failure(message: "HiGHS did not report \(name(handle))") }
                return value
            }
        }
        let values = hasSolution ? try byName(result.values, model.variables, model.name(of:)) : []
        let isLP = !model.isMIP
        return Solution(
            status: status, hasSolution: hasSolution, isMIP: !isLP, objective: hasSolution ? result.objective : nil,
            values: values, rowActivities: hasSolution ? model.rowActivities(at: values) : [],
            duals: hasSolution && isLP ? try byName(result.rowDuals, model.constraints, model.name(of:)) : [],
            reducedCosts: hasSolution && isLP ? try byName(result.reducedCosts, model.variables, model.name(of:)) : [],
            method: "HiGHS")
    }
}
