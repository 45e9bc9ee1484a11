/// Which raw values are better on a benchmark.
public enum Direction: Sendable, Equatable {
    case higher
    case lower
    /// Best at the target; both sides of it are worse (CrowS-Pairs: 50%).
    case target(Double)
}
