import Testing
import WaterNexusModel
import WaterNexusMultiobjective

/// Seeded random MOLPs in 3 variables, each checked against brute-force vertex enumeration and a
/// brute-force weight-space decomposition.
struct RandomMOLPTests {
    /// A linear congruential generator (Knuth's MMIX constants): the same seed gives the same instances.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        /// An integer in lower...upper.
        mutating func integer(_ lower: Int, _ upper: Int) -> Int { lower + Int(next() % UInt64(upper - lower + 1)) }
    }

    /// `0 ≤ x ≤ 5` plus eight rows `a·x ≤ b` with integer a in [1, 6] and b in [10, 30] (the origin is
    /// feasible, the box bounds everything); m objectives with integer coefficients in [−5, 5] and random senses.
    static func instance(seed: UInt64, objectives m: Int) throws -> (MultiObjectiveProblem, rows: [[Double]], rhs: [Double], costs: [[Double]]) {
        var random = Generator(state: seed)
        var rows: [[Double]] = [], rhs: [Double] = []
        for k in 0..<3 {
            rows.append((0..<3).map { $0 == k ? -1 : 0 }); rhs.append(0)
            rows.append((0..<3).map { $0 == k ? 1 : 0 }); rhs.append(5)
        }
        for _ in 0..<8 {
            rows.append((0..<3).map { _ in Double(random.integer(1, 6)) })
            rhs.append(Double(random.integer(10, 30)))
        }
        let costs = (0..<m).map { _ in (0..<3).map { _ in Double(random.integer(-5, 5)) } }
        let senses: [ObjectiveSense] = (0..<m).map { _ in random.integer(0, 1) == 0 ? .minimize : .maximize }
        var model = Model(name: "random\(seed)")
        let x = try (0..<3).map { try model.addVariable("x\($0)", upper: 5) }
        for (row, b) in zip(rows.dropFirst(6), rhs.dropFirst(6)) { try model.addConstraint(LinearExpression(terms: zip(x, row)) <= b) }
        let objectives = costs.enumerated().map { k, c in
            ObjectiveFunction(name: "f\(k)", sense: senses[k], expression: LinearExpression(terms: zip(x, c)))
        }
        return (MultiObjectiveProblem(model: model, objectives: objectives), rows, rhs, costs)
    }

    @Test(arguments: (UInt64(1)...24).map { ($0, $0 <= 6 ? 2 : 3) })
    func extremePointsMatchBruteForce(seed: UInt64, objectives m: Int) throws {
        let (problem, rows, rhs, costs) = try Self.instance(seed: seed, objectives: m)
        let senses = problem.senses
        let images = BruteForceMOLP.vertices(rows: rows, rhs: rhs).map { x in
            oriented(costs.map { BruteForceMOLP.dot($0, x) }, senses)
        }
        let reference = BruteForceMOLP.extremeNondominated(images).map { oriented($0, senses) }
        let points = try ExactFront.extremePoints(problem)
        #expect(sameSet(points.map(\.objectives), reference), "seed \(seed): \(points.map(\.objectives)) vs \(reference)")
        let nadir = try ExactFront.exactNadir(problem)
        let worst = (0..<m).map { k in reference.map { senses[k].orient($0[k]) }.max()! }
        #expect(sameSet([nadir.enumerated().map { senses[$0].orient($1) }], [worst]))
        let table = try ExactFront.payoffTable(problem)
        // Payoff rows are nondominated, so the exact nadir is no better than the estimate; with two
        // objectives they agree (the rows are the two ends of the front).
        for k in 0..<m {
            let gap = senses[k].orient(nadir[k]) - senses[k].orient(table.nadir[k])
            #expect(gap >= -1e-7 && (m > 2 || gap < 1e-7), "seed \(seed): nadir \(nadir) vs payoff \(table.nadir)")
        }
        let grid = try ExactFront.augmecon2(problem, gridPoints: 5, nadir: nadir)
        for a in grid {
            #expect(!reference.contains { dominates($0, a.objectives, senses) }, "seed \(seed): \(a.objectives) is dominated")
            let gap = try frontGap(a.objectives, extreme: reference, senses: senses)
            #expect(abs(gap) < 1e-6, "seed \(seed): \(a.objectives) is \(gap) off the front")
        }
    }
}

/// Seeded random 0–1 knapsacks (7 items, 2 to 4 integer objectives): AUGMECON2 with a step of at most 1 must
/// return exactly the enumerated nondominated points inside the payoff-table box.
struct RandomKnapsackTests {
    @Test(arguments: (UInt64(1)...12).map { ($0, 2 + Int($0 % 3)) })
    func augmecon2IsCompleteInsideTheGrid(seed: UInt64, objectives m: Int) throws {
        var random = RandomMOLPTests.Generator(state: seed &* 7919)
        let n = 7
        let weights = (0..<n).map { _ in Double(random.integer(1, 6)) }
        let capacity = weights.reduce(0, +) / 2
        let values = (0..<m).map { _ in (0..<n).map { _ in Double(random.integer(0, 6)) } }
        let senses: [ObjectiveSense] = (0..<m).map { $0 == 0 ? .maximize : (random.integer(0, 1) == 0 ? .minimize : .maximize) }
        var model = Model()
        let x = try (0..<n).map { try model.addVariable("x\($0)", kind: .binary) }
        try model.addConstraint(LinearExpression(terms: zip(x, weights)) <= capacity)
        let problem = MultiObjectiveProblem(model: model, objectives: (0..<m).map { k in
            ObjectiveFunction(name: "f\(k)", sense: senses[k], expression: LinearExpression(terms: zip(x, values[k])))
        })
        var images: [[Double]] = []
        for mask in 0..<(1 << n) {
            let pick = (0..<n).map { Double((mask >> $0) & 1) }
            guard BruteForceMOLP.dot(pick, weights) <= capacity else { continue }
            images.append(oriented(values.map { BruteForceMOLP.dot($0, pick) }, senses))
        }
        let table = try ExactFront.payoffTable(problem)
        let inside = BruteForceMOLP.nondominated(images).filter { y in
            (1..<m).allSatisfy { y[$0] <= senses[$0].orient(table.nadir[$0]) + 1e-9 }
        }.map { oriented($0, senses) }
        let grid = max(1, Int(table.ranges[1...].max()!.rounded(.up)))
        let points = try ExactFront.augmecon2(problem, gridPoints: grid)
        #expect(sameSet(points.map(\.objectives), inside), "seed \(seed): \(points.map(\.objectives)) vs \(inside)")
    }
}
