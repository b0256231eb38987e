import WaterNexusGLPK
import WaterNexusModel

/// Settings of ``NetworkSolver``.
public struct NetworkSolveOptions: Sendable {
    /// What is minimized.
    public enum Objective: String, Sendable, Codable { case cost, emissions }

    /// Relative gap (UB − LB)/|UB| at which the solve stops (default 1e-3).
    public var gap: Double = 1e-3
    /// Wall-clock limit in seconds for the whole solve.
    public var timeLimit: Double = 60
    /// How the gap is closed (default: spatial branch-and-bound).
    public var method: NetworkSolveMethod = .branchAndBound
    /// The MILP relaxation of the bilinear terms (``NetworkSolveMethod/refine`` only).
    public var relaxation: BilinearRelaxation = .piecewiseMcCormick
    /// Maximum number of relaxation–refinement rounds of ``NetworkSolveMethod/refine`` (default: no limit;
    /// the solve stops on the gap or the time limit).
    public var maxIterations: Int = .max
    /// Tighten concentration and flow bounds with LPs bounded by the incumbent's cost.
    public var optimalityBasedTightening: Bool = true
    /// Improve each new incumbent by a pattern search on its concentrations (a few percent of the time limit).
    public var localSearch: Bool = true
    /// Overrides the model's carbon cap (kgCO2/yr) when set.
    public var carbonCap: Double? = nil
    /// The objective.
    public var objective: Objective = .cost
    /// Solves every relaxation, subproblem and tightening LP, each labelled by its step (GLPK by default;
    /// a `RecordingSolver` around it writes every model solved). Bound tightening warm-starts one loaded
    /// GLPK LP across its objectives only when this is a plain `GLPKSolver`; any other solver gets each
    /// of those LPs from scratch, through this seam.
    public var solver: any LinearSolver = GLPKSolver()

    /// Called with one line per relaxation round (bounds, gap, time).
    public var log: (@Sendable (String) -> Void)? = nil

    public init() {}
}
