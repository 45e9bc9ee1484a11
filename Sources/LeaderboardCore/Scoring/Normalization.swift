/// Maps a raw benchmark value to 0–100, where 100 is best. The methodology page prints
/// `formula(for:)` from this same type, so the page and the numbers cannot drift apart.
public enum Normalization {
    public static func score(_ value: Double, on benchmark: Benchmark) -> Double {
        let lo = benchmark.low, hi = benchmark.high
        let unit: Double
        switch benchmark.direction {
        case .higher:
            if let chance = benchmark.chance {
                unit = value <= chance ? 0 : (value - chance) / (hi - chance)
            } else {
                unit = (value - lo) / (hi - lo)
            }
        case .lower:
            unit = (hi - value) / (hi - lo)
        case .target(let t):
            unit = 1 - abs(value - t) / max(t - lo, hi - t)
        }
        return min(100, max(0, unit * 100))
    }

    /// The formula as text, for the methodology and benchmark pages.
    public static func formula(for benchmark: Benchmark) -> String {
        let lo = NumberFormat.plain(benchmark.low), hi = NumberFormat.plain(benchmark.high)
        switch benchmark.direction {
        case .higher:
            if let chance = benchmark.chance {
                let c = NumberFormat.plain(chance)
                return "100 × (v − \(c)) / (\(hi) − \(c)); values at or below chance (\(c)) score 0"
            }
            return "100 × (v − \(lo)) / (\(hi) − \(lo))"
        case .lower:
            return "100 × (\(hi) − v) / (\(hi) − \(lo))"
        case .target(let t):
            let ts = NumberFormat.plain(t)
            let span = NumberFormat.plain(max(t - benchmark.low, benchmark.high - t))
            return "100 × (1 − |v − \(ts)| / \(span)), where \(span) = max(\(ts) − \(lo), \(hi) − \(ts))"
        }
    }

    public static let generalFormulas: [(direction: String, formula: String)] = [
        ("higher", "score = 100 × (v − lo) / (hi − lo)"),
        ("higher, with a chance level c", "score = 100 × (v − c) / (hi − c), and 0 when v ≤ c"),
        ("lower", "score = 100 × (hi − v) / (hi − lo)"),
        ("target t", "score = 100 × (1 − |v − t| / max(t − lo, hi − t))"),
    ]
}
