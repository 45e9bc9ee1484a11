/// One evaluation framework's output read into measurements. Each framework is one conforming
/// type plus tests; mapping onto benchmarks goes through the `harness` rules of the benchmark
/// files (a rule's `from` names the framework), and merging into a metrics file is shared
/// (`MetricsMerge`).
public protocol ResultImporter {
    /// The `from` value of the rules this importer reads, and the command name (`import <name>`).
    static var framework: String { get }
    /// What the importer was handed: the rules to apply, the model and the URL to cite.
    var target: ImportTarget { get }
    func read(text: String, path: String, fileName: String) -> ImportOutcome
}

/// What every importer is handed, whatever its framework: the benchmarks whose rules it applies,
/// the model the results are filed under, and the URL they are cited with.
public struct ImportTarget: Sendable {
    public var benchmarks: [Benchmark]
    public var model: String
    public var sourceURL: String?

    public init(benchmarks: [Benchmark], model: String, sourceURL: String? = nil) {
        self.benchmarks = benchmarks
        self.model = model
        self.sourceURL = sourceURL
    }
}

extension ResultImporter {
    public var benchmarks: [Benchmark] { target.benchmarks }
    public var model: String { target.model }
    public var sourceURL: String? { target.sourceURL }
}

public struct ImportOutcome: Sendable {
    /// How the file was recognised, e.g. "old harness format" or "Inspect AI log, version 2".
    public var format: String?
    public var measurements: [Measurement]
    /// Tasks (or task/metric pairs) that no rule maps, with the closest benchmark and a rule to paste.
    public var unmapped: [UnmappedTask]
    /// The model the file says it evaluated, when it says one.
    public var modelName: String?
    public var diagnostics: [Diagnostic]

    public init(format: String?, measurements: [Measurement], unmapped: [UnmappedTask], modelName: String?, diagnostics: [Diagnostic]) {
        self.format = format
        self.measurements = measurements
        self.unmapped = unmapped
        self.modelName = modelName
        self.diagnostics = diagnostics
    }
}

/// What a rule does with one of the ways a task reports a metric (`ResultImporter.way`).
enum Way { case read, other, ambiguous }

public struct UnmappedTask: Sendable, Equatable {
    public var task: String
    /// The metric names the file gives for it.
    public var metrics: [String]
    /// The benchmark whose rules or id come closest to the task name, if any is close.
    public var closestBenchmark: String?
    /// A rule line for that benchmark's `harness:` list that would map the task's first metric.
    public var suggestedRule: String
}

extension ResultImporter {
    /// The error for an imported value off the benchmark's scale (usually a missing `scale`).
    static func outOfRange(_ what: String, _ text: String, _ benchmark: Benchmark) -> String {
        "\(what) = \(text) is outside the range of `\(benchmark.id)` (\(NumberFormat.plain(benchmark.low))–\(NumberFormat.plain(benchmark.high))); check the benchmark's scale"
    }

    /// A value mapped by `rule`, on the benchmark's scale; nil (and an error) when it falls outside
    /// the benchmark's range, which usually means a missing or wrong `scale`.
    static func mapped(_ value: Double, _ raw: String, by rule: HarnessRule, onto benchmark: Benchmark, what: String,
                       at location: SourceLocation, hint: String = "", into diagnostics: inout [Diagnostic]) -> (Double, String)? {
        let (v, text) = rule.scaled(value, raw)
        guard benchmark.admits(v) else {
            diagnostics.append(.error(location, outOfRange(what, text, benchmark) + hint))
            return nil
        }
        return (v, text)
    }

    /// Whether a rule reads a value its task reports one of several ways (lm-eval 0.4's filters,
    /// promptsource prompts): `.read` when the rule names this way, or names none and there is
    /// only one; `.other` when it names another; `.ambiguous` when it names none and there are
    /// several (two numbers: the rule must say which, see `ambiguity`).
    static func way(wanted: String?, this: String?, all: [String]?) -> Way {
        if let wanted { return this == wanted ? .read : .other }
        return (all?.count ?? 0) > 1 ? .ambiguous : .read
    }

    /// The warning for a rule whose task reports one metric several ways (filters, prompts): two
    /// numbers, so the rule has to name which; `field` is the rule field that does.
    static func ambiguity(task: String, metric: String, ways: [String], kind: String, field: String, benchmark: Benchmark, at location: SourceLocation) -> Diagnostic {
        .warning(location, "\(task) reports \(metric) under \(ways.count) \(kind) (\(ways.joined(separator: ", "))); skipped: add `\(field): <one of them>` to the rule of `\(benchmark.id)`")
    }

    /// The rules of `benchmarks` that this importer reads.
    static func rules(_ benchmarks: [Benchmark]) -> [(benchmark: Benchmark, rule: HarnessRule)] {
        benchmarks.flatMap { b in b.harness.filter { $0.framework == framework }.map { (b, $0) } }
    }

    /// The closest benchmark to an unmapped task, by edit distance from the task name to the
    /// benchmark id and to its rules' task names (for this framework).
    static func unmapped(task: String, metrics: [String], benchmarks: [Benchmark]) -> UnmappedTask {
        let normalized = task.lowercased().replacingOccurrences(of: "_", with: "-")
        var best: (id: String, distance: Int)?
        for b in benchmarks {
            var candidates = [b.id]
            candidates += b.harness.filter { $0.framework == framework }.map { $0.task.lowercased().replacingOccurrences(of: "_", with: "-") }
            for c in candidates {
                // A name inside the other ("truthful-yesno" holds "yesno") is as close as it gets.
                let d = normalized.contains(c) || c.contains(normalized) ? 0 : editDistance(c, normalized)
                if best == nil || d < best!.distance || (d == best!.distance && b.id < best!.id) { best = (b.id, d) }
            }
        }
        let close = best.flatMap { $0.distance <= max(3, normalized.count / 3) ? $0.id : nil }
        let metric = metrics.first ?? "acc"
        let from = framework == "lm-eval" ? "" : "from: \(framework), "
        return UnmappedTask(task: task, metrics: metrics, closestBenchmark: close,
                            suggestedRule: "- {\(from)task: \(task), metric: \(metric)}")
    }
}
