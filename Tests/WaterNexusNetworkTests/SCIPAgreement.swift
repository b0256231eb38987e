import WaterNexusNetwork
import WaterNexusTestSupport

/// Where nexus's certificate and SCIP's answer on the same exact model contradict each other.
///
/// nexus's lower bound must not exceed any solution SCIP finds, SCIP's dual bound must not exceed nexus's
/// verified design, "infeasible" from one must not meet a solution from the other, and when both claim
/// optimality the values must agree within both gaps. `tolerance` (relative) absorbs the solvers'
/// feasibility tolerances.
struct SCIPAgreement {
    var nexus: NetworkResult
    var scip: SCIP.Result
    /// The relative gaps each solver was asked for.
    var nexusGap: Double
    var scipGap: Double
    var tolerance = 1e-5

    private func slack(_ value: Double) -> Double { tolerance * max(1, abs(value)) }

    /// Each contradiction, described (empty: the answers are consistent).
    var contradictions: [String] {
        var found: [String] = []
        if nexus.status == .infeasible, let primal = scip.primal {
            found.append("nexus proves the network infeasible, but SCIP found a solution of value \(primal)")
        }
        if nexus.status != .infeasible, let primal = scip.primal, nexus.lowerBound > primal + slack(primal) {
            found.append("nexus's lower bound \(nexus.lowerBound) is above SCIP's solution \(primal): nexus's certificate is wrong")
        }
        if let design = nexus.upperBound {
            if scip.status == "infeasible" {
                found.append("SCIP proves the model infeasible, but nexus verified a design of value \(design)")
            } else if scip.dual > design + slack(design) {
                found.append("SCIP's dual bound \(scip.dual) is above nexus's verified design \(design)")
            }
            if nexus.status == .optimal, scip.status == "optimal", let primal = scip.primal,
               abs(design - primal) > nexusGap * abs(design) + scipGap * abs(primal) + slack(design) {
                found.append("both claim optimality but nexus's \(design) and SCIP's \(primal) differ by more than the gaps")
            }
        }
        return found
    }

    /// Whether SCIP left the question open (no solution and no proof), so nothing could be checked but nexus's bound.
    var isInconclusive: Bool { scip.primal == nil && scip.status != "infeasible" }

    /// nexus's answer in one line.
    var nexusSummary: String {
        "nexus \(nexus.status.rawValue): design \(nexus.upperBound.map { "\($0)" } ?? "none"), lower bound \(nexus.lowerBound), "
            + "gap \(nexus.gap.map { "\($0)" } ?? "-"), \(String(format: "%.2f", nexus.seconds)) s"
    }
}
