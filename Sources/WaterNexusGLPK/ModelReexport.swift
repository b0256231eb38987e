// The GLPK backend solves the modeler's models and returns its `Solution`s (which live beside the
// `LinearSolver` seam in WaterNexusModel), so importing the backend brings the modeler too.
@_exported import WaterNexusModel
