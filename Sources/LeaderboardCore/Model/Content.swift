/// Everything loaded from a content folder, sorted, before any scoring.
public struct Content: Sendable {
    public var criteria: [Criterion]
    public var benchmarks: [Benchmark]
    public var models: [Model]
    /// Sorted by model, benchmark, subset, variant.
    public var measurements: [Measurement]

    public init(criteria: [Criterion], benchmarks: [Benchmark], models: [Model], measurements: [Measurement]) {
        self.criteria = criteria
        self.benchmarks = benchmarks
        self.models = models
        self.measurements = measurements
    }
}
