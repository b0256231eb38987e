import WaterNexusInput
import WaterNexusGLPK
import WaterNexusModel

/// A check that a sector's published risks, requirement and Tables 4–5 allocation can hold together
/// under the risk rows (R = REQ − A, ξ·REQ ≤ R), as a small LP.
///
/// Variables: the requirement REQ, the delivery A₁ under R1 and the delivery Aₓ under another risk level.
/// Rows: REQ − A₁ ≤ r₁ (R1 risk at most its published upper end; 0 for a sector with zero R1 risk means A₁ ≥ REQ
/// with the R1 over-allocation row A₁ ≤ REQ), A₁ ≤ the published Tables 4–5 allocation (surface target plus
/// groundwater plus diverted water, the largest reading), REQ − Aₓ = rₓ (the other published risk),
/// Aₓ ≤ (1 − ξ)·REQ, and REQ ≥ a published requirement. The elastic form adds a slack to the Tables 4–5 row
/// and minimizes it: its optimum is how much the allocation would have to exceed the printed tables.
public struct RequirementConflict: Sendable {
    public var sector: String
    public var period: String
    public var level: String
    public var r1RiskMax: Double
    public var tableAllocationMax: Double
    public var otherScenario: String
    public var otherXi: Double
    public var otherRisk: Double
    public var requirementMin: Double
    public var source: String

    /// Reads `requirement_conflicts.csv`.
    public static func read(_ file: String) throws -> [RequirementConflict] {
        let csv = try CSVSheet(contentsOf: file)
        try csv.require(["sector", "period", "level", "r1_risk_max", "table_allocation_max", "other_scenario", "other_xi",
                         "other_risk", "requirement_min", "tag", "source"])
        return try csv.rows.map { row in
            guard try row.tag("tag") == .published else {
                throw row.error("tag", "a conflict is stated from published numbers only", fix: "tag the row published, or remove it")
            }
            return RequirementConflict(
                sector: (row["sector"] ?? ""), period: (row["period"] ?? ""), level: (row["level"] ?? ""),
                r1RiskMax: try row.number("r1_risk_max"), tableAllocationMax: try row.number("table_allocation_max"),
                otherScenario: (row["other_scenario"] ?? ""), otherXi: try row.number("other_xi"),
                otherRisk: try row.number("other_risk"), requirementMin: try row.number("requirement_min"),
                source: (row["source"] ?? ""))
        }
    }

    /// The LP (elastic: with the slack on the Tables 4–5 row, minimized; otherwise a feasibility problem).
    public func model(elastic: Bool) throws -> Model {
        var m = Model(name: "conflict_\(sector)\(elastic ? "_elastic" : "")")
        let req = try m.addVariable("REQ"), a1 = try m.addVariable("A_R1"), ax = try m.addVariable("A_other_\(otherScenario)")
        try m.addConstraint("risk_R1", req - a1 <= r1RiskMax)
        try m.addConstraint("overallocation_R1", a1 - req <= 0)
        var table = a1.expression
        if elastic {
            let slack = try m.addVariable("excess_over_tables")
            table.add(slack, -1)
            try m.setObjective(.minimize, slack.expression)
        } else {
            try m.setObjective(.minimize, req.expression)
        }
        try m.addConstraint("tables_4_5", table <= tableAllocationMax)
        try m.addConstraint("risk_other_\(otherScenario)", req - ax == otherRisk)
        try m.addConstraint("overallocation_other_\(otherScenario)", ax - (1 - otherXi) * req <= 0)
        try m.addConstraint("requirement", req >= requirementMin)
        return m
    }

    /// The solved check: GLPK's status of the plain LP and the least excess over Tables 4–5 (elastic optimum).
    public func solve() throws -> (status: SolveStatus, excess: Double?) {
        let plain = try GLPKSolver.solve(try model(elastic: false))
        let elastic = try GLPKSolver.solve(try model(elastic: true))
        return (plain.status, elastic.objective)
    }
}
