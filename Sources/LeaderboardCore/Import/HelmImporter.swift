/// Reads one HELM run (`benchmark_output/runs/<suite>/<run>/`): its `stats.json`, with the
/// `run_spec.json` beside it naming the scenario, its arguments and the model, and maps stats onto
/// benchmarks through `from: helm` rules. A rule's task matches the scenario name (`truthful_qa`)
/// or the run's name without its model (`truthful_qa:task=mc_single,method=multiple_choice_joint`);
/// its metric is a stat name (`exact_match`, `bbq_metric_ambiguous_bias`).
///
/// Only unperturbed stats are read, from the test split, else the valid split. HELM reports no
/// standard error: when `per_instance_stats.json` is there, the standard error of the mean over
/// the instances is computed from it (and the note says so); otherwise there is none.
public struct HelmImporter: ResultImporter {
    public static let framework = "helm"
    public static let format = "HELM run (stats.json and run_spec.json)"

    public var target: ImportTarget
    /// run_spec.json's text.
    public var runSpec: String
    /// per_instance_stats.json's text, when the run has one.
    public var perInstanceStats: String?

    public init(benchmarks: [Benchmark], model: String, sourceURL: String? = nil, runSpec: String, perInstanceStats: String? = nil) {
        target = ImportTarget(benchmarks: benchmarks, model: model, sourceURL: sourceURL)
        self.runSpec = runSpec
        self.perInstanceStats = perInstanceStats
    }

    /// One stat of stats.json: the metric, its split, and the mean as HELM wrote it.
    struct Stat {
        var name: String
        var split: String
        var value: Double
        var raw: String
        var node: JSONNode
        /// The whole stat (its count and variance, for a suite summary's standard errors).
        var item: JSONNode
    }

    public func read(text: String, path: String, fileName: String) -> ImportOutcome {
        let specPath = (path.lastIndex(of: "/").map { String(path[..<$0]) + "/" } ?? "") + "run_spec.json"
        let spec: JSONNode
        switch JSONParser.parse(runSpec) {
        case .success(let node): spec = node
        case .failure(let e): return Self.failure(specPath, e.line, e.column, "malformed JSON: \(e.message)")
        }
        let root: JSONNode
        switch JSONParser.parse(text) {
        case .success(let node): root = node
        case .failure(let e): return Self.failure(path, e.line, e.column, "malformed JSON: \(e.message)")
        }
        guard case .array = root.value else {
            return Self.failure(path, root.line, root.column, "stats.json is a list of stats, not \(root.typeName): this is not a HELM run")
        }
        let run = readRun(spec: spec, specPath: specPath, stats: root, path: path, fileName: fileName) { split in
            perInstanceStats.flatMap { Self.standardErrors($0, split: split) }.map { errors in
                errors.mapValues { ($0.0, "stderr computed here from per_instance_stats.json over \($0.1) instances (HELM reports none)") }
            } ?? [:]
        }
        var outcome = run.outcome
        outcome.format = Self.format
        return outcome
    }

    static func failure(_ path: String, _ line: Int, _ column: Int, _ message: String) -> ImportOutcome {
        ImportOutcome(format: nil, measurements: [], unmapped: [], modelName: nil,
                      diagnostics: [.error(SourceLocation(path: path, line: line, column: column), message)])
    }

    static func string(_ node: JSONNode?) -> String? { if let node, case .string(let s) = node.value { return s }; return nil }

    /// The model a run spec names.
    public static func modelName(_ spec: JSONNode) -> String? {
        string(spec["adapter_spec"]?["model"]) ?? string(spec["adapter_spec"]?["model_deployment"])
    }

