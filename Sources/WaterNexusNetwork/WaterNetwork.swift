/// Namespace of industrial-park water network superstructures.
public enum WaterNetwork {}
