import Markdown
import Yams

extension ContentLoader {
    static let benchmarkFields = ["name", "criterion", "direction", "target", "range", "chance", "unit", "setup", "paper", "harness", "summary"]

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
        let criterion = fields.string("criterion", required: true, what: "one of: \(criteria.sorted().joined(separator: ", "))")
        if let criterion, !criteria.contains(criterion), !brokenCriteria.contains(criterion), let loc = fields.node("criterion").map(fields.location) {
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
            descriptionHTML: markdown.html, location: SourceLocation(path: path)
        ), diagnostics)
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
        fields.markUsed("harness")
        guard let node = fields.node("harness") else { return [] }
        guard case .sequence(let items) = node.value else {
            fields.error(fields.location(node), "`harness` must be a list of `{task: ..., metric: ...}` rules")
            return []
        }
        var rules: [HarnessRule] = []
        for item in items {
            guard case .mapping(let mapping) = item.value else {
                fields.error(fields.location(item), "each `harness` rule is a mapping with `task` (or `task_prefix`) and `metric`")
                continue
            }
            var values: [String: String] = [:]
            for (k, v) in mapping {
                guard case .scalar(let key) = k.value, case .scalar(let value) = v.value else {
                    fields.error(fields.location(k), "`harness` rule fields must be text")
                    continue
                }
                if !["task", "task_prefix", "metric", "variant"].contains(key.string) {
                    fields.warning(fields.location(k), "unknown harness rule field `\(key.string)`; expected task, task_prefix, metric, variant")
                }
                values[key.string] = value.string.trimmingWhitespace()
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
            rules.append(HarnessRule(task: task, isPrefix: values["task"] == nil, metric: metric, variant: values["variant"]))
        }
        return rules
    }
}
