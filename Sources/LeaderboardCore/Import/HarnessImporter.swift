/// Reads lm-evaluation-harness results (the old `results`/`versions`/`config` format and the
/// current `metric,filter` format) and maps tasks onto benchmarks through their `harness` rules.
public struct HarnessImporter: ResultImporter {
    public static let framework = "lm-eval"
    public static let oldFormat = "old harness format"
    public static let currentFormat = "current harness format"
    public static let openLLMv1Format = "Open LLM Leaderboard v1 results"
    public static let promptFormat = "BigScience harness fork, promptsource prompts"

    public var target: ImportTarget

    public init(benchmarks: [Benchmark], model: String, sourceURL: String? = nil) {
        target = ImportTarget(benchmarks: benchmarks, model: model, sourceURL: sourceURL)
    }

    public func read(text: String, path: String, fileName: String) -> ImportOutcome {
        func fail(_ line: Int, _ column: Int, _ message: String) -> ImportOutcome {
            ImportOutcome(format: nil, measurements: [], unmapped: [], modelName: nil, diagnostics: [.error(SourceLocation(path: path, line: line, column: column), message)])
        }
        let root: JSONNode
        switch JSONParser.parse(text) {
        case .success(let node): root = node
        case .failure(let e): return fail(e.line, e.column, "malformed JSON: \(e.message)")
        }
        guard case .object = root.value else { return fail(root.line, root.column, "harness output is a JSON object, not \(root.typeName)") }
        guard let results = root["results"] else {
            return fail(root.line, root.column, "missing \"results\" key: this is not lm-evaluation-harness output")
        }
        if case .array(let rows) = results.value {
            return readPromptRows(rows, root: root, path: path, fileName: fileName)
        }
        guard case .object(var tasks) = results.value else {
            return fail(results.line, results.column, "\"results\" must be an object of tasks, not \(results.typeName)")
        }
        if let groups = root["groups"], case .object(let groupTasks) = groups.value {
            let known = Set(tasks.map(\.key))
            tasks += groupTasks.filter { !known.contains($0.key) }
        }

        let isCurrent = root["n-shot"] != nil || root["higher_is_better"] != nil || root["configs"] != nil
            || tasks.contains { task in
                if case .object(let metrics) = task.value.value { return metrics.contains { $0.key.contains(",") } }
                return false
            }
        // The first Open LLM Leaderboard's results files name tasks "harness|truthfulqa:mc|0":
        // the task between the bars, the shots after them, and one "all" summary to skip.
        let isLeaderboardV1 = tasks.contains { $0.key.hasPrefix("harness|") }
        if isLeaderboardV1 { tasks = tasks.filter { $0.key.hasPrefix("harness|") } }
        let format = isLeaderboardV1 ? Self.openLLMv1Format : (isCurrent ? Self.currentFormat : Self.oldFormat)
        let rules = Self.rules(benchmarks)

        let config = root["config"]
        var modelArgs: String?
        if let args = config?["model_args"] {
            switch args.value {
            case .string(let s): modelArgs = s
            case .object(let members):
                modelArgs = members.map { m -> String in
                    switch m.value.value {
                    case .string(let s): return "\(m.key)=\(s)"
                    case .number(_, let raw): return "\(m.key)=\(raw)"
                    case .bool(let b): return "\(m.key)=\(b)"
                    default: return m.key
                    }
                }.joined(separator: ",")
            default: break
            }
        }
        var defaultShots: Int?
        if let n = config?["num_fewshot"], case .number(let v, _) = n.value { defaultShots = Int(v) }
        var version: String?
        if let v = root["lm_eval_version"], case .string(let s) = v.value { version = s }
        if isLeaderboardV1, let name = root["config_general"]?["model_name"], case .string(let s) = name.value { modelArgs = s }

        var diagnostics: [Diagnostic] = []
        var measurements: [Measurement] = []
        var unmapped: [UnmappedTask] = []
        for task in tasks.sorted(by: { $0.key < $1.key }) {
            guard case .object(let metrics) = task.value.value else {
                diagnostics.append(.warning(SourceLocation(path: path, line: task.value.line, column: task.value.column), "task \(task.key) has no metrics object; skipped"))
                continue
            }
            var shots = defaultShots
            if let n = root["n-shot"]?[task.key], case .number(let v, _) = n.value { shots = Int(v) }
            var taskName = task.key
            if isLeaderboardV1 {
                let parts = task.key.split(separator: "|", omittingEmptySubsequences: false)
                if parts.count == 3 { taskName = String(parts[1]); shots = Int(parts[2]) ?? shots }
            }
            var taskVersion = version
            if taskVersion == nil, let v = root["versions"]?[task.key] {
                switch v.value {
                case .number(_, let raw): taskVersion = "task version \(raw)"
                case .string(let s): taskVersion = "task version \(s)"
                default: break
                }
            }
            var mappedAny = false
            // Per metric name, the filters the task reports it under (lm-eval 0.4: "acc,none").
            var filters: [String: [String]] = [:]
            for metric in metrics {
                let (name, filter) = Self.splitKey(metric.key)
                if let filter, !name.hasSuffix("_stderr") { filters[name, default: []].append(filter) }
            }
            var reportedAmbiguity = Set<String>()
            for metric in metrics {
                let (name, filter) = Self.splitKey(metric.key)
                if name == "alias" || name == "name" || name == "sample_len" || name == "sample_count" || name.hasSuffix("_stderr") { continue }
                guard case .number(let value, let raw) = metric.value.value else { continue }
                for (benchmark, rule) in rules {
                    guard let subset = rule.match(task: taskName, metric: name) else { continue }
                    let way = Self.way(wanted: rule.filter, this: filter, all: filters[name])
                    if way == .other { continue }
                    mappedAny = true
                    if way == .ambiguous {
                        if reportedAmbiguity.insert("\(benchmark.id) \(name)").inserted {
                            diagnostics.append(Self.ambiguity(task: task.key, metric: name, ways: filters[name]!.sorted(), kind: "filters", field: "filter", benchmark: benchmark,
                                                              at: SourceLocation(path: path, line: metric.value.line, column: metric.value.column)))
                        }
                        continue
                    }
                    let location = SourceLocation(path: path, line: metric.value.line, column: metric.value.column)
                    guard let (value, raw) = Self.mapped(value, raw, by: rule, onto: benchmark, what: "\(task.key) \(metric.key)",
                                                         at: location, into: &diagnostics) else { continue }
                    let stderrKey = filter.map { "\(name)_stderr,\($0)" } ?? "\(name)_stderr"
                    var rawStderr: String?
                    var stderr: Double?
                    if let s = metrics.first(where: { $0.key == stderrKey }), case .number(let v, let r) = s.value.value {
                        (stderr, rawStderr) = rule.scaled(v, r)
                    }
                    measurements.append(Measurement(
                        model: model, benchmark: benchmark.id, value: value, rawValue: raw, qualitative: nil,
                        subset: subset, variant: rule.variant, stderr: stderr, rawStderr: rawStderr, nShot: shots,
                        note: nil,
                        source: Source(title: isLeaderboardV1 ? "Open LLM Leaderboard v1 results (\(fileName))" : "lm-evaluation-harness run (\(fileName))",
                                       url: sourceURL, locator: "results.\(task.key).\(metric.key)", kind: isLeaderboardV1 ? .leaderboard : .harnessRun),
                        harness: HarnessProvenance(file: fileName, task: taskName, metric: metric.key, modelArgs: modelArgs, version: taskVersion),
                        location: location
                    ))
                }
            }
            if !mappedAny {
                let names = metrics.map { Self.splitKey($0.key).0 }.filter { $0 != "alias" && !$0.hasSuffix("_stderr") }
                unmapped.append(Self.unmapped(task: taskName, metrics: names, benchmarks: benchmarks))
            }
        }
        measurements.sort(by: Measurement.precedes)
        return ImportOutcome(format: format, measurements: measurements, unmapped: unmapped, modelName: modelArgs, diagnostics: diagnostics)
    }

