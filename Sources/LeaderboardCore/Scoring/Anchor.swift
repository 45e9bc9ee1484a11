/// What fixes 0 and 100 on a benchmark's normalized scale. The declared range is the default:
/// a spread of two points across models stays two points, so no benchmark outweighs another
/// just because its models happen to be close together.
public enum Anchor: Sendable, Equatable {
    /// The declared range, with the chance level as 0 where one is declared.
    case range
    /// The setup group's observed spread: the lowest interval end scores 0 and the highest 100.
    /// Stretches small differences; for benchmarks whose declared range says little.
    case spread
    /// A reference model's counted value scores 50; the range's ends still score 0 and 100.
    case reference(String)

    public var text: String {
        switch self {
        case .range: return "declared range"
        case .spread: return "observed spread of the setup group"
        case .reference(let slug): return "reference model \(slug) at 50"
        }
    }
}

/// A monotone piecewise-linear map of scores, fixed per setup group from its anchor. Ranks are
/// unchanged by it (it never reverses an order); only the numbers shown and averaged move.
public struct Rescale: Sendable, Equatable {
    /// Knots in score space, increasing: `from[i]` maps to `to[i]`; outside them scores clamp.
    public var from: [Double]
    public var to: [Double]
    /// How the knots were chosen, for the methodology page; empty for the identity.
    public var text: String

    public static let identity = Rescale(from: [0, 100], to: [0, 100], text: "")

    public var isIdentity: Bool { from == to }

    public func apply(_ score: Double) -> Double {
        if isIdentity { return score }
        if score <= from[0] { return to[0] }
        for i in 1..<from.count where score <= from[i] {
            let span = from[i] - from[i - 1]
            return span > 0 ? to[i - 1] + (score - from[i - 1]) / span * (to[i] - to[i - 1]) : to[i]
        }
        return to[to.count - 1]
    }
}
