import WaterNexusGLPK
import WaterNexusModel

extension ExactFront {
    /// The nondominated points found by AUGMECON2 (Mavrotas & Florios 2013), for 2 or more objectives.
    ///
    /// One objective (the primary) is optimized; every other objective k gets the row
    /// `g_k + s_k = e_k` with a slack `s_k ≥ 0`, where `g_k` is the objective oriented for minimization.
    /// The right-hand sides `e_k` run over a grid from the payoff-table nadir to the ideal value in
    /// `gridPoints` equal steps (`gridPoints + 1` values; one value when the range is 0). The scalarized
    /// objective is `g_p − augmentation · r_p · Σ_c 10^(−c) s_(k_c) / r_(k_c)` (c = 0 for the first constrained
    /// objective), with r the payoff-table ranges, so every optimum is nondominated, never only weakly
    /// efficient. Loops run from the loosest to the strictest grid value, the first constrained objective
    /// innermost; after each solve its slack gives the bypass `b = ⌊s / step⌋` grid values that would
    /// return the same point, and an infeasible grid value ends its loop (and the enclosing loop when
    /// it happened at the loosest inner values), since stricter values are infeasible too.
    ///
    /// Grid values are set exactly (see ``ExactFront`` on tolerances): a point's constrained objectives
    /// meet their grid values as the solver's solution does, not loosened.
    /// The points are filtered with ``ParetoFilter`` (duplicates and dominated points removed). For MILPs
    /// whose objectives take integer values, a step of at most 1 (`gridPoints ≥` every range) yields the
    /// complete nondominated set; for LPs the points lie on the front between its extreme points.
    /// - Parameters:
    ///   - p: the multiobjective problem.
    ///   - gridPoints: number of grid intervals per constrained objective (≥ 1).
    ///   - primary: the index of the optimized objective (default 0).
    ///   - augmentation: the slack weight (default 10⁻³, as in Mavrotas & Florios).
    ///   - nadir: the loosest grid values (own senses), replacing the payoff-table nadir; with 3 or more
    ///     objectives the payoff-table estimate may cut off part of the front, and for an LP
    ///     ``exactNadir(_:solver:)`` gives the true nadir.
    ///   - solver: solves every model (GLPK by default), each labelled by its step.
    ///   - progress: called with (grid combinations done, total) after each solve or skip.
    /// - Complexity: at most (gridPoints + 1)^(m−1) solves plus the payoff table's m²; the bypass and
    ///   early exit usually cut this a lot.
    public static func augmecon2(
        _ p: MultiObjectiveProblem, gridPoints: Int, primary: Int = 0, augmentation: Double = 1e-3,
        nadir: [Double]? = nil, solver: some LinearSolver = GLPKSolver(), progress: ((Int, Int) -> Void)? = nil
    ) throws -> [ParetoPoint] {
        try p.validate()
        guard gridPoints >= 1 else { throw ExactFrontError.invalidProblem("gridPoints is \(gridPoints); use at least 1 interval") }
        guard p.objectives.indices.contains(primary) else {
            throw ExactFrontError.invalidProblem("primary objective \(primary) is not in 0..<\(p.objectives.count)")
        }
        guard augmentation > 0, augmentation.isFinite else {
            throw ExactFrontError.invalidProblem("augmentation is \(augmentation); use a small positive number such as 0.001")
        }
        var table = try payoffTable(p, solver: solver)
        if let nadir {
            guard nadir.count == p.objectives.count, nadir.allSatisfy(\.isFinite) else {
                throw ExactFrontError.invalidProblem("the nadir has \(nadir.count) values; give one finite value per objective (\(p.objectives.count))")
            }
            for (k, objective) in p.objectives.enumerated() where objective.orientation * (nadir[k] - table.ideal[k]) < 0 {
                throw ExactFrontError.invalidProblem(
                    "the nadir value \(nadir[k]) of \(objective.name) is better than its ideal \(table.ideal[k]); give a value no better than the ideal")
            }
            table.nadir = nadir
        }
        guard p.objectives.count > 1 else {
            return [try lexicographicOptimum(p, order: [0], solver: solver)]
        }
        var sweep = try AUGMECON2Sweep(problem: p, table: table, gridPoints: gridPoints, primary: primary,
                                       augmentation: augmentation, solver: solver, progress: progress)
        _ = try sweep.run(level: sweep.constrained.count - 1)
        progress?(sweep.total, sweep.total)
        return filtered(sweep.points, p)
    }
}

/// The state of one AUGMECON2 run: the model with slack rows, the grid, and the points found.
struct AUGMECON2Sweep {
    let problem: MultiObjectiveProblem
    let solver: any LinearSolver
    let progress: ((Int, Int) -> Void)?
    /// Constrained objectives, innermost loop first.
    let constrained: [Int]
    var model: Model
    let scalarized: LinearExpression
    /// Per constrained objective: the slack column, the row, its expression's constant, the loosest
    /// value (oriented nadir), the step and the number of intervals (0 when the range is 0).
    let slacks: [Variable]
    let rows: [Constraint]
    let constants: [Double]
    let loosest: [Double]
    let steps: [Double]
    let intervals: [Int]
    var points: [ParetoPoint] = []
    /// The grid value (index) each constrained objective is set to now.
    var current: [Int]
    var done = 0
    let total: Int

