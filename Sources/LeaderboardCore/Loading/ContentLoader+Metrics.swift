import Markdown

extension ContentLoader {
    /// The keys of a measurement, in the order both metrics readers number them.
    static let measurementKeys: [StaticString] = ["benchmark", "value", "qualitative", "subset", "variant", "stderr", "n_shot", "note", "source", "harness"]
    static let measurementFields = measurementKeys.map(\.description)

    /// The measurements of one metrics file, sorted by `Measurement.precedes`, and its problems.
    func loadMetrics(file: String, modelSlugs: Set<String>, benchmarks: [String: Benchmark], brokenBenchmarks: Set<String> = []) -> ([Measurement], [Diagnostic]) {
        let path = path("metrics", file)
        let slug = stem(file)
        let (source, readProblems) = readText(path)
        var diagnostics = readProblems
        guard let source else { return ([], diagnostics) }
        if !modelSlugs.contains(slug) {
            diagnostics.append(.error(SourceLocation(path: path), "metrics file for a model that does not exist: add \(root)/models/\(slug).md or rename this file"))
            return ([], diagnostics)
        }
        if var measurements = FlatMetricsReader.read(source.text, path: path, model: slug, benchmarks: benchmarks) {
            measurements.sort(by: Measurement.precedes)
            // A repeated benchmark, subset and variant is an error the careful reader words.
            if !zip(measurements, measurements.dropFirst()).contains(where: { $0.isSameSeries(as: $1) }) {
                return (measurements, diagnostics)
            }
        }
        let root: JSONNode
        switch JSONParser.parse(source.text) {
        case .success(let node): root = node
        case .failure(let error):
            diagnostics.append(.error(SourceLocation(path: path, line: error.line, column: error.column), "malformed JSON: \(error.message)"))
            return ([], diagnostics)
        }
        var reader = MetricsReader(path: path, model: slug, benchmarks: benchmarks, brokenBenchmarks: brokenBenchmarks)
        let measurements = reader.read(root)
        return (measurements.sorted(by: Measurement.precedes), diagnostics + reader.diagnostics)
    }
}

/// Turns the JSON tree of one metrics file into measurements, with a located diagnostic for each problem.
/// Each object's members are read in one pass into named slots (the parser already refuses duplicate
/// keys); looking every field up by name walked each object a dozen times.
struct MetricsReader {
    let path: String
    let model: String
    let benchmarks: [String: Benchmark]
    /// Benchmarks whose file exists but has errors: already reported, so references to them are not.
    var brokenBenchmarks: Set<String> = []
    var diagnostics: [Diagnostic] = []

    private struct Key: Hashable {
        var benchmark: String
        var subset: String?
        var variant: String?
    }

    private func at(_ node: JSONNode) -> SourceLocation { SourceLocation(path: path, line: node.line, column: node.column) }
    private mutating func error(_ node: JSONNode, _ message: String) { diagnostics.append(.error(at(node), message)) }
    private mutating func warnUnknown(_ member: JSONNode.Member, _ message: String) {
        diagnostics.append(.warning(SourceLocation(path: path, line: member.keyLine, column: member.keyColumn), message))
    }

