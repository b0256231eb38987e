import CGLPK
import CGLPKGuard
import Foundation
import WaterNexusModel

/// One GLPK problem object, confined to the thread that created it. Internal: only ``GLPKSolver`` uses it,
/// inside one synchronous call that creates, loads, solves, copies out and deletes.
final class GLPKProblem {
    private(set) var pointer: UnsafeMutableRawPointer?
    let rows: Int
    let columns: Int
    let maximize: Bool

    /// Creates a GLPK problem and loads `model` in one bulk call.
    init(loading model: SparseModel, passNames: Bool) throws {
        rows = model.rowLower.count
        columns = model.columnLower.count
        maximize = model.sense == .maximize
        guard rows < Int(Int32.max), columns < Int(Int32.max) else {
            throw GLPKError(operation: "loading the model", message: "GLPK takes at most 2^31-1 rows and columns")
        }
        guard let created = nexus_glpk_create() else {
            throw GLPKError(operation: "creating a problem", message: String(cString: nexus_glpk_last_error()))
        }
        pointer = created
        let kinds: [CInt] = model.columnKinds.map { kind in
            switch kind {
            case .continuous: 0
            case .integer: 1
            case .binary: 2
            }
        }
        let starts = model.columnStart.map { CLong($0) } // Int and CLong coincide on LP64; this is a cheap copy
        let status: CInt = try withOptionalCStrings(passNames ? model.rowNames : nil) { rowNames in
            try withOptionalCStrings(passNames ? model.columnNames : nil) { columnNames in
                nexus_glpk_load(
                    created, model.name, model.sense == .maximize ? 1 : 0, CInt(rows), CInt(columns),
                    model.rowLower, model.rowUpper, model.columnLower, model.columnUpper,
                    model.objective, model.objectiveConstant, kinds, starts, model.columnRows, model.columnValues,
                    rowNames, columnNames)
            }
        }
        try check(status, "loading the model")
    }

    deinit {
        if let pointer { _ = nexus_glpk_delete(pointer) }
    }

    /// Turns a guard failure into a Swift error; the thread's GLPK environment is gone after one.
    func check(_ status: CInt, _ operation: String) throws {
        guard status == NEXUS_GLPK_OK else {
            pointer = nil // freed with the environment
            throw GLPKError(operation: operation, message: String(cString: nexus_glpk_last_error()))
        }
    }

    var handle: UnsafeMutableRawPointer {
        get throws {
            guard let pointer else { throw GLPKError(operation: "using a problem", message: "the problem was lost after an earlier GLPK error") }
            return pointer
        }
    }

    /// Copies a solution out of GLPK. `kind`: 0 basic, 1 interior, 2 MIP.
    func extract(kind: CInt, withDuals: Bool)
        throws -> (status: CInt, objective: Double, values: [Double], activities: [Double], duals: [Double], reducedCosts: [Double])
    {
        let problem = try handle
        var status: CInt = 0
        var objective = 0.0
        var values = [Double](repeating: 0, count: columns)
        var activities = [Double](repeating: 0, count: rows)
        var duals = [Double](repeating: 0, count: withDuals ? rows : 0)
        var reducedCosts = [Double](repeating: 0, count: withDuals ? columns : 0)
        let code = values.withUnsafeMutableBufferPointer { v in
            activities.withUnsafeMutableBufferPointer { a in
                duals.withUnsafeMutableBufferPointer { d in
                    reducedCosts.withUnsafeMutableBufferPointer { r in
                        nexus_glpk_extract(
                            problem, kind, CInt(rows), CInt(columns), &status, &objective,
                            v.baseAddress, withDuals ? r.baseAddress : nil, a.baseAddress,
                            withDuals ? d.baseAddress : nil, nil, nil)
                    }
                }
            }
        }
        try check(code, "reading the solution")
        return (status, objective, values, activities, duals, reducedCosts)
    }

    /// GLPK's status codes of the basic solution's rows and columns (GLP_BS, GLP_NL, …).
    func basisStatuses() throws -> (rows: [CInt], columns: [CInt]) {
        let problem = try handle
        var rowStatus = [CInt](repeating: 0, count: rows)
        var columnStatus = [CInt](repeating: 0, count: columns)
        let code = rowStatus.withUnsafeMutableBufferPointer { r in
            columnStatus.withUnsafeMutableBufferPointer { c in
                nexus_glpk_extract(problem, 0, CInt(rows), CInt(columns), nil, nil, nil, nil, nil, nil,
                                   c.baseAddress, r.baseAddress)
            }
        }
        try check(code, "reading the basis")
        return (rowStatus, columnStatus)
    }
}

/// Calls `body` with a C array of C strings (or NULL when `strings` is nil), valid during the call.
func withOptionalCStrings<R>(
    _ strings: [String]?, _ body: (UnsafePointer<UnsafePointer<CChar>?>?) throws -> R
) throws -> R {
    guard let strings else { return try body(nil) }
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { UnsafePointer<CChar>($0) }
    return try pointers.withUnsafeBufferPointer { try body($0.baseAddress) }
}
