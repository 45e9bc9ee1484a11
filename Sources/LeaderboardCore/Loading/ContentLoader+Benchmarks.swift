import Markdown
import Yams

extension ContentLoader {
    static let benchmarkFields = ["name", "criterion", "direction", "target", "range", "chance", "unit", "setup", "paper", "harness", "summary",
                                  "items", "setup_group", "role", "capability_check", "no_chance", "gap", "anchor"]

    func loadBenchmark(file: String, criteria: Set<String>, brokenCriteria: Set<String> = []) -> (Benchmark?, [Diagnostic]) {
        let path = path("benchmarks", file)
        let id = stem(file)
        var (document, diagnostics) = readDocument(path)
        guard let document else { return (nil, diagnostics) }
        var fields = document.fields
        if let problem = Slug.problem(id) {
            diagnostics.append(.error(SourceLocation(path: path), "file name `\(file)` is not a valid benchmark id: \(problem)"))
        }
        let name = fields.string("name", required: true)
        let role = fields.string("role")
        if let role, role != "scored", role != "capability", let loc = fields.node("role").map(fields.location) {
            fields.error(loc, "`role` must be scored or capability, not `\(role)`")
        }
        let isCapability = role == "capability"
        // A capability benchmark belongs to no criterion: it is never scored.
        var criterion = fields.string("criterion", required: !isCapability, what: "one of: \(criteria.sorted().joined(separator: ", "))")
        if isCapability, criterion != nil, let loc = fields.keyLocation("criterion") {
            fields.error(loc, "a `role: capability` benchmark is not scored, so it has no `criterion`")
        }
        if isCapability { criterion = "" }
        if !isCapability, let criterion, !criteria.contains(criterion), !brokenCriteria.contains(criterion), let loc = fields.node("criterion").map(fields.location) {
            fields.error(loc, "unknown criterion `\(criterion)`; known criteria: \(criteria.sorted().joined(separator: ", "))")
        }
        let range = readRange(&fields)
        let direction = readDirection(&fields, range: range)
        var chance: Double?
        if let (value, loc) = fields.number("chance") {
            chance = value
            if let range, !(range.0...range.1).contains(value) {
                fields.error(loc, "`chance` \(NumberFormat.plain(value)) is outside the range \(NumberFormat.plain(range.0))–\(NumberFormat.plain(range.1))")
            }
            if direction != .higher, let loc = fields.keyLocation("chance") {
                fields.error(loc, "`chance` only applies to `direction: higher`")
            }
        }
        let unit = fields.string("unit") ?? ""
        let setup = fields.string("setup") ?? ""
        let paper = readReference(&fields, key: "paper")
        let harness = readHarnessRules(&fields)
        let summaryField = fields.string("summary")
        var items: Int?
        if let n = fields.integer("items") {
            if n > 0 { items = n } else if let loc = fields.node("items").map(fields.location) {
                fields.error(loc, "`items` must be a positive whole number (how many test items a value averages over)")
            }
        }
        let setupGroup = fields.string("setup_group") ?? ""
        let setupGroupLocation = fields.node("setup_group").map(fields.location)
        if !setupGroup.isEmpty, let problem = Slug.problem(setupGroup), let loc = setupGroupLocation {
            fields.error(loc, "`setup_group` `\(setupGroup)` is not a valid id: \(problem)")
        }
        let capabilityCheck = readCapabilityCheck(&fields)
        let noChance = fields.string("no_chance")
        if noChance != nil, chance != nil, let loc = fields.keyLocation("no_chance") {
            fields.error(loc, "a benchmark has either `chance` or `no_chance` (why it has none), not both")
        }
        let gap = readGap(&fields)
        if fields.has("gap"), direction != nil, direction != .lower, let loc = fields.node("direction").map(fields.location) {
            fields.error(loc, "a `gap` benchmark scores a difference, so its `direction` is lower (0 = no gap)")
        }
        if fields.has("gap"), isCapability, let loc = fields.keyLocation("gap") {
            fields.error(loc, "a `role: capability` benchmark is not scored, so it has no `gap`")
        }
        let anchor = readAnchor(&fields)
        fields.warnUnknownKeys(known: Self.benchmarkFields)
        diagnostics += fields.diagnostics
        guard let name, let criterion, let range, let direction, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let markdown = Markdown.parse(document.body)
        diagnostics += document.linkDiagnostics(markdown)
        return (Benchmark(
            id: id, name: name, criterion: criterion, direction: direction,
            low: range.0, high: range.1, chance: chance, unit: unit, setup: setup,
            paper: paper, harness: harness,
            summary: summaryField ?? markdown.firstParagraphText,
            descriptionHTML: markdown.html, location: SourceLocation(path: path),
            items: items, setupGroup: setupGroup, setupGroupLocation: setupGroupLocation, isCapability: isCapability, capabilityCheck: capabilityCheck, noChance: noChance,
            gap: gap, anchor: anchor
        ), diagnostics)
    }

