/// Which raw values are better on a benchmark.
public enum Direction: Sendable, Equatable {
    case higher
    case lower
    /// Best at the target; both sides of it are worse (CrowS-Pairs: 50%).
    case target(Double)

    public var id: String {
        switch self {
        case .higher: return "higher"
        case .lower: return "lower"
        case .target: return "target"
        }
    }
}