    /// One run read from its parsed run spec and list of stats (a run folder's two files, or one
    /// entry of a suite summary). `standardErrors` gives, for the chosen split, each metric's
    /// standard error and the words that say where it came from.
    func readRun(spec: JSONNode, specPath: String, stats list: JSONNode, path: String, fileName: String,
                 standardErrors: (String) -> [String: (Double, String)]) -> (outcome: ImportOutcome, runName: String?) {
        guard let runName = Self.string(spec["name"]) else {
            return (Self.failure(specPath, spec.line, spec.column, "the run spec has no \"name\": this is not a HELM run"), nil)
        }
        let modelName = Self.modelName(spec)
        guard case .array(let items) = list.value else {
            return (Self.failure(path, list.line, list.column, "the stats of \(runName) are a list, not \(list.typeName)"), runName)
        }

        // "truthful_qa:task=mc_single,method=multiple_choice_joint,model=simple_model1": the
        // scenario, and its arguments without the model.
        let scenario = String(runName.prefix { $0 != ":" })
        let arguments = runName.dropFirst(scenario.count + 1).split(separator: ",").filter { !$0.hasPrefix("model=") }
        let task = arguments.isEmpty ? scenario : scenario + ":" + arguments.joined(separator: ",")

        var stats: [Stat] = []
        var instances: [String: String] = [:]
        for item in items {
            guard let name = item["name"], let metric = Self.string(name["name"]), let split = Self.string(name["split"]),
                  name["perturbation"] == nil, name["sub_split"] == nil,
                  let mean = item["mean"], case .number(let value, let raw) = mean.value else { continue }
            if metric == "num_instances" { instances[split] = NumberFormat.plain(value) }
            stats.append(Stat(name: metric, split: split, value: value, raw: raw, node: mean, item: item))
        }
        // Each metric from the test split when the run has one, else from the valid split.
        let splits = Set(stats.map(\.split))
        let split = splits.contains("test") ? "test" : (splits.contains("valid") ? "valid" : splits.sorted().first ?? "test")
        let chosen = stats.filter { $0.split == split }
        let errors = standardErrors(split)

        var measurements: [Measurement] = []
        var diagnostics: [Diagnostic] = []
        for stat in chosen {
            for (benchmark, rule) in Self.rules(benchmarks) {
                guard let subset = rule.match(task: scenario, metric: stat.name) ?? rule.match(task: task, metric: stat.name) else { continue }
                let location = SourceLocation(path: path, line: stat.node.line, column: stat.node.column)
                guard let (value, raw) = Self.mapped(stat.value, stat.raw, by: rule, onto: benchmark, what: "\(task) \(stat.name)",
                                                     at: location, hint: " or the rule's `scale`", into: &diagnostics) else { continue }
                var note = "HELM run \(runName), \(split) split"
                if let n = instances[split] { note += ", \(n) instances" }
                var stderr: (Double, String)?
                if let (se, how) = errors[stat.name] {
                    stderr = rule.scaled(se, NumberFormat.plain(se))
                    note += "; " + how
                }
                measurements.append(Measurement(
                    model: model, benchmark: benchmark.id, value: value, rawValue: raw, subset: subset, variant: rule.variant,
                    stderr: stderr?.0, rawStderr: stderr?.1, note: note + ".",
                    source: Source(title: "HELM run (\(runName))", url: sourceURL, locator: "\(fileName): \(stat.name), split \(split)", kind: .harnessRun),
                    harness: HarnessProvenance(file: fileName, task: task, metric: stat.name, modelArgs: modelName, version: nil),
                    location: location))
            }
        }
        var unmapped: [UnmappedTask] = []
        if measurements.isEmpty && diagnostics.isEmpty {
            // The stats a reader would map first: accuracy-like ones before HELM's bookkeeping.
            let names = Array(Set(chosen.map(\.name))).sorted { a, b in
                let (ra, rb) = (Self.interest(a), Self.interest(b))
                return ra != rb ? ra < rb : a < b
            }
            unmapped.append(Self.unmapped(task: scenario, metrics: names, benchmarks: benchmarks))
        }
        measurements.sort(by: Measurement.precedes)
        return (ImportOutcome(format: nil, measurements: measurements, unmapped: unmapped, modelName: modelName, diagnostics: diagnostics), runName)
    }

    /// 0 for a result, 2 for counts and costs (num_*, *_runtime, finish_reason_*, …), 1 otherwise.
    static func interest(_ name: String) -> Int {
        if name.contains("exact_match") || name.hasPrefix("bbq_") || name.contains("toxic") || name.hasSuffix("accuracy") { return 0 }
        let bookkeeping = ["num_", "finish_reason", "inference_", "training_", "batch_", "prompt_truncated", "max_prob", "logprob", "perplexity", "bits_per_byte"]
        return bookkeeping.contains { name.hasPrefix($0) || name.contains($0) } ? 2 : 1
    }

    /// Per metric of `split`: the standard error of the mean over instances (each instance's
    /// value averaged over its train trials) and the number of instances; nil for unreadable text.
    static func standardErrors(_ text: String, split: String) -> [String: (Double, Int)]? {
        guard case .success(let root) = JSONParser.parse(text), case .array(let list) = root.value else { return nil }
        var sums: [String: [String: (sum: Double, count: Int)]] = [:]
        for item in list {
            guard case .string(let id)? = item["instance_id"]?.value, case .array(let stats)? = item["stats"]?.value else { continue }
            for stat in stats {
                guard let name = stat["name"], case .string(let metric)? = name["name"]?.value, case .string(split)? = name["split"]?.value,
                      name["perturbation"] == nil, name["sub_split"] == nil,
                      case .number(let mean, _)? = stat["mean"]?.value else { continue }
                let old = sums[metric, default: [:]][id] ?? (0, 0)
                sums[metric, default: [:]][id] = (old.sum + mean, old.count + 1)
            }
        }
        var out: [String: (Double, Int)] = [:]
        for (metric, byInstance) in sums where byInstance.count >= 2 {
            let values = byInstance.values.map { $0.sum / Double($0.count) }
            let n = Double(values.count)
            let mean = values.reduce(0, +) / n
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            out[metric] = ((variance / n).squareRoot(), values.count)
        }
        return out
    }
}
