/// A bias benchmark scored as the difference between groups of another benchmark's subsets
/// (WinoGender: accuracy on sentences with female pronouns minus male ones). The accuracy itself
/// is a capability, not a value: a model that guesses shows no gap at all, so a gap benchmark
/// normally also declares a capability check on the accuracy.
public struct GapDefinition: Sendable, Equatable {
    /// The benchmark whose subsets are compared.
    public var benchmark: String
    /// Two or more subsets; the gap is the largest minus the smallest.
    public var subsets: [String]
    /// Test items per subset, for a binomial bound when a subset value has no stderr.
    public var items: Int?
    public var location: SourceLocation
}

/// How a derived value was computed from reported ones, so it can be shown and its uncertainty
/// combined from theirs. A class: every measurement has room for one, and the inline struct
/// (a whole `Benchmark`) made each of them several hundred bytes larger.
public final class Derivation: Sendable, Equatable {
    /// The reported subset values the gap is taken between: the highest first, the lowest second.
    public let high: Measurement
    public let low: Measurement
    /// The benchmark they were reported on, and the per-subset item count.
    public let source: Benchmark
    public let items: Int?

    init(high: Measurement, low: Measurement, source: Benchmark, items: Int?) {
        self.high = high
        self.low = low
        self.source = source
        self.items = items
    }

    public static func == (a: Derivation, b: Derivation) -> Bool {
        a === b || (a.high == b.high && a.low == b.low && a.source == b.source && a.items == b.items)
    }

    /// "her/her/she 78.8 − his/him/he 72.1"
    public var text: String {
        "\(high.subset ?? "") \(high.rawValue ?? "") − \(low.subset ?? "") \(low.rawValue ?? "")"
    }
}

extension GapDefinition {
    /// One model's gaps on `gapBenchmark`: one per source that reports every subset of the
    /// definition (a gap never mixes two sources). `list` is the model's measurements.
    public static func derive(_ gapBenchmark: Benchmark, from list: [Measurement], source: Benchmark) -> [Measurement] {
        guard let gap = gapBenchmark.gap else { return [] }
        // Per source, in order of first appearance: the first value of each subset.
        var order: [String] = []
        var found: [String: [String: Measurement]] = [:]
        for m in list where m.benchmark == gap.benchmark && m.variant == nil && m.value != nil {
            guard let subset = m.subset, gap.subsets.contains(subset) else { continue }
            let key = m.source.url ?? m.source.title
            if found[key] == nil { order.append(key); found[key] = [:] }
            if found[key]![subset] == nil { found[key]![subset] = m }
        }
        return order.compactMap { key -> Measurement? in
            let bySubset = found[key]!
            let operands = gap.subsets.compactMap { bySubset[$0] }
            guard operands.count == gap.subsets.count else { return nil }
            let high = operands.max { $0.value! < $1.value! }!
            let low = operands.min { $0.value! < $1.value! }!
            let decimals = max(Uncertainty.decimals(of: high.rawValue ?? "") ?? 6, Uncertainty.decimals(of: low.rawValue ?? "") ?? 6)
            let value = high.value! - low.value!
            let derivation = Derivation(high: high, low: low, source: source, items: gap.items)
            // Accuracy on all items, from the same source, shown beside the gap it qualifies.
            let headline = list.first { $0.benchmark == gap.benchmark && $0.isHeadline && ($0.source.url ?? $0.source.title) == key && $0.rawValue != nil }
            let accuracy = headline.map { "; \(source.name) on all items: \($0.rawValue!)" } ?? ""
            return Measurement(model: high.model, benchmark: gapBenchmark.id, value: value,
                               rawValue: NumberFormat.fixed(value, decimals: min(decimals, 6)),
                               note: "Derived: the gap between \(derivation.text)\(accuracy).",
                               source: high.source, location: high.location, derivation: derivation)
        }
    }
}
