import CGLPK
import Foundation
import Testing
@testable import WaterNexusGLPK
import WaterNexusModel

/// GLPK's presolver and branch-and-cut follow the order of the matrix's entries in its row and column
/// lists, so nexus must hand GLPK the matrix as GLPK's own LP reader (and so glpsol) leaves it: otherwise
/// the same MIP can take GLPK many times longer (Benchmarks/glpk_examples, tiling).
struct LoadOrderTests {
    /// Terms deliberately out of column order, a column first seen in a constraint, and an empty row.
    static let lpFile = """
        Maximize
         obj: 2 x + 3 y - z
        Subject To
         c1: 4 z + 3 y + 2 x <= 10
         c2: - w + y >= -2
         c3: x + w - 5 z = 1
         c4: 0 x >= -1
        Bounds
         z <= 4
        General
         y
        End
        """

    /// Each row's and each column's indices, and each row's values, in GLPK's list order.
    static func entryLists(_ problem: OpaquePointer) -> (rowIndices: [[Int32]], rowValues: [[Double]], columnIndices: [[Int32]]) {
        let rows = Int(glp_get_num_rows(problem)), columns = Int(glp_get_num_cols(problem))
        var index = [Int32](repeating: 0, count: rows + columns + 1)
        var value = [Double](repeating: 0, count: rows + columns + 1)
        var rowIndices: [[Int32]] = [], rowValues: [[Double]] = [], columnIndices: [[Int32]] = []
        for i in 1...rows {
            let count = Int(glp_get_mat_row(problem, Int32(i), &index, &value))
            rowIndices.append((0..<count).map { index[$0 + 1] })
            rowValues.append((0..<count).map { value[$0 + 1] })
        }
        for j in 1...columns {
            let count = Int(glp_get_mat_col(problem, Int32(j), &index, &value))
            columnIndices.append((0..<count).map { index[$0 + 1] })
        }
        return (rowIndices, rowValues, columnIndices)
    }

    @Test func matrixEntriesInGLPKsOwnReaderOrder() throws {
        let model = try Model.readLP(Self.lpFile)
        let ours = try GLPKProblem(loading: model.sparseModel(includeNames: false), passNames: false)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("load-order-\(UUID().uuidString).lp").path
        try Self.lpFile.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let theirs = glp_create_prob()
        defer { glp_delete_prob(theirs) }
        #expect(glp_read_lp(theirs, nil, path) == 0)

        let expected = Self.entryLists(try #require(theirs))
        let loaded = Self.entryLists(OpaquePointer(try ours.handle))
        #expect(loaded.rowIndices == expected.rowIndices)
        #expect(loaded.rowValues == expected.rowValues)
        #expect(loaded.columnIndices == expected.columnIndices)
        // Written out by hand: GLPK's reader numbers columns by first appearance (x, y, z, w) and
        // leaves every list in increasing order.
        #expect(expected.rowIndices == [[1, 2, 3], [2, 4], [1, 3, 4], []])
        #expect(expected.rowValues == [[2, 3, 4], [1, -1], [1, -5, 1], []])
        #expect(expected.columnIndices == [[1, 3], [1, 2], [1, 3], [2, 3]])
    }
}
