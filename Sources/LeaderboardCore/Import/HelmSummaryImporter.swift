/// Reads a HELM suite summary: the `runs.json` that `helm-summarize` writes into a suite's folder
/// (and that HELM's public releases publish), a list of runs, each with its run spec and stats.
/// The runs of the model are read as `HelmImporter` reads a run folder, with the same `from: helm`
/// rules; runs of other models are left out.
///
/// A summary has no per-instance stats, so its values get no standard error. The `variance` a
/// summary's stat carries is not one: its `count` is the number of train trials, and the variance
/// is across trials, not instances (a one-trial run shows count 1 and variance 0).
public struct HelmSummaryImporter: ResultImporter {
    public static let framework = "helm"
    public static let format = "HELM suite summary (runs.json)"

    /// Reads each run of the summary as a run folder is read (its benchmarks, model and source URL).
    var reader: HelmImporter
    /// Read the runs of the summary's only model although its name does not look like `model`
    /// (`--force`).
    public var anyModel: Bool

    public var target: ImportTarget { reader.target }

    public init(benchmarks: [Benchmark], model: String, sourceURL: String? = nil, anyModel: Bool = false) {
        reader = HelmImporter(benchmarks: benchmarks, model: model, sourceURL: sourceURL, runSpec: "")
        self.anyModel = anyModel
    }

    public func read(text: String, path: String, fileName: String) -> ImportOutcome {
        let root: JSONNode
        switch JSONParser.parse(text) {
        case .success(let node): root = node
        case .failure(let e): return HelmImporter.failure(path, e.line, e.column, "malformed JSON: \(e.message)")
        }
        guard case .array(let entries) = root.value else {
            return HelmImporter.failure(path, root.line, root.column, "\(fileName) is a list of runs, not \(root.typeName): this is not a HELM suite summary")
        }
        var runs: [(spec: JSONNode, stats: JSONNode, model: String?)] = []
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            guard let spec = entry["run_spec"], let stats = entry["stats"] else {
                diagnostics.append(.error(SourceLocation(path: path, line: entry.line, column: entry.column),
                                          "a run of a suite summary has `run_spec` and `stats`; this entry has not: this is not a HELM suite summary"))
                continue
            }
            runs.append((spec, stats, HelmImporter.modelName(spec)))
        }
        if !diagnostics.isEmpty {
            return ImportOutcome(format: Self.format, measurements: [], unmapped: [], modelName: nil, diagnostics: diagnostics)
        }
        let models = Set(runs.compactMap(\.model)).sorted()
        let model = reader.model
        var chosen = runs.filter { $0.model.map { ModelNameMatch.matches($0, slug: model) } ?? false }
        if chosen.isEmpty && anyModel && models.count == 1 { chosen = runs }
        guard !chosen.isEmpty else {
            let named = models.isEmpty ? "none names a model" : "its models: " + models.joined(separator: ", ")
            let hint = models.count == 1 ? "; pass --force if `\(models[0])` is `\(model)`" : ""
            return HelmImporter.failure(path, root.line, root.column, "\(fileName) has no run of a model like `\(model)` (\(runs.count) runs; \(named))\(hint)")
        }

        var measurements: [Measurement] = []
        var unmapped: [UnmappedTask] = []
        for run in chosen {
            let (outcome, _) = reader.readRun(spec: run.spec, specPath: path, stats: run.stats, path: path, fileName: fileName) { _ in [:] }
            measurements += outcome.measurements.map(Self.noted)
            unmapped += outcome.unmapped
            diagnostics += outcome.diagnostics
        }
        measurements.sort(by: Measurement.precedes)
        return ImportOutcome(format: Self.format, measurements: measurements, unmapped: unmapped,
                             modelName: chosen.first?.model, diagnostics: diagnostics)
    }

    /// The run's note, saying why there is no standard error.
    static func noted(_ m: Measurement) -> Measurement {
        let note = (m.note.map { String($0.dropLast()) } ?? "") + "; from a suite summary, which has no per-instance stats: no standard error."
        return Measurement(model: m.model, benchmark: m.benchmark, value: m.value, rawValue: m.rawValue, subset: m.subset, variant: m.variant,
                           note: note, source: m.source, harness: m.harness, location: m.location)
    }
}