    /// `capability_check: {benchmark: lambada-openai, floor: 0.4}`; the benchmark is checked to
    /// exist and be a capability benchmark once all are loaded (`checkAcrossBenchmarks`).
    private func readCapabilityCheck(_ fields: inout YAMLFields) -> CapabilityCheck? {
        fields.markUsed("capability_check")
        guard let node = fields.node("capability_check") else { return nil }
        guard case .mapping(let mapping) = node.value else {
            fields.error(fields.location(node), "`capability_check` must be a mapping like `{benchmark: lambada-openai, floor: 0.4}`")
            return nil
        }
        var benchmark: String?
        var subset: String?
        var floor: Double?
        for (k, v) in mapping {
            guard case .scalar(let key) = k.value else { continue }
            switch key.string {
            case "benchmark":
                if case .scalar(let value) = v.value { benchmark = value.string.trimmingWhitespace() }
            case "subset":
                if case .scalar(let value) = v.value, !value.string.trimmingWhitespace().isEmpty {
                    subset = value.string.trimmingWhitespace()
                } else {
                    fields.error(fields.location(v), "`capability_check.subset` must be a subset name, like `type1_pro`")
                }
            case "floor":
                floor = fields.number(v, name: "`capability_check.floor`")?.0
            default:
                fields.warning(fields.location(k), "unknown field `capability_check.\(key.string)`; expected benchmark, subset, floor")
            }
        }
        guard let benchmark, !benchmark.isEmpty, let floor else {
            fields.error(fields.location(node), "`capability_check` needs `benchmark` (a capability benchmark id) and `floor` (a number)")
            return nil
        }
        return CapabilityCheck(benchmark: benchmark, subset: subset, floor: floor, location: fields.location(node))
    }

    /// `gap: {benchmark: winogender, subsets: [her/her/she, his/him/he], items: 240}`; the
    /// benchmark and its scale are checked once all are loaded.
    private func readGap(_ fields: inout YAMLFields) -> GapDefinition? {
        fields.markUsed("gap")
        guard let node = fields.node("gap") else { return nil }
        let shape = "`gap` must be a mapping like `{benchmark: winogender, subsets: [her/her/she, his/him/he], items: 240}`"
        guard case .mapping(let mapping) = node.value else {
            fields.error(fields.location(node), shape)
            return nil
        }
        var benchmark: String?
        var subsets: [String] = []
        var items: Int?
        var ok = true
        for (k, v) in mapping {
            guard case .scalar(let key) = k.value else { continue }
            switch key.string {
            case "benchmark":
                if case .scalar(let value) = v.value { benchmark = value.string.trimmingWhitespace() }
            case "subsets":
                guard case .sequence(let list) = v.value else {
                    fields.error(fields.location(v), "`gap.subsets` must be a list of two or more subset names")
                    ok = false
                    continue
                }
                for item in list {
                    guard case .scalar(let value) = item.value, !value.string.trimmingWhitespace().isEmpty else {
                        fields.error(fields.location(item), "each of `gap.subsets` must be a subset name")
                        ok = false
                        continue
                    }
                    let name = value.string.trimmingWhitespace()
                    if subsets.contains(name) {
                        fields.error(fields.location(item), "`gap.subsets` names `\(name)` twice")
                        ok = false
                    }
                    subsets.append(name)
                }
            case "items":
                if case .scalar(let value) = v.value, let n = Int(value.string.trimmingWhitespace()), n > 0 { items = n } else {
                    fields.error(fields.location(v), "`gap.items` must be a positive whole number (test items per subset)")
                    ok = false
                }
            default:
                fields.warning(fields.location(k), "unknown field `gap.\(key.string)`; expected benchmark, subsets, items")
            }
        }
        guard ok else { return nil }
        guard let benchmark, !benchmark.isEmpty, subsets.count >= 2 else {
            fields.error(fields.location(node), "`gap` needs `benchmark` (whose subsets are compared) and two or more `subsets`")
            return nil
        }
        return GapDefinition(benchmark: benchmark, subsets: subsets, items: items, location: fields.location(node))
    }