    init(problem: MultiObjectiveProblem, table: PayoffTable, gridPoints: Int, primary: Int, augmentation: Double,
         solver: any LinearSolver, progress: ((Int, Int) -> Void)?) throws {
        self.problem = problem
        self.solver = solver
        self.progress = progress
        let oriented = ExactFront.orientedExpressions(problem)
        constrained = problem.objectives.indices.filter { $0 != primary }
        let ranges = table.ranges
        model = problem.model
        var scalarized = oriented[primary]
        var slacks: [Variable] = [], rows: [Constraint] = [], constants: [Double] = []
        var loosest: [Double] = [], steps: [Double] = [], intervals: [Int] = []
        let primaryScale = ranges[primary] > 0 ? ranges[primary] : 1
        for (c, k) in constrained.enumerated() {
            let slack = try model.addVariable(lower: 0)
            let worst = problem.objectives[k].orientation * table.nadir[k]
            let row = try model.addConstraint(oriented[k] + slack == worst)
            slacks.append(slack)
            rows.append(row)
            constants.append(oriented[k].constant)
            loosest.append(worst)
            let range = ranges[k]
            intervals.append(range > 0 ? gridPoints : 0)
            steps.append(range > 0 ? range / Double(gridPoints) : 0)
            scalarized.add(slack, -augmentation * primaryScale * Self.pow10(-c) / (range > 0 ? range : 1))
        }
        self.scalarized = scalarized
        self.slacks = slacks
        self.rows = rows
        self.constants = constants
        self.loosest = loosest
        self.steps = steps
        self.intervals = intervals
        current = [Int](repeating: 0, count: intervals.count)
        total = intervals.reduce(1) { $0 * ($1 + 1) }
    }

    static func pow10(_ exponent: Int) -> Double {
        (0..<abs(exponent)).reduce(1.0) { value, _ in exponent < 0 ? value / 10 : value * 10 }
    }

    /// The number of grid combinations in the loops at `level` and inside it.
    func blockSize(_ level: Int) -> Int { intervals[...level].reduce(1) { $0 * ($1 + 1) } }

    /// Sets constrained objective `c` to grid value `i` (i = 0 is the loosest), exactly, or `loosened` by a
    /// relative ``ExactFront/fixingTolerance``.
    /// - Returns: the loosening added (0 unless `loosened`).
    @discardableResult
    mutating func setGridValue(_ c: Int, _ i: Int, loosened: Bool = false) throws -> Double {
        current[c] = i
        let value = loosest[c] - Double(i) * steps[c]
        let loosening = loosened ? ExactFront.fixingTolerance * max(1, abs(value)) : 0
        let bound = value + loosening - constants[c]
        try model.setBounds(of: rows[c], lower: bound, upper: bound)
        return loosening
    }

    /// Solves at the current grid values, exactly; only when that is infeasible, once more with every grid
    /// value loosened by ``ExactFront/fixingTolerance`` (a grid value at the ideal can miss by roundoff),
    /// the exact values restored afterwards.
    /// - Returns: the solution and the loosening of the innermost grid value, nil when both are infeasible.
    mutating func solveAtGrid(step: String) throws -> (solution: Solution, loosening: Double)? {
        if let solution = try ExactFront.minimize(scalarized, over: model, solver: solver, step: step, allowInfeasible: true) {
            return (solution, 0)
        }
        let loosening = try constrained.indices.map { try setGridValue($0, current[$0], loosened: true) }
        defer { for c in constrained.indices { _ = try? setGridValue(c, current[c]) } }
        guard let solution = try ExactFront.minimize(scalarized, over: model, solver: solver, step: step + " (loosened)",
                                                     allowInfeasible: true) else { return nil }
        return (solution, loosening[0])
    }

    /// Runs the loops of `level` (0 is innermost) and the loops inside it.
    /// - Returns: false when the first, loosest grid value of this level was infeasible.
    mutating func run(level: Int) throws -> Bool {
        if level == 0 { return try runInnermost() }
        let inner = blockSize(level - 1)
        for i in 0...intervals[level] {
            try setGridValue(level, i)
            let feasible = try run(level: level - 1)
            if !feasible {
                done += (intervals[level] - i) * inner
                progress?(done, total)
                return i > 0
            }
        }
        return true
    }

    mutating func runInnermost() throws -> Bool {
        var i = 0
        while i <= intervals[0] {
            try setGridValue(0, i)
            guard let (solution, loosening) = try solveAtGrid(step: "AUGMECON2 grid point \(done + 1) of \(total)") else {
                done += intervals[0] - i + 1
                progress?(done, total)
                return i > 0
            }
            points.append(ExactFront.point(problem, values: solution.values))
            // The point stays optimal for the next b grid values when its slack below the (unloosened) grid
            // value covers b steps, up to a relative fixingTolerance for roundoff.
            let slack = solution.values[slacks[0].index] - loosening
            var bypass = 0
            if steps[0] > 0 {
                bypass = max(0, Int(((slack + ExactFront.fixingTolerance) / steps[0]).rounded(.down)))
            }
            let advance = min(bypass + 1, intervals[0] - i + 1)
            done += advance
            progress?(done, total)
            i += advance
        }
        return true
    }
}
