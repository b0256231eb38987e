import Testing
import WaterNexusNetwork

/// The global methods the tests run: branch-and-bound, and the refine loop with each MILP relaxation.
enum SolverVariant: String, CaseIterable, CustomTestStringConvertible {
    case branchAndBound = "bnb", refinePMC = "refine-pmc", refineNMDT = "refine-nmdt"

    var testDescription: String { rawValue }

    /// Sets the method and relaxation of `options`.
    func apply(to options: inout NetworkSolveOptions) {
        switch self {
        case .branchAndBound: options.method = .branchAndBound
        case .refinePMC: options.method = .refine; options.relaxation = .piecewiseMcCormick
        case .refineNMDT: options.method = .refine; options.relaxation = .nmdt
        }
    }
}
