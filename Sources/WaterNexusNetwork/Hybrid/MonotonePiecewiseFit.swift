import Foundation

/// Whether a fitted relation must be monotone, and which way.
public enum Monotonicity: String, Sendable, Codable, CaseIterable {
    case increasing, decreasing, none
}

/// Why data could not be fitted; `point` is the index of the data point to blame, when there is one.
public struct FitFailure: Error, Sendable {
    public var problem: String
    public var fix: String
    public var point: Int?
}

/// Least-squares piecewise-linear regression with breakpoints chosen by the fit, optionally monotone.
///
/// Every `holdout`-th point (in data order) is kept out of the fit and gives the validation error. The
/// curve is continuous, spans the range of all points, and has `segments` segments; its interior
/// breakpoints are chosen greedily among the training inputs, each step adding the one that lowers the
/// training error most. A monotone fit solves the least-squares problem over nondecreasing (or
/// nonincreasing) breakpoint values exactly (non-negative least squares on the increments); data that a
/// monotone curve fits clearly worse than a free one (training RMSE more than 25 % higher) are refused,
/// naming the point the monotone curve misses most.
public enum MonotonePiecewiseFit {
    /// Candidate interior breakpoints considered at most (evenly spread over the training inputs).
    static let candidateLimit = 40

    public static func fit(x: [Double], y: [Double], segments: Int, monotone: Monotonicity,
                           holdout: Int = 4) throws -> (curve: PiecewiseLinear, errors: FitErrors) {
        guard x.count == y.count else { throw FitFailure(problem: "\(x.count) inputs but \(y.count) outputs", fix: "give one output per input") }
        if let bad = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
            throw FitFailure(problem: "the value is not a finite number", fix: "remove or correct the row", point: bad)
        }
        guard segments >= 1 else { throw FitFailure(problem: "\(segments) segments", fix: "ask for at least 1 segment") }
        let validation = x.indices.filter { holdout > 1 && $0 % holdout == holdout - 1 }
        let train = x.indices.filter { !(holdout > 1 && $0 % holdout == holdout - 1) }.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
        let distinct = Set(train.map { x[$0] }).count
        guard distinct >= 2 * segments, !validation.isEmpty || holdout <= 1 else {
            throw FitFailure(problem: "\(x.count) data points (\(distinct) distinct training inputs) are too few for \(segments) segments with every \(holdout)th point held out",
                             fix: "give more data points (at least \(2 * segments) distinct training inputs) or fewer segments")
        }
        let lower = x.min()!, upper = x.max()!
        guard upper > lower else { throw FitFailure(problem: "every input is \(lower)", fix: "give data over a range of inputs") }
        let sign: Double = monotone == .decreasing ? -1 : 1
        let tx = train.map { x[$0] }, ty = train.map { sign * y[$0] }
        var knots = [lower, upper]
        let inner = Array(Set(tx.filter { $0 > lower && $0 < upper })).sorted()
        let step = max(1, inner.count / candidateLimit)
        let candidates = stride(from: 0, to: inner.count, by: step).map { inner[$0] }
        var best = leastSquares(knots: knots, x: tx, y: ty, monotone: monotone != .none)
        while knots.count - 1 < segments {
            var choice: (knot: Double, fit: (values: [Double], sse: Double))?
            for candidate in candidates where !knots.contains(candidate) {
                let trial = (knots + [candidate]).sorted()
                guard everySegmentHasData(trial, tx), let fit = leastSquares(knots: trial, x: tx, y: ty, monotone: monotone != .none) else { continue }
                if fit.sse < (choice?.fit.sse ?? .infinity) - 1e-12 * (1 + fit.sse) { choice = (candidate, fit) }
            }
            guard let choice else { break } // no further breakpoint keeps data in every segment
            knots = (knots + [choice.knot]).sorted()
            best = choice.fit
        }
        guard let fitted = best else { throw FitFailure(problem: "the inputs do not determine a piecewise-linear curve", fix: "give data over a range of distinct inputs") }
        let curve = try PiecewiseLinear(x: knots, y: fitted.values.map { sign * $0 })
        func rmse(_ points: [Int]) -> Double { sqrt(points.reduce(0) { $0 + pow(curve.value(at: x[$1]) - y[$1], 2) } / Double(points.count)) }
        let trainingRMSE = rmse(train)
        if monotone != .none, let free = leastSquares(knots: knots, x: tx, y: ty, monotone: false) {
            let freeRMSE = sqrt(free.sse / Double(train.count)), spread = (y.max()! - y.min()!)
            if trainingRMSE > 1.25 * freeRMSE + 1e-9 * (1 + spread) {
                let worst = train.max { abs(curve.value(at: x[$0]) - y[$0]) < abs(curve.value(at: x[$1]) - y[$1]) }
                throw FitFailure(problem: String(format: "the data are not %@: the best %@ curve misses them by RMSE %.4g against %.4g for an unconstrained one (worst at this point)",
                                                 monotone.rawValue, monotone.rawValue, trainingRMSE, freeRMSE),
                                 fix: "check the data, or fit with monotone: none", point: worst)
            }
        }
        return (curve, FitErrors(trainingRMSE: trainingRMSE, validationRMSE: validation.isEmpty ? nil : rmse(validation)))
    }

    /// Whether every segment between consecutive knots holds at least two distinct inputs (its ends included).
    static func everySegmentHasData(_ knots: [Double], _ x: [Double]) -> Bool {
        zip(knots, knots.dropFirst()).allSatisfy { a, b in Set(x.filter { $0 >= a && $0 <= b }).count >= 2 }
    }

    /// The continuous piecewise-linear least-squares fit with breakpoints `knots` (values at the knots, and the
    /// sum of squared errors); nondecreasing when `monotone`. Nil when the data do not determine the values.
    static func leastSquares(knots: [Double], x: [Double], y: [Double], monotone: Bool) -> (values: [Double], sse: Double)? {
        let k = knots.count
        // Hat basis: the fit at x is (1 − w)·v_s + w·v_{s+1} on segment s.
        let rows: [[Double]] = x.map { t in
            var row = [Double](repeating: 0, count: k)
            var s = 0
            while s < k - 2 && t > knots[s + 1] { s += 1 }
            let w = (t - knots[s]) / (knots[s + 1] - knots[s])
            row[s] = 1 - w
            row[s + 1] = w
            return row
        }
        let values: [Double]
        if monotone {
            // v = floor + C δ with C lower-triangular ones and δ ≥ 0; the floor lies far below the data, so
            // δ₀ ≥ 0 never binds and only the increments are constrained.
            let floor = y.min()! - (y.max()! - y.min()!) - 1
            let cumulative = rows.map { row in (0..<k).map { j in row[j...].reduce(0, +) } }
            guard let delta = nonNegativeLeastSquares(cumulative, y.map { $0 - floor }) else { return nil }
            var running = floor
            values = delta.map { running += $0; return running }
        } else {
            var normal = [[Double]](repeating: [Double](repeating: 0, count: k), count: k), rhs = [Double](repeating: 0, count: k)
            for (row, target) in zip(rows, y) {
                for a in 0..<k where row[a] != 0 {
                    rhs[a] += row[a] * target
                    for b in 0..<k { normal[a][b] += row[a] * row[b] }
                }
            }
            guard let solved = NetworkEvaluation.solveLinear(normal, rhs) else { return nil }
            values = solved
        }
        let sse = zip(rows, y).reduce(0) { sum, pair in
            let fitted = zip(pair.0, values).reduce(0) { $0 + $1.0 * $1.1 }
            return sum + (fitted - pair.1) * (fitted - pair.1)
        }
        return (values, sse)
    }

    /// min ‖A z − b‖² over z ≥ 0 (Lawson–Hanson active set on the normal equations); nil when a subsystem is singular.
    public static func nonNegativeLeastSquares(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        let k = a.first?.count ?? 0
        var gram = [[Double]](repeating: [Double](repeating: 0, count: k), count: k), rhs = [Double](repeating: 0, count: k)
        for (row, target) in zip(a, b) {
            for i in 0..<k {
                rhs[i] += row[i] * target
                for j in 0..<k { gram[i][j] += row[i] * row[j] }
            }
        }
        let scale = max(gram.indices.map { gram[$0][$0] }.max() ?? 1, 1e-300) * max(rhs.map(abs).max() ?? 1, 1)
        let tolerance = 1e-12 * scale
        var z = [Double](repeating: 0, count: k)
        var passive = [Bool](repeating: false, count: k)
        func gradient() -> [Double] { (0..<k).map { i in rhs[i] - (0..<k).reduce(0) { $0 + gram[i][$1] * z[$1] } } }
        func solvePassive() -> [Double]? {
            let p = (0..<k).filter { passive[$0] }
            guard let sub = NetworkEvaluation.solveLinear(p.map { i in p.map { gram[i][$0] } }, p.map { rhs[$0] }) else { return nil }
            var full = [Double](repeating: 0, count: k)
            for (i, v) in zip(p, sub) { full[i] = v }
            return full
        }
        for _ in 0..<(3 * k + 10) {
            let w = gradient()
            guard let j = (0..<k).filter({ !passive[$0] && w[$0] > tolerance }).max(by: { w[$0] < w[$1] }) else { return z }
            passive[j] = true
            for _ in 0..<(3 * k + 10) {
                guard let trial = solvePassive() else { return nil }
                let blocking = (0..<k).filter { passive[$0] && trial[$0] <= 0 }
                if blocking.isEmpty {
                    z = trial
                    break
                }
                let alpha = blocking.map { z[$0] / (z[$0] - trial[$0]) }.min() ?? 0
                for i in 0..<k where passive[i] { z[i] += alpha * (trial[i] - z[i]) }
                for i in 0..<k where passive[i] && z[i] <= 1e-15 * (1 + abs(z[i])) {
                    passive[i] = false
                    z[i] = 0
                }
            }
        }
        return z
    }
}
