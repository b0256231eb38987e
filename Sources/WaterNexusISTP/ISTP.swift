/// Namespace of interval two-stage stochastic programming.
public enum ISTP {}
