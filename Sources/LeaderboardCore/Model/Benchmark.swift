#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// How many test items a value averages over (each item scored within the range): gives a
    /// binomial bound on the standard error when the source reports none.
    public var items: Int? = nil
    /// Benchmarks in one setup group measure the same metric with the same prompt on the same
    /// scale, so their values are comparable (and one model's values there are replications).
    /// Defaults to the benchmark's own id.
    public var setupGroup: String = ""
    public var setupGroupLocation: SourceLocation? = nil
    /// A capability benchmark measures what a model can do, not a value: never scored, only read
    /// by other benchmarks' capability checks.
    public var isCapability: Bool = false
    public var capabilityCheck: CapabilityCheck? = nil
    /// Why the benchmark has no chance level, when it declares that it has none.
    public var noChance: String? = nil
    /// Scored as the gap between subsets of another benchmark, derived when content loads.
    public var gap: GapDefinition? = nil
    /// What maps a value to 0 and 100 on the normalized scale.
    public var anchor: Anchor = .range

    /// The setup group, or the id when none is declared.
    public var group: String { setupGroup.isEmpty ? id : setupGroup }

    /// Whether `value` lies on the benchmark's scale; a value off it is an error wherever it is read.
    public func admits(_ value: Double) -> Bool { value >= low && value <= high }
}

/// A citation: a title and where to find it.
public struct Reference: Sendable, Equatable {
    public var title: String
    public var url: String?
}

/// Maps an evaluation framework's task and metric onto a benchmark: one rule syntax for every
/// importer (`from` names the framework; lm-eval when absent).
public struct HarnessRule: Sendable, Equatable {
    /// Exact task name, or a prefix whose remainder names the subset.
    public var task: String
    public var isPrefix: Bool
    public var metric: String
    public var variant: String?
    /// The framework whose output the rule reads: "lm-eval", "inspect" or "helm".
    public var framework: String = "lm-eval"
    /// Inspect: the scorer whose metric is read; any scorer when nil.
    public var scorer: String? = nil
    /// lm-eval 0.4: the filter of the metric key (`acc,none` → none); when nil, a metric reported
    /// under one filter only.
    public var filter: String? = nil
    /// Multiplies values and stderrs, e.g. 100 for a 0–1 metric on a percentage benchmark.
    public var scale: Double? = nil
    /// The subset an exact task maps to (`winogender_female` → "her/her/she"); a `task_prefix`
    /// rule takes the subset from the rest of the task name instead.
    public var subset: String? = nil
    /// lm-eval runs with promptsource prompts (BigScience's fork: `results` is a list of
    /// task × prompt rows): the prompt name whose value this rule reads; when nil, a task run with
    /// one prompt only.
    public var prompt: String? = nil

    /// The value (and its text) on the benchmark's scale. A power of ten moves the decimal point
    /// of the source text, so no digit the framework wrote is lost.
    func scaled(_ value: Double, _ raw: String) -> (Double, String) {
        guard let scale, scale != 1 else { return (value, raw) }
        let v = value * scale
        let exponent = log10(scale).rounded()
        if exponent > 0, exponent <= 9, pow(10, exponent) == scale, let shifted = NumberFormat.shiftingPoint(raw, by: Int(exponent)) {
            return (Double(shifted) ?? v, shifted)
        }
        return (v, NumberFormat.plain(v))
    }

    /// The subset a task maps to, `.some(nil)` for the headline, nil when the rule does not apply.
    public func match(task name: String, metric key: String) -> String?? {
        guard key == metric else { return nil }
        if isPrefix {
            guard name.hasPrefix(task), name.count > task.count else { return nil }
            return .some(String(name.dropFirst(task.count)))
        }
        return name == task ? .some(subset) : nil
    }
}

/// A result at a benchmark's ideal point says nothing if the model cannot do the task (a model
/// that picks at random lands on CrowS-Pairs' 50 %). Such a result counts only when the same model
/// reaches `floor` on `benchmark` (or its `subset`) in the same source (the same run or paper).
public struct CapabilityCheck: Sendable, Equatable {
    public var benchmark: String
    /// A subset of `benchmark` to read instead of its headline (a source may report no overall
    /// value, as Pythia's WinoBias runs report only pro- and anti-stereotypical sentences).
    public var subset: String? = nil
    public var floor: Double
    public var location: SourceLocation
}
