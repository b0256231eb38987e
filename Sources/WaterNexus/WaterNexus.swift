// One import for modelers: `import WaterNexus` brings the modeler (Model, Variable, LinearExpression,
// relations, files), the GLPK backend (GLPKSolver, Solution, SolverOptions) and the multiobjective
// engine (ExactFront, choice rules, indicators, MORIME), as swift-numerics' `Numerics` does for its
// modules. The case families (allocation, ISTP, network) stay separate imports.
@_exported import WaterNexusGLPK
@_exported import WaterNexusModel
@_exported import WaterNexusMultiobjective
