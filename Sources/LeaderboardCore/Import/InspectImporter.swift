/// Reads an Inspect AI evaluation log in its JSON form (`inspect eval --log-format json`, or
/// `inspect log convert --to json`) and maps its scores onto benchmarks through `from: inspect`
/// rules. A rule's task matches the log's task name (with or without a registry prefix such as
/// `inspect_evals/`), its metric a metric of a scorer (`scorer` narrows which), and `stderr` of
/// the same scorer is kept as the standard error.
public struct InspectImporter: ResultImporter {
    public static let framework = "inspect"

    public var target: ImportTarget

    public init(benchmarks: [Benchmark], model: String, sourceURL: String? = nil) {
        target = ImportTarget(benchmarks: benchmarks, model: model, sourceURL: sourceURL)
    }

    /// Metrics that describe another metric's spread, not a result.
    static let spreadMetrics: Set<String> = ["stderr", "std", "var"]

    public func read(text: String, path: String, fileName: String) -> ImportOutcome {
        func fail(_ node: JSONNode?, _ message: String) -> ImportOutcome {
            ImportOutcome(format: nil, measurements: [], unmapped: [], modelName: nil,
                          diagnostics: [.error(SourceLocation(path: path, line: node?.line ?? 1, column: node?.column ?? 1), message)])
        }
        let root: JSONNode
        switch JSONParser.parse(text) {
        case .success(let node): root = node
        case .failure(let e):
            return ImportOutcome(format: nil, measurements: [], unmapped: [], modelName: nil,
                                 diagnostics: [.error(SourceLocation(path: path, line: e.line, column: e.column), "malformed JSON: \(e.message)")])
        }
        guard case .object = root.value, let eval = root["eval"], case .object = eval.value else {
            return fail(root, "missing \"eval\" object: this is not an Inspect AI log")
        }
        func string(_ node: JSONNode?) -> String? { if let node, case .string(let s) = node.value { return s }; return nil }
        var logVersion = ""
        if let v = root["version"], case .number(_, let raw) = v.value { logVersion = raw }
        let status = string(root["status"]) ?? "unknown"
        guard let task = string(eval["task"]) else { return fail(eval, "the log's \"eval\" has no \"task\"") }
        let modelName = string(eval["model"])
        guard status == "success" else {
            return fail(root["status"] ?? root, "the log's status is \"\(status)\", not \"success\": an unfinished or failed run is not imported")
        }
        guard let results = root["results"], let scores = results["scores"], case .array(let scoreList) = scores.value else {
            return fail(root, "the log has no \"results.scores\": nothing was scored")
        }
        var completed: String?
        if let n = results["completed_samples"], case .number(_, let raw) = n.value { completed = raw }
        let evalID = string(eval["eval_id"]) ?? string(eval["run_id"]) ?? ""
        let created = string(eval["created"]) ?? ""
        let inspectVersion = eval["packages"].flatMap { string($0["inspect_ai"]) }
        // The task as registered and its short name: rules may use either.
        let shortTask = task.split(separator: "/").last.map(String.init) ?? task
        let rules = Self.rules(benchmarks)

        var measurements: [Measurement] = []
        var diagnostics: [Diagnostic] = []
        var metricNames: [String] = []
        for score in scoreList {
            guard let scorer = string(score["name"]) ?? string(score["scorer"]), let metrics = score["metrics"], case .object(let members) = metrics.value else { continue }
            var stderr: (Double, String)?
            if let s = metrics["stderr"]?["value"], case .number(let v, let raw) = s.value { stderr = (v, raw) }
            for metric in members where !Self.spreadMetrics.contains(metric.key) {
                metricNames.append(metric.key)
                guard let valueNode = metric.value["value"], case .number(let value, let raw) = valueNode.value else { continue }
                for (benchmark, rule) in rules {
                    if let s = rule.scorer, s != scorer { continue }
                    guard let subset = rule.match(task: task, metric: metric.key) ?? rule.match(task: shortTask, metric: metric.key) else { continue }
                    let location = SourceLocation(path: path, line: valueNode.line, column: valueNode.column)
                    guard let (v, text) = Self.mapped(value, raw, by: rule, onto: benchmark, what: "\(task) \(scorer)/\(metric.key)",
                                                      at: location, hint: " or the rule's `scale`", into: &diagnostics) else { continue }
                    let se = stderr.map { rule.scaled($0.0, $0.1) }
                    var note = "Inspect AI eval \(evalID), created \(created)"
                    if let completed { note += ", \(completed) samples scored" }
                    measurements.append(Measurement(
                        model: model, benchmark: benchmark.id, value: v, rawValue: text, subset: subset, variant: rule.variant,
                        stderr: se?.0, rawStderr: se?.1, note: note + ".",
                        source: Source(title: "Inspect AI log (\(fileName))", url: sourceURL,
                                       locator: "results.scores[\(scorer)].metrics.\(metric.key)", kind: .harnessRun),
                        harness: HarnessProvenance(file: fileName, task: task, metric: "\(scorer)/\(metric.key)", modelArgs: modelName,
                                                   version: "inspect_ai \(inspectVersion ?? "?"), log version \(logVersion)"),
                        location: location))
                }
            }
        }
        var unmapped: [UnmappedTask] = []
        if measurements.isEmpty && diagnostics.isEmpty {
            unmapped.append(Self.unmapped(task: task, metrics: metricNames, benchmarks: benchmarks))
        }
        measurements.sort(by: Measurement.precedes)
        return ImportOutcome(format: "Inspect AI log, version \(logVersion)", measurements: measurements, unmapped: unmapped,
                             modelName: modelName, diagnostics: diagnostics)
    }
}
