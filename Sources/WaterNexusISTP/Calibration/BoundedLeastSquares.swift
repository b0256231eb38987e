/// Exact bounded linear least squares for a few unknowns: minimize ‖A x − b‖² subject to l ≤ x ≤ u.
///
/// The problem is convex, so its minimizer is the unconstrained minimizer of the face on which it lies.
/// Every face (each unknown free, at its lower or at its upper bound) is tried; the best face minimizer
/// that respects the bounds is the answer. This costs 3ⁿ small solves, which is fine for n ≤ 8.
public struct BoundedLeastSquares: Sendable {
    /// Where an unknown ends up.
    public enum Activity: String, Sendable { case free, lower, upper }

    /// The minimizer.
    public var x: [Double]
    /// A x − b at the minimizer.
    public var residuals: [Double]
    /// Which bound each unknown sits on.
    public var activity: [Activity]
    /// ‖A x − b‖².
    public var cost: Double { residuals.reduce(0) { $0 + $1 * $1 } }

    /// Solves the problem.
    /// - Parameters:
    ///   - matrix: the rows of A (each of length n).
    ///   - rhs: b.
    ///   - lower, upper: the bounds (±infinity allowed; lower ≤ upper).
    /// - Throws: ``ISTPError/invalidProblem(_:)`` for mismatched sizes, crossed bounds, more than 8
    ///   unknowns, or when no face has a unique minimizer (A rank-deficient on every face).
    public init(matrix: [[Double]], rhs: [Double], lower: [Double], upper: [Double]) throws {
        let n = lower.count
        guard n > 0, n <= 8, upper.count == n, matrix.count == rhs.count, matrix.allSatisfy({ $0.count == n }) else {
            throw ISTPError.invalidProblem("bounded least squares needs 1 to 8 unknowns and rows of matching length")
        }
        for j in 0..<n where !(lower[j] <= upper[j]) {
            throw ISTPError.invalidProblem("bounded least squares: unknown \(j) has lower bound \(lower[j]) above upper bound \(upper[j])")
        }
        var best: (x: [Double], cost: Double, activity: [Activity])?
        var activity = [Activity](repeating: .free, count: n)
        func visit(_ j: Int) {
            if j == n {
                guard let x = Self.faceMinimizer(matrix, rhs, lower, upper, activity) else { return }
                let tolerance = 1e-9
                for k in 0..<n where x[k] < lower[k] - tolerance * max(1, abs(lower[k]))
                    || x[k] > upper[k] + tolerance * max(1, abs(upper[k])) { return }
                let clamped = (0..<n).map { min(max(x[$0], lower[$0]), upper[$0]) }
                let cost = Self.residuals(matrix, rhs, clamped).reduce(0) { $0 + $1 * $1 }
                if best == nil || cost < best!.cost { best = (clamped, cost, activity) }
                return
            }
            for a in [Activity.free, .lower, .upper] {
                if a == .lower, !lower[j].isFinite { continue }
                if a == .upper, !upper[j].isFinite || upper[j] == lower[j] { continue }
                activity[j] = a
                visit(j + 1)
            }
            activity[j] = .free
        }
        visit(0)
        guard let best else { throw ISTPError.invalidProblem("bounded least squares: no face has a unique minimizer (rank-deficient rows)") }
        x = best.x
        self.activity = best.activity
        residuals = Self.residuals(matrix, rhs, best.x)
    }

    static func residuals(_ a: [[Double]], _ b: [Double], _ x: [Double]) -> [Double] {
        zip(a, b).map { row, rhs in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } - rhs }
    }

    /// The minimizer over the free unknowns with the others at their bounds (nil when singular).
    static func faceMinimizer(_ a: [[Double]], _ b: [Double], _ lower: [Double], _ upper: [Double],
                              _ activity: [Activity]) -> [Double]? {
        let n = activity.count
        var x = (0..<n).map { activity[$0] == .lower ? lower[$0] : (activity[$0] == .upper ? upper[$0] : 0) }
        let free = (0..<n).filter { activity[$0] == .free }
        guard !free.isEmpty else { return x }
        // Normal equations on the free unknowns, with the fixed ones moved to the right-hand side.
        let r = zip(a, b).map { row, rhs in rhs - (0..<n).reduce(0) { $0 + (activity[$1] == .free ? 0 : row[$1] * x[$1]) } }
        var m = free.map { i in free.map { j in zip(a, a).reduce(0) { $0 + $1.0[i] * $1.1[j] } } }
        var v = free.map { i in zip(a, r).reduce(0) { $0 + $1.0[i] * $1.1 } }
        guard let solution = solveLinearSystem(&m, &v) else { return nil }
        for (k, j) in free.enumerated() { x[j] = solution[k] }
        return x
    }

    /// Gaussian elimination with partial pivoting; nil when the matrix is (numerically) singular.
    static func solveLinearSystem(_ m: inout [[Double]], _ v: inout [Double]) -> [Double]? {
        let n = v.count
        let scale = m.flatMap { $0 }.map(abs).max() ?? 0
        guard scale > 0 else { return nil }
        for c in 0..<n {
            guard let p = (c..<n).max(by: { abs(m[$0][c]) < abs(m[$1][c]) }), abs(m[p][c]) > 1e-12 * scale else { return nil }
            m.swapAt(c, p); v.swapAt(c, p)
            for r in (c + 1)..<n where m[r][c] != 0 {
                let f = m[r][c] / m[c][c]
                for k in c..<n { m[r][k] -= f * m[c][k] }
                v[r] -= f * v[c]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            x[r] = (v[r] - ((r + 1)..<n).reduce(0) { $0 + m[r][$1] * x[$1] }) / m[r][r]
        }
        return x
    }
}
