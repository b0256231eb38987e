/// Namespace of the multiobjective layer: exact fronts, indicators, choice rules, MORIME and comparison.
public enum Multiobjective {}
