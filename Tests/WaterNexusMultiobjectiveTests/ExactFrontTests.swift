import Testing
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusMultiobjective

/// Whether two objective-vector lists hold the same vectors (any order) within `tolerance`.
func sameSet(_ a: [[Double]], _ b: [[Double]], tolerance: Double = 1e-6) -> Bool {
    a.count == b.count && a.allSatisfy { u in b.contains { v in zip(u, v).allSatisfy { abs($0 - $1) <= tolerance } } }
}

/// Objectives oriented for minimization.
func oriented(_ y: [Double], _ senses: [ObjectiveSense]) -> [Double] {
    zip(y, senses).map { $1 == .minimize ? $0 : -$0 }
}

/// Whether `a` dominates `b` (own senses) by more than `tolerance` in some objective.
func dominates(_ a: [Double], _ b: [Double], _ senses: [ObjectiveSense], tolerance: Double = 1e-6) -> Bool {
    let u = oriented(a, senses), v = oriented(b, senses)
    return zip(u, v).allSatisfy { $0 <= $1 + tolerance } && zip(u, v).contains { $0 < $1 - tolerance }
}

struct PayoffTableTests {
    /// Two-objective LP (see ``TextbookProblems/twoObjectiveLP()``): max f1 = 10 at (3,1) with f2 = 1;
    /// min f2 = −6 at (0,3) with f1 = 3. Ideal (10, −6), nadir (3, 1).
    @Test func twoObjectiveTable() throws {
        let table = try ExactFront.payoffTable(try TextbookProblems.twoObjectiveLP())
        #expect(sameSet(table.rows, [[10, 1], [3, -6]]))
        #expect(sameSet([table.ideal, table.nadir], [[10, -6], [3, 1]]))
        #expect(abs(table.rows[0][0] - 10) < 1e-7 && abs(table.rows[1][1] + 6) < 1e-7)
    }

    /// max x1 and max x2 over x1 ≤ 3, x2 ≤ 2, x1 + x2 ≤ 4: max x1 = 3 holds on the whole edge
    /// x2 ∈ [0, 1]; only x2 = 1 is efficient, so the lexicographic row is (3, 1), never (3, 0).
    /// Likewise max x2 = 2 holds for x1 ∈ [0, 2] and the row is (2, 2).
    @Test func rowsAreNotWeaklyEfficient() throws {
        var model = Model()
        let x1 = try model.addVariable("x1", upper: 3), x2 = try model.addVariable("x2", upper: 2)
        try model.addConstraint(x1 + x2 <= 4)
        let problem = MultiObjectiveProblem(model: model, objectives: [
            ObjectiveFunction(name: "a", sense: .maximize, expression: x1.expression),
            ObjectiveFunction(name: "b", sense: .maximize, expression: x2.expression),
        ])
        let table = try ExactFront.payoffTable(problem)
        #expect(sameSet([table.rows[0]], [[3, 1]]))
        #expect(sameSet([table.rows[1]], [[2, 2]]))
        #expect(sameSet([table.nadir], [[2, 1]]))
        let reversed = try ExactFront.lexicographicOptimum(problem, order: [1, 0])
        #expect(sameSet([reversed.objectives], [[2, 2]]))
        #expect(abs(reversed.values[0] - 2) < 1e-7)
    }

    @Test func badOrdersAndEmptyProblemsAreErrors() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        #expect(throws: ExactFrontError.self) { try ExactFront.lexicographicOptimum(problem, order: [0, 0]) }
        #expect(throws: ExactFrontError.self) { try ExactFront.lexicographicOptimum(problem, order: [2]) }
        #expect(throws: ExactFrontError.self) { try ExactFront.payoffTable(MultiObjectiveProblem(model: problem.model, objectives: [])) }
    }

    /// An unbounded objective and an empty feasible set are reported with their status.
    @Test func unboundedAndInfeasibleAreReported() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let unbounded = MultiObjectiveProblem(model: model, objectives: [
            ObjectiveFunction(name: "up", sense: .maximize, expression: x.expression)])
        #expect(throws: ExactFrontError.self) { try ExactFront.payoffTable(unbounded) }
        try model.addConstraint(x <= -1)
        let empty = MultiObjectiveProblem(model: model, objectives: [
            ObjectiveFunction(name: "down", sense: .minimize, expression: x.expression)])
        do {
            _ = try ExactFront.payoffTable(empty)
            Issue.record("an infeasible model must throw")
        } catch let error as ExactFrontError {
            #expect(error == .solveFailed(step: "lexicographic stage 1 (optimizing down)", status: .infeasible))
        }
    }
}

