import WaterNexusInput

/// How a data value was obtained (defined with the input layer, which reads it from every file).
public typealias ProvenanceTag = WaterNexusInput.ProvenanceTag