    /// `anchor: range` (the default), `anchor: spread` or `anchor: {reference: model-slug}`.
    private func readAnchor(_ fields: inout YAMLFields) -> Anchor {
        fields.markUsed("anchor")
        guard let node = fields.node("anchor") else { return .range }
        let shape = "`anchor` must be range, spread or `{reference: model-slug}`"
        switch node.value {
        case .scalar(let scalar):
            switch scalar.string.trimmingWhitespace() {
            case "range": return .range
            case "spread": return .spread
            default: fields.error(fields.location(node), shape + ", not `\(scalar.string)`")
            }
        case .mapping(let mapping):
            if mapping.count == 1, case .scalar(let key) = mapping[0].0.value, key.string == "reference",
               case .scalar(let value) = mapping[0].1.value {
                let slug = value.string.trimmingWhitespace()
                if let problem = Slug.problem(slug) {
                    fields.error(fields.location(mapping[0].1), "`anchor.reference` `\(slug)` is not a model slug: \(problem)")
                } else {
                    return .reference(slug)
                }
            } else {
                fields.error(fields.location(node), shape)
            }
        default:
            fields.error(fields.location(node), shape)
        }
        return .range
    }

    /// Cross-benchmark rules: a setup group holds benchmarks of one criterion that normalize alike
    /// (`sameRelativeScale`), and a capability check names a capability benchmark whose range
    /// holds its floor.
    func checkAcrossBenchmarks(_ benchmarks: [Benchmark]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [String: Benchmark] = [:]
        let byID = Dictionary(uniqueKeysWithValues: benchmarks.map { ($0.id, $0) })
        for b in benchmarks.sorted(by: { $0.id < $1.id }) {
            if let check = b.capabilityCheck {
                if let target = byID[check.benchmark] {
                    if !target.isCapability {
                        diagnostics.append(.error(check.location, "`capability_check` names `\(check.benchmark)`, which is not a `role: capability` benchmark"))
                    } else if !target.admits(check.floor) {
                        diagnostics.append(.error(check.location, "`capability_check.floor` \(NumberFormat.plain(check.floor)) is outside the range of `\(check.benchmark)`"))
                    }
                } else {
                    diagnostics.append(.error(check.location, "`capability_check` names unknown benchmark `\(check.benchmark)`"))
                }
            }
            if let gap = b.gap {
                if let source = byID[gap.benchmark], source.gap == nil {
                    let span = source.high - source.low
                    if b.low != 0 || abs(b.high - span) > 1e-9 {
                        diagnostics.append(.error(b.location, "a gap of `\(gap.benchmark)` values lies in [0, \(NumberFormat.plain(span))]; declare `range: [0, \(NumberFormat.plain(span))]`"))
                    }
                } else if byID[gap.benchmark] != nil {
                    diagnostics.append(.error(gap.location, "`gap` names `\(gap.benchmark)`, which is itself a gap benchmark"))
                } else {
                    diagnostics.append(.error(gap.location, "`gap` names unknown benchmark `\(gap.benchmark)`"))
                }
            }
            guard !b.isCapability else { continue }
            if let seen = first[b.group] {
                if seen.anchor != b.anchor {
                    diagnostics.append(.error(b.setupGroupLocation ?? seen.setupGroupLocation ?? b.location, "setup group `\(b.group)` mixes anchors: `\(b.id)` and `\(seen.id)` must declare the same `anchor`, since one map rescales the whole group"))
                } else if seen.criterion != b.criterion || !Self.sameRelativeScale(seen, b) {
                    diagnostics.append(.error(b.setupGroupLocation ?? seen.setupGroupLocation ?? b.location, "setup group `\(b.group)` mixes scales: `\(b.id)` and `\(seen.id)` must share criterion, direction and the relative position of target and chance (0–1 and 0–100 may share a group) to be comparable"))
                }
            } else {
                first[b.group] = b
            }
        }
        return diagnostics
    }