struct AUGMECON2Tests {
    /// Grid of 4 intervals on f2 (min), range 1 − (−6) = 7, step 1.75: e = 1, −0.75, −2.5, −4.25, −6.
    /// On the edge (10,1)–(6,−5), f1 = 10 − (2/3)(1 − f2): e = −0.75 → 8.8333…, −2.5 → 7.6667…,
    /// −4.25 → 6.5; e = −6 is the vertex (3, −6). Output is sorted by f1, best (largest) first.
    @Test func twoObjectiveGridByHand() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        var calls: [(Int, Int)] = []
        let points = try ExactFront.augmecon2(problem, gridPoints: 4) { calls.append(($0, $1)) }
        let expected: [[Double]] = [[10, 1], [26.5 / 3, -0.75], [23.0 / 3, -2.5], [6.5, -4.25], [3, -6]]
        #expect(points.count == expected.count)
        for (point, want) in zip(points, expected) {
            #expect(zip(point.objectives, want).allSatisfy { abs($0 - $1) < 1e-6 }, "\(point.objectives) vs \(want)")
        }
        #expect(calls.last.map { $0 == (5, 5) } == true)
        #expect(calls.map(\.0) == calls.map(\.0).sorted())
    }

    /// A 0–1 knapsack with integer objectives: with a step ≤ 1 AUGMECON2 finds every nondominated
    /// point; the reference enumerates all 64 subsets.
    @Test func twoObjectiveKnapsackIsComplete() throws {
        let problem = try TextbookProblems.knapsack(objectives: 2)
        let range = try ExactFront.payoffTable(problem).ranges[1]
        let points = try ExactFront.augmecon2(problem, gridPoints: Int(range.rounded()))
        let reference = TextbookProblems.knapsackFront(objectives: 2)
        #expect(reference.count > 3)
        #expect(sameSet(points.map(\.objectives), reference), "\(points.map(\.objectives)) vs \(reference)")
        // The bypass and the early exit save solves: fewer grid solves than grid values.
        final class Count: @unchecked Sendable { var solves = 0 }
        let count = Count()
        let counting = RecordingSolver(GLPKSolver()) { step, _ in if step.hasPrefix("AUGMECON2") { count.solves += 1 } }
        _ = try ExactFront.augmecon2(problem, gridPoints: Int(range.rounded()), solver: counting)
        #expect(count.solves >= reference.count && count.solves < Int(range.rounded()) + 1, "\(count.solves) solves, range \(range), \(reference.count) points")
        // The other objective as the primary one gives the same front.
        let otherRange = try ExactFront.payoffTable(problem).ranges[0]
        let swapped = try ExactFront.augmecon2(problem, gridPoints: Int(otherRange.rounded()), primary: 1)
        #expect(sameSet(swapped.map(\.objectives), reference))
    }

    /// Three and four objectives: every enumerated nondominated point inside the payoff-table box (the
    /// grid's range) is found, and nothing else. The bypass must not skip any of them.
    @Test(arguments: [3, 4]) func knapsackIsCompleteInsideTheGrid(objectives count: Int) throws {
        let problem = try TextbookProblems.knapsack(objectives: count)
        let table = try ExactFront.payoffTable(problem)
        let grid = Int(table.ranges[1...].max()!.rounded())
        let points = try ExactFront.augmecon2(problem, gridPoints: grid)
        let senses = problem.senses
        let inside = TextbookProblems.knapsackFront(objectives: count).filter { y in
            (1..<count).allSatisfy { k in oriented(y, senses)[k] <= senses[k].orient(table.nadir[k]) + 1e-9 }
        }
        #expect(inside.count > 5)
        #expect(sameSet(points.map(\.objectives), inside), "\(points.map(\.objectives)) vs \(inside)")
    }

    @Test func invalidSettingsAreErrors() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        #expect(throws: ExactFrontError.self) { try ExactFront.augmecon2(problem, gridPoints: 0) }
        #expect(throws: ExactFrontError.self) { try ExactFront.augmecon2(problem, gridPoints: 3, primary: 2) }
        // The ideal is (10, −6): a nadir better than it (f1 = 11 > 10) is refused, and so is a short one.
        #expect(throws: ExactFrontError.self) { try ExactFront.augmecon2(problem, gridPoints: 3, nadir: [11, 1]) }
        #expect(throws: ExactFrontError.self) { try ExactFront.augmecon2(problem, gridPoints: 3, nadir: [3]) }
        #expect(throws: ExactFrontError.self) { try ExactFront.exactNadir(try TextbookProblems.knapsack(objectives: 2)) }
    }
}

