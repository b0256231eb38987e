/// Namespace of the urban multisource allocation formulation.
public enum Allocation {}