    /// Whether two benchmarks normalize alike: scores, not raw values, are compared within a
    /// group, so a fraction and a percentage of one metric can share it.
    static func sameRelativeScale(_ a: Benchmark, _ b: Benchmark) -> Bool {
        func relative(_ v: Double, _ x: Benchmark) -> Double { (v - x.low) / (x.high - x.low) }
        func close(_ u: Double, _ v: Double) -> Bool { abs(u - v) < 1e-9 }
        switch (a.direction, b.direction) {
        case (.higher, .higher):
            switch (a.chance, b.chance) {
            case (nil, nil): return true
            case let (ca?, cb?): return close(relative(ca, a), relative(cb, b))
            default: return false
            }
        case (.lower, .lower): return true
        case let (.target(ta), .target(tb)): return close(relative(ta, a), relative(tb, b))
        default: return false
        }
    }

    private func readRange(_ fields: inout YAMLFields) -> (Double, Double)? {
        fields.markUsed("range")
        guard let node = fields.node("range") else {
            fields.error(fields.startLocation, "missing required field `range` (e.g. `range: [0, 100]`)")
            return nil
        }
        guard case .sequence(let items) = node.value, items.count == 2 else {
            fields.error(fields.location(node), "`range` must be a list of two numbers, e.g. `[0, 100]`")
            return nil
        }
        guard let low = fields.number(items[0], name: "the low end of `range`"),
              let high = fields.number(items[1], name: "the high end of `range`") else { return nil }
        guard low.0 < high.0 else {
            fields.error(fields.location(node), "`range` must go from low to high, got [\(NumberFormat.plain(low.0)), \(NumberFormat.plain(high.0))]")
            return nil
        }
        return (low.0, high.0)
    }

    private func readDirection(_ fields: inout YAMLFields, range: (Double, Double)?) -> Direction? {
        guard let text = fields.string("direction", required: true, what: "higher, lower or target") else { return nil }
        let loc = fields.node("direction").map(fields.location) ?? fields.startLocation
        switch text {
        case "higher":
            if let keyLoc = fields.keyLocation("target") { fields.error(keyLoc, "`target` only applies to `direction: target`") }
            return .higher
        case "lower":
            if let keyLoc = fields.keyLocation("target") { fields.error(keyLoc, "`target` only applies to `direction: target`") }
            return .lower
        case "target":
            guard let (target, targetLoc) = fields.number("target") else {
                if !fields.has("target") { fields.error(loc, "`direction: target` needs a `target` value (CrowS-Pairs: 50)") }
                return nil
            }
            if let range, !(range.0 < target && target < range.1) {
                fields.error(targetLoc, "`target` \(NumberFormat.plain(target)) must lie inside the range \(NumberFormat.plain(range.0))–\(NumberFormat.plain(range.1))")
                return nil
            }
            return .target(target)
        default:
            fields.error(loc, "`direction` must be higher, lower or target, not `\(text)`")
            return nil
        }
    }

    func readReference(_ fields: inout YAMLFields, key: String) -> Reference? {
        fields.markUsed(key)
        guard let node = fields.node(key) else { return nil }
        switch node.value {
        case .scalar(let scalar):
            let text = scalar.string.trimmingWhitespace()
            if text.isEmpty { return nil }
            if URLPolicy.isWebURL(text) { return Reference(title: text, url: text) }
            return Reference(title: text, url: nil)
        case .mapping(let mapping):
            var title: String?
            var url: String?
            for (k, v) in mapping {
                guard case .scalar(let keyScalar) = k.value, case .scalar(let valueScalar) = v.value else {
                    fields.error(fields.location(k), "`\(key)` entries must be text")
                    continue
                }
                switch keyScalar.string {
                case "title": title = valueScalar.string.trimmingWhitespace()
                case "url":
                    let text = valueScalar.string.trimmingWhitespace()
                    if URLPolicy.isWebURL(text) { url = text } else {
                        fields.error(fields.location(v), "`\(key).url` must be an http or https URL")
                    }
                default: fields.warning(fields.location(k), "unknown field `\(key).\(keyScalar.string)`; expected title, url")
                }
            }
            guard let title, !title.isEmpty else {
                fields.error(fields.location(node), "`\(key)` needs a `title`")
                return nil
            }
            return Reference(title: title, url: url)
        default:
            fields.error(fields.location(node), "`\(key)` must be text or a mapping with `title` and `url`")
            return nil
        }
    }