    mutating func read(_ root: JSONNode) -> [Measurement] {
        guard case .object(let members) = root.value else {
            error(root, "a metrics file is an object `{\"measurements\": [...]}`, not \(root.typeName)")
            return []
        }
        var list: JSONNode?
        for member in members {
            switch member.key {
            case "measurements": list = member.value
            case "$schema": break
            default: warnUnknown(member, "unknown top-level key \"\(member.key)\"; expected \"measurements\"")
            }
        }
        guard let list else {
            error(root, "missing key \"measurements\"")
            return []
        }
        guard case .array(let items) = list.value else {
            error(list, "\"measurements\" must be an array, not \(list.typeName)")
            return []
        }
        var out: [Measurement] = []
        out.reserveCapacity(items.count)
        var seen: [Key: Int] = [:]
        seen.reserveCapacity(items.count)
        for item in items {
            guard let measurement = readMeasurement(item) else { continue }
            let key = Key(benchmark: measurement.benchmark, subset: measurement.subset, variant: measurement.variant)
            if let line = seen[key] {
                error(item, "duplicate measurement of `\(measurement.benchmark)`\(measurement.subset.map { " subset \"\($0)\"" } ?? "")\(measurement.variant.map { " variant \"\($0)\"" } ?? ""): already given on line \(line); use `variant` to keep both")
                continue
            }
            seen[key] = item.line
            out.append(measurement)
        }
        return out
    }

    /// A text field: trimmed, nil when absent, null or blank; `required` reports absence and blankness.
    private mutating func string(_ node: JSONNode?, _ key: String, in object: JSONNode, required: Bool = false, context: String = "measurement") -> String? {
        guard let node else {
            if required { error(object, "\(context) is missing \"\(key)\"") }
            return nil
        }
        if case .null = node.value, !required { return nil }
        guard case .string(let text) = node.value else {
            error(node, "\"\(key)\" must be a string, not \(node.typeName)")
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { error(node, "\"\(key)\" is empty") }
            return nil
        }
        return trimmed
    }

    private mutating func number(_ node: JSONNode?, _ key: String) -> (Double, String, JSONNode)? {
        guard let node else { return nil }
        if case .null = node.value { return nil }
        guard case .number(let value, let raw) = node.value else {
            error(node, "\"\(key)\" must be a number, not \(node.typeName)")
            return nil
        }
        return (value, raw, node)
    }

    private mutating func readMeasurement(_ item: JSONNode) -> Measurement? {
        guard case .object(let members) = item.value else {
            error(item, "each measurement is an object, not \(item.typeName)")
            return nil
        }
        let before = diagnostics.errorCount
        var benchmarkNode, valueNode, qualitativeNode, subsetNode, variantNode: JSONNode?
        var stderrNode, nShotNode, noteNode, sourceNode, harnessNode: JSONNode?
        for member in members {
            switch member.key {
            case "benchmark": benchmarkNode = member.value
            case "value": valueNode = member.value
            case "qualitative": qualitativeNode = member.value
            case "subset": subsetNode = member.value
            case "variant": variantNode = member.value
            case "stderr": stderrNode = member.value
            case "n_shot": nShotNode = member.value
            case "note": noteNode = member.value
            case "source": sourceNode = member.value
            case "harness": harnessNode = member.value
            default:
                let suggestion = ContentLoader.measurementFields.min { editDistance($0, member.key) < editDistance($1, member.key) }!
                let hint = editDistance(suggestion, member.key) <= 2 ? "; did you mean \"\(suggestion)\"?" : ""
                warnUnknown(member, "unknown key \"\(member.key)\"\(hint)")
            }
        }
        let benchmarkID = string(benchmarkNode, "benchmark", in: item, required: true)
        var benchmark: Benchmark?
        if let benchmarkID, let node = benchmarkNode {
            benchmark = benchmarks[benchmarkID]
            if benchmark == nil && brokenBenchmarks.contains(benchmarkID) {
                // Keep the measurement out without a second diagnostic; its benchmark's own error explains it.
                diagnostics.append(.warning(at(node), "skipped: benchmark `\(benchmarkID)` has errors"))
                return nil
            } else if benchmark == nil {
                let near = benchmarks.keys.sorted().min { editDistance($0, benchmarkID) < editDistance($1, benchmarkID) }
                var message = "unknown benchmark `\(benchmarkID)`"
                if let near, editDistance(near, benchmarkID) <= 3 { message += "; did you mean `\(near)`?" }
                else { message += "; add \(path.components(separatedBy: "/metrics/").first ?? "Content")/benchmarks/\(benchmarkID).md or use an existing id" }
                error(node, message)
            }
        }
        let value = number(valueNode, "value").map { ($0.0, $0.1) }
        let qualitative = string(qualitativeNode, "qualitative", in: item)
        let stderr = number(stderrNode, "stderr").map { ($0.0, $0.1) }
        let nShot = number(nShotNode, "n_shot").map { ($0.0, $0.1) }
        let subset = string(subsetNode, "subset", in: item)
        let variant = string(variantNode, "variant", in: item)
        let note = string(noteNode, "note", in: item)
        let source = readSource(sourceNode, in: item)
        let harness = harnessNode.flatMap { readHarness($0) }
        for problem in MeasurementRules.problems(value: value, hasValueKey: valueNode != nil, hasQualitative: qualitative != nil,
                                                 stderr: stderr, nShot: nShot, on: benchmark) {
            let node: JSONNode?
            switch problem.field {
            case .measurement: node = item
            case .value: node = valueNode
            case .qualitative: node = qualitativeNode
            case .stderr: node = stderrNode
            case .nShot: node = nShotNode
            }
            error(node ?? item, problem.message)
        }
        guard diagnostics.errorCount == before, let benchmarkID, let source else { return nil }
        return Measurement(model: model, benchmark: benchmarkID, value: value, qualitative: qualitative, subset: subset, variant: variant,
                           stderr: stderr, nShot: nShot, note: note, source: source, harness: harness, location: at(item))
    }

    private mutating func readSource(_ node: JSONNode?, in item: JSONNode) -> Source? {
        guard let node else {
            error(item, "measurement has no \"source\": every number needs {\"title\", \"url\", \"locator\", \"kind\"}")
            return nil
        }
        guard case .object(let members) = node.value else {
            error(node, "\"source\" must be an object with title, url, locator and kind")
            return nil
        }
        var titleNode, urlNode, locatorNode, kindNode: JSONNode?
        for member in members {
            switch member.key {
            case "title": titleNode = member.value
            case "url": urlNode = member.value
            case "locator": locatorNode = member.value
            case "kind": kindNode = member.value
            default: warnUnknown(member, "unknown key \"\(member.key)\" in source; expected title, url, locator, kind")
            }
        }
        let title = string(titleNode, "title", in: node, required: true, context: "source")
        var url = string(urlNode, "url", in: node)
        if let text = url, !URLPolicy.isWebURL(text), let urlNode {
            error(urlNode, "source url must be an http or https URL")
            url = nil
        }
        let locator = string(locatorNode, "locator", in: node, required: true, context: "source")
        let kindText = string(kindNode, "kind", in: node, required: true, context: "source")
        var kind: Source.Kind?
        if let kindText, let kindNode {
            kind = Source.Kind(rawValue: kindText)
            if kind == nil {
                let kinds = Source.Kind.allCases.map(\.rawValue)
                let near = kinds.min { editDistance($0, kindText) < editDistance($1, kindText) }
                let guess = near.flatMap { editDistance($0, kindText) <= 3 ? " (did you mean `\($0)`?)" : nil } ?? ""
                error(kindNode, "unknown source kind `\(kindText)`\(guess); use \(kinds.joined(separator: ", "))")
            }
        }
        guard let title, let locator, let kind else { return nil }
        return Source(title: title, url: url, locator: locator, kind: kind)
    }

    private mutating func readHarness(_ node: JSONNode) -> HarnessProvenance? {
        guard case .object(let members) = node.value else {
            error(node, "\"harness\" must be an object with file, task, metric, model_args, version")
            return nil
        }
        var fileNode, taskNode, metricNode, modelArgsNode, versionNode: JSONNode?
        for member in members {
            switch member.key {
            case "file": fileNode = member.value
            case "task": taskNode = member.value
            case "metric": metricNode = member.value
            case "model_args": modelArgsNode = member.value
            case "version": versionNode = member.value
            default: break
            }
        }
        let file = string(fileNode, "file", in: node, required: true, context: "harness")
        let task = string(taskNode, "task", in: node, required: true, context: "harness")
        let metric = string(metricNode, "metric", in: node, required: true, context: "harness")
        let modelArgs = string(modelArgsNode, "model_args", in: node)
        let version = string(versionNode, "version", in: node)
        guard let file, let task, let metric else { return nil }
        return HarnessProvenance(file: file, task: task, metric: metric, modelArgs: modelArgs, version: version)
    }
}

extension Measurement {
    /// A shot count as a metrics file may give it: a whole number from 0 to 10,000.
    static func shotCount(_ n: Double) -> Int? {
        n >= 0 && n == n.rounded() && n <= 10_000 ? Int(n) : nil
    }

    /// Same benchmark, subset and variant: two such measurements in one file are a duplicate.
    func isSameSeries(as other: Measurement) -> Bool {
        benchmark == other.benchmark && subset == other.subset && variant == other.variant
    }

    static func precedes(_ a: Measurement, _ b: Measurement) -> Bool {
        if a.model != b.model { return a.model < b.model }
        if a.benchmark != b.benchmark { return a.benchmark < b.benchmark }
        if (a.subset ?? "") != (b.subset ?? "") { return (a.subset ?? "") < (b.subset ?? "") }
        return (a.variant ?? "") < (b.variant ?? "")
    }
}