    /// BigScience's fork of the harness (promptsource prompts, as in EleutherAI's Pythia WinoBias
    /// runs): `results` is a list of rows, one per task and prompt, each with its metrics beside
    /// `task_name` and `prompt_name`. A rule with `prompt` reads that prompt's row; a rule without
    /// one reads a task that was run with one prompt only.
    func readPromptRows(_ rows: [JSONNode], root: JSONNode, path: String, fileName: String) -> ImportOutcome {
        let descriptive: Set<String> = ["task_name", "prompt_name", "dataset_path", "dataset_name", "subset", "prompt_id",
                                        "prompt_jinja", "prompt_original_task", "comment", "fixed_answer_choice_list"]
        func text(_ node: JSONNode?) -> String? {
            if case .string(let s)? = node?.value { return s }
            return nil
        }
        var modelArgs: String?
        if let args = root["config"]?["model_args"] {
            switch args.value {
            case .string(let s): modelArgs = s
            case .object:
                // A GPT-NeoX run's arguments are its whole training configuration: keep what names the model.
                var parts: [String] = []
                if let load = text(args["load"]) { parts.append("load=\(load)") }
                if case .number(_, let raw)? = args["iteration"]?.value { parts.append("iteration=\(raw)") }
                modelArgs = parts.isEmpty ? nil : parts.joined(separator: ",")
            default: break
            }
        }
        var defaultShots: Int?
        if let n = root["config"]?["num_fewshot"], case .number(let v, _) = n.value { defaultShots = Int(v) }
        // Per task, the prompts it was run with (a rule without `prompt` needs exactly one).
        var prompts: [String: [String]] = [:]
        for row in rows {
            if let task = text(row["task_name"]) { prompts[task, default: []].append(text(row["prompt_name"]) ?? "") }
        }
        let rules = Self.rules(benchmarks)
        var diagnostics: [Diagnostic] = []
        var measurements: [Measurement] = []
        var unmappedByTask: [String: [String]] = [:]
        var mappedTasks = Set<String>()
        var reportedAmbiguity = Set<String>()
        for (i, row) in rows.enumerated() {
            guard case .object(let members) = row.value, let task = text(row["task_name"]) else {
                diagnostics.append(.warning(SourceLocation(path: path, line: row.line, column: row.column), "results[\(i)] has no task_name; skipped"))
                continue
            }
            let prompt = text(row["prompt_name"])
            var taskVersion: String?
            if case .number(_, let raw)? = root["versions"]?["\(task)+\(prompt ?? "")"]?.value { taskVersion = "task version \(raw)" }
            for metric in members where !descriptive.contains(metric.key) && !metric.key.hasSuffix("_stderr") {
                guard case .number(let value, let raw) = metric.value.value else { continue }
                var mapped = false
                for (benchmark, rule) in rules {
                    guard let subset = rule.match(task: task, metric: metric.key) else { continue }
                    switch Self.way(wanted: rule.prompt, this: prompt, all: prompts[task]) {
                    case .other:
                        // Another prompt's row: the task counts as mapped if that prompt was run.
                        mapped = mapped || (prompts[task]?.contains(rule.prompt!) == true)
                        continue
                    case .ambiguous:
                        mapped = true
                        if reportedAmbiguity.insert("\(benchmark.id) \(task)").inserted {
                            diagnostics.append(Self.ambiguity(task: task, metric: metric.key, ways: prompts[task]!.map { "\"\($0)\"" }, kind: "prompts", field: "prompt", benchmark: benchmark,
                                                              at: SourceLocation(path: path, line: metric.value.line, column: metric.value.column)))
                        }
                        continue
                    case .read:
                        mapped = true
                    }
                    let location = SourceLocation(path: path, line: metric.value.line, column: metric.value.column)
                    guard let (value, raw) = Self.mapped(value, raw, by: rule, onto: benchmark, what: "results[\(i)] \(task) \(metric.key)",
                                                         at: location, into: &diagnostics) else { continue }
                    var rawStderr: String?
                    var stderr: Double?
                    if case .number(let v, let r)? = row["\(metric.key)_stderr"]?.value { (stderr, rawStderr) = rule.scaled(v, r) }
                    let promptText = prompt.map { ", prompt \"\($0)\"" } ?? ""
                    measurements.append(Measurement(
                        model: model, benchmark: benchmark.id, value: value, rawValue: raw, qualitative: nil,
                        subset: subset, variant: rule.variant, stderr: stderr, rawStderr: rawStderr, nShot: defaultShots,
                        note: nil,
                        source: Source(title: "lm-evaluation-harness run (\(fileName))", url: sourceURL,
                                       locator: "results[\(i)]: \(task)\(promptText), \(metric.key)", kind: .harnessRun),
                        harness: HarnessProvenance(file: fileName, task: task, metric: metric.key,
                                                   modelArgs: [modelArgs, prompt.map { "prompt=\($0)" }].compactMap { $0 }.joined(separator: ","),
                                                   version: taskVersion),
                        location: location
                    ))
                }
                if mapped { mappedTasks.insert(task) } else { unmappedByTask[task, default: []].append(metric.key) }
            }
        }
        let unmapped = unmappedByTask.filter { !mappedTasks.contains($0.key) }.sorted { $0.key < $1.key }
            .map { Self.unmapped(task: $0.key, metrics: Array(Set($0.value)).sorted(), benchmarks: benchmarks) }
        measurements.sort(by: Measurement.precedes)
        return ImportOutcome(format: Self.promptFormat, measurements: measurements, unmapped: unmapped, modelName: modelArgs, diagnostics: diagnostics)
    }

    /// "acc,none" → ("acc", "none"); "pct_stereotype" → ("pct_stereotype", nil).
    static func splitKey(_ key: String) -> (String, String?) {
        guard let comma = key.firstIndex(of: ",") else { return (key, nil) }
        return (String(key[..<comma]), String(key[key.index(after: comma)...]))
    }
}