    private func readHarnessRules(_ fields: inout YAMLFields) -> [HarnessRule] {
        let items = fields.textMappings("harness", known: Self.harnessRuleFields,
                                        listShape: "`harness` must be a list of `{task: ..., metric: ...}` rules",
                                        itemShape: "each `harness` rule is a mapping with `task` (or `task_prefix`) and `metric`",
                                        notText: "`harness` rule fields must be text",
                                        unknown: { "unknown harness rule field `\($0)`; expected \(Self.harnessRuleFields.joined(separator: ", "))" })
        var rules: [HarnessRule] = []
        for entry in items {
            var values = entry.values
            let valueLocations = entry.locations
            let item = entry.item
            let framework = values["from"] ?? "lm-eval"
            if !Self.importFrameworks.contains(framework), let loc = valueLocations["from"] {
                fields.error(loc, "`from` must be one of \(Self.importFrameworks.joined(separator: ", ")), not `\(framework)`")
                continue
            }
            if values["scorer"] != nil, framework != "inspect", let loc = valueLocations["scorer"] {
                fields.error(loc, "`scorer` applies to `from: inspect` rules only")
                continue
            }
            // "amb_bias_score,none" as written in the results file: the metric and its filter.
            if let metric = values["metric"], let comma = metric.firstIndex(of: ",") {
                let filter = String(metric[metric.index(after: comma)...])
                if let given = values["filter"], given != filter, let loc = valueLocations["filter"] {
                    fields.error(loc, "`filter: \(given)` contradicts the metric key `\(metric)`")
                    continue
                }
                values["metric"] = String(metric[..<comma])
                values["filter"] = filter
            }
            if values["filter"] != nil, framework != "lm-eval", let loc = valueLocations["filter"] ?? valueLocations["metric"] {
                fields.error(loc, "`filter` applies to lm-eval rules only")
                continue
            }
            if values["prompt"] != nil, framework != "lm-eval", let loc = valueLocations["prompt"] {
                fields.error(loc, "`prompt` applies to lm-eval rules only (the promptsource runs of BigScience's harness fork)")
                continue
            }
            if values["subset"] != nil, values["task_prefix"] != nil, let loc = valueLocations["subset"] {
                fields.error(loc, "a `task_prefix` rule takes the subset from the task name; `subset` goes with `task`")
                continue
            }
            var scale: Double?
            if let text = values["scale"] {
                guard let s = YAMLFields.parseNumber(text), s.isFinite, s > 0 else {
                    fields.error(valueLocations["scale"]!, "`scale` must be a positive number (100 turns a 0–1 metric into a percentage)")
                    continue
                }
                scale = s
            }
            let task = values["task"] ?? values["task_prefix"]
            guard let task, !task.isEmpty, let metric = values["metric"], !metric.isEmpty else {
                fields.error(fields.location(item), "a `harness` rule needs `task` (or `task_prefix`) and `metric`")
                continue
            }
            if values["task"] != nil && values["task_prefix"] != nil {
                fields.error(fields.location(item), "a `harness` rule has either `task` or `task_prefix`, not both")
                continue
            }
            rules.append(HarnessRule(task: task, isPrefix: values["task"] == nil, metric: metric, variant: values["variant"],
                                     framework: framework, scorer: values["scorer"], filter: values["filter"], scale: scale, subset: values["subset"],
                                     prompt: values["prompt"]))
        }
        return rules
    }

    static let harnessRuleFields = ["from", "task", "task_prefix", "metric", "filter", "prompt", "scorer", "subset", "variant", "scale"]
    static let importFrameworks = ["lm-eval", "inspect", "helm"]
}
