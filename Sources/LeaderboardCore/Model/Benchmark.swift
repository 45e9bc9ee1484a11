#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One benchmark and metric, with the scale that normalization needs.
///
/// A value whose fields live in one shared box, copied only when a copy is changed: a benchmark
/// is looked up for every measurement while scoring and rendering, and copying its two dozen
/// fields retained about twenty references each time (bench/RESULTS.md, session 11).
public struct Benchmark: Sendable, Equatable {
    struct Fields: Sendable, Equatable {
        var id: String
        var name: String
        var criterion: String
        var direction: Direction
        var low: Double
        var high: Double
        var chance: Double?
        var unit: String
        var setup: String
        var paper: Reference?
        var harness: [HarnessRule]
        var summary: String
        var descriptionHTML: String
        var location: SourceLocation
        var items: Int?
        var setupGroup: String
        var setupGroupLocation: SourceLocation?
        var isCapability: Bool
        var capabilityCheck: CapabilityCheck?
        var noChance: String?
        var gap: GapDefinition?
        var anchor: Anchor
    }

    private final class Box: @unchecked Sendable {
        // Changed only through `update`, on a box no other copy holds.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    public init(id: String, name: String, criterion: String, direction: Direction, low: Double, high: Double, chance: Double?, unit: String, setup: String, paper: Reference?, harness: [HarnessRule], summary: String, descriptionHTML: String, location: SourceLocation, items: Int? = nil, setupGroup: String = "", setupGroupLocation: SourceLocation? = nil, isCapability: Bool = false, capabilityCheck: CapabilityCheck? = nil, noChance: String? = nil, gap: GapDefinition? = nil, anchor: Anchor = .range) {
        box = Box(Fields(id: id, name: name, criterion: criterion, direction: direction, low: low, high: high, chance: chance, unit: unit, setup: setup, paper: paper, harness: harness, summary: summary, descriptionHTML: descriptionHTML, location: location, items: items, setupGroup: setupGroup, setupGroupLocation: setupGroupLocation, isCapability: isCapability, capabilityCheck: capabilityCheck, noChance: noChance, gap: gap, anchor: anchor))
    }

    public static func == (a: Benchmark, b: Benchmark) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    // Each field reads the box and writes through `update`; the declarations and their order
    // are `Fields`'s.

    public var id: String { get { box.fields.id } set { update { $0.id = newValue } } }
    public var name: String { get { box.fields.name } set { update { $0.name = newValue } } }
    public var criterion: String { get { box.fields.criterion } set { update { $0.criterion = newValue } } }
    public var direction: Direction { get { box.fields.direction } set { update { $0.direction = newValue } } }
    public var low: Double { get { box.fields.low } set { update { $0.low = newValue } } }
    public var high: Double { get { box.fields.high } set { update { $0.high = newValue } } }
    public var chance: Double? { get { box.fields.chance } set { update { $0.chance = newValue } } }
    /// How values are written, e.g. "%" or "fraction".
    public var unit: String { get { box.fields.unit } set { update { $0.unit = newValue } } }
    /// The setup in a phrase, e.g. "zero-shot, perplexity-based"; tells apart setups of one test.
    public var setup: String { get { box.fields.setup } set { update { $0.setup = newValue } } }
    public var paper: Reference? { get { box.fields.paper } set { update { $0.paper = newValue } } }
    public var harness: [HarnessRule] { get { box.fields.harness } set { update { $0.harness = newValue } } }
    public var summary: String { get { box.fields.summary } set { update { $0.summary = newValue } } }
    public var descriptionHTML: String { get { box.fields.descriptionHTML } set { update { $0.descriptionHTML = newValue } } }
    public var location: SourceLocation { get { box.fields.location } set { update { $0.location = newValue } } }
    /// How many test items a value averages over (each item scored within the range): gives a
    /// binomial bound on the standard error when the source reports none.
    public var items: Int? { get { box.fields.items } set { update { $0.items = newValue } } }
    /// Benchmarks in one setup group measure the same metric with the same prompt on the same
    /// scale, so their values are comparable (and one model's values there are replications).
    /// Defaults to the benchmark's own id.
    public var setupGroup: String { get { box.fields.setupGroup } set { update { $0.setupGroup = newValue } } }
    public var setupGroupLocation: SourceLocation? { get { box.fields.setupGroupLocation } set { update { $0.setupGroupLocation = newValue } } }
    /// A capability benchmark measures what a model can do, not a value: never scored, only read
    /// by other benchmarks' capability checks.
    public var isCapability: Bool { get { box.fields.isCapability } set { update { $0.isCapability = newValue } } }
    public var capabilityCheck: CapabilityCheck? { get { box.fields.capabilityCheck } set { update { $0.capabilityCheck = newValue } } }
    /// Why the benchmark has no chance level, when it declares that it has none.
    public var noChance: String? { get { box.fields.noChance } set { update { $0.noChance = newValue } } }
    /// Scored as the gap between subsets of another benchmark, derived when content loads.
    public var gap: GapDefinition? { get { box.fields.gap } set { update { $0.gap = newValue } } }
    /// What maps a value to 0 and 100 on the normalized scale.
    public var anchor: Anchor { get { box.fields.anchor } set { update { $0.anchor = newValue } } }

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