extension ObjectiveSense {
    func orient(_ value: Double) -> Double { self == .minimize ? value : -value }
}

struct RecordingSolverTests {
    /// The payoff table of two objectives solves 2 × 2 lexicographic stages; the recording solver sees
    /// each model, labelled by its step. After max f1 = 10 at (3, 1) both active rows have nonzero duals (by hand: −3 = −y_total − y_cap1
    /// and −1 = −y_total give y_total = 1, y_cap1 = 2), so the second stage fixes them at their bounds:
    /// total = 4 and cap1 = 3.
    @Test func recorderSeesEverySolvedModel() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        final class Log: @unchecked Sendable { var entries: [(String, [Double])] = [] }
        let log = Log()
        let recording = RecordingSolver(GLPKSolver()) { step, model in
            log.entries.append((step, model.constraints.prefix(2).flatMap { [model.bounds(of: $0).lower, model.bounds(of: $0).upper] }))
        }
        _ = try ExactFront.payoffTable(problem, solver: recording)
        #expect(log.entries.map(\.0) == ["lexicographic stage 1 (optimizing f1)", "lexicographic stage 2 (optimizing f2)",
                                         "lexicographic stage 1 (optimizing f2)", "lexicographic stage 2 (optimizing f1)"])
        #expect(log.entries[0].1 == [-.infinity, 4, -.infinity, 3])
        #expect(log.entries[1].1 == [4, 4, 3, 3])
    }
}

struct ExactnessTests {
    /// AUGMECON2 reports objectives at the solution found, with grid values set exactly: on the LP
    /// max 3x1 + x2, min x1 − 2x2 (x1 + x2 ≤ 4, x1, x2 ≤ 3), f2's grid runs from 1 to −6 in steps of 1.75.
    /// By hand, on the edge x1 + x2 = 4 (f2 = 3x1 − 8, f1 = 2x1 + 4): f2 = −0.75, −2.5, −4.25 at
    /// x1 = 7.25/3, 5.5/3, 1.25, so f1 = 8.8333…, 7.6666…, 6.5; the ends are (10, 1) and (3, −6).
    /// A loosened grid value would leave f2 about 10⁻⁹ off.
    @Test func augmecon2PointsSitOnTheirGridValues() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        let points = try ExactFront.augmecon2(problem, gridPoints: 4)
        let expected: [(Double, Double)] = [(10, 1), (2 * 7.25 / 3 + 4, -0.75), (2 * 5.5 / 3 + 4, -2.5), (6.5, -4.25), (3, -6)]
        #expect(points.count == expected.count)
        for (f1, f2) in expected {
            #expect(points.contains { abs($0.objectives[0] - f1) <= 1e-12 * abs(f1) && abs($0.objectives[1] - f2) <= 1e-12 * max(1, abs(f2)) },
                    "(\(f1), \(f2)) not found exactly in \(points.map(\.objectives))")
        }
    }
}
