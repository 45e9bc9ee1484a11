/// One benchmark and metric, with the scale that normalization needs.
public struct Benchmark: Sendable, Equatable {
    public var id: String
    public var name: String
    public var criterion: String
    public var direction: Direction
    public var low: Double
    public var high: Double
    public var chance: Double?
    /// How values are written, e.g. "%" or "fraction".
    public var unit: String
    /// The setup in a phrase, e.g. "zero-shot, perplexity-based"; tells apart setups of one test.
    public var setup: String
    public var paper: Reference?
    public var harness: [HarnessRule]
    public var summary: String
    public var descriptionHTML: String
    public var location: SourceLocation

    /// Whether `value` lies on the benchmark's scale; a value off it is an error wherever it is read.
    public func admits(_ value: Double) -> Bool { value >= low && value <= high }
}

/// A citation: a title and where to find it.
public struct Reference: Sendable, Equatable {
    public var title: String
    public var url: String?
}

/// Maps an lm-evaluation-harness task and metric key onto a benchmark.
public struct HarnessRule: Sendable, Equatable {
    /// Exact task name, or a prefix whose remainder names the subset.
    public var task: String
    public var isPrefix: Bool
    public var metric: String
    public var variant: String?

    /// The subset a task maps to, `.some(nil)` for the headline, nil when the rule does not apply.
    public func match(task name: String, metric key: String) -> String?? {
        guard key == metric else { return nil }
        if isPrefix {
            guard name.hasPrefix(task), name.count > task.count else { return nil }
            return .some(String(name.dropFirst(task.count)))
        }
        return name == task ? .some(nil) : nil
    }
}
