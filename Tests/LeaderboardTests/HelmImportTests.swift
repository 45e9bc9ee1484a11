import Foundation
import Testing
@testable import LeaderboardCore

/// `import helm` on real helm-run output (crfm-helm 0.5.16, its simple test model, offline):
/// Tests/LeaderboardTests/Fixtures/import/helm, made by Scripts/make-import-fixtures.
@Suite struct HelmImportTests {
    static let folder = Support.fixtures + "/import/helm"

    func read(_ run: String, benchmarks: [Benchmark]? = nil) throws -> ImportOutcome {
        let dir = Self.folder + "/" + run
        let spec = try String(contentsOfFile: dir + "/run_spec.json", encoding: .utf8)
        let perInstance = try? String(contentsOfFile: dir + "/per_instance_stats.json", encoding: .utf8)
        let importer = HelmImporter(benchmarks: benchmarks ?? ContentLoader(root: Support.seedContent).load().0.benchmarks,
                                    model: "m", runSpec: spec, perInstanceStats: perInstance)
        return importer.read(text: try String(contentsOfFile: dir + "/stats.json", encoding: .utf8), path: dir + "/stats.json", fileName: "stats.json")
    }

    @Test func truthfulQARunMapsToItsVariant() throws {
        let outcome = try read("truthful_qa-mc_single")
        #expect(outcome.format == HelmImporter.format)
        #expect(outcome.diagnostics.isEmpty && outcome.unmapped.isEmpty)
        #expect(outcome.modelName == "simple/model1")
        #expect(outcome.measurements.count == 1)
        let m = try #require(outcome.measurements.first)
        #expect(m.benchmark == "truthfulqa-mc" && m.variant == "helm multiple-choice joint" && m.subset == nil)
        // The unperturbed valid-split stat (the scenario has no test split), as HELM wrote it.
        #expect(m.rawValue == "0.0" && m.source.locator == "stats.json: exact_match, split valid" && m.source.kind == .harnessRun)
        #expect(m.source.title == "HELM run (truthful_qa:task=mc_single,method=multiple_choice_joint,model=simple_model1)")
        #expect(m.harness?.task == "truthful_qa:task=mc_single,method=multiple_choice_joint" && m.harness?.modelArgs == "simple/model1")
        // The simple model answers none of the 16 right: the standard error over instances is 0.
        #expect(m.rawStderr == "0")
        #expect(m.note == "HELM run truthful_qa:task=mc_single,method=multiple_choice_joint,model=simple_model1, valid split, 16 instances; stderr computed here from per_instance_stats.json over 16 instances (HELM reports none).")
        #expect(ModelNameMatch.matches(outcome.modelName!, slug: "simple-model1") && !ModelNameMatch.matches(outcome.modelName!, slug: "llama-7b"))
    }

    @Test func aScenarioWithoutRuleIsListedWithItsResultsFirst() throws {
        let outcome = try read("simple1")
        #expect(outcome.measurements.isEmpty && outcome.diagnostics.isEmpty)
        #expect(outcome.unmapped.map(\.task) == ["simple1"])
        // HELM's bookkeeping stats (num_*, finish_reason_*, runtimes) come after the rest.
        let metrics = try #require(outcome.unmapped.first?.metrics)
        let firstBookkeeping = try #require(metrics.firstIndex { HelmImporter.interest($0) == 2 })
        #expect(metrics[firstBookkeeping...].allSatisfy { HelmImporter.interest($0) == 2 })
        #expect(metrics.contains("num_instances") && metrics.contains("inference_runtime"))
    }

    /// Per instance, the mean over its train trials; then sd / sqrt(n) over instances.
    @Test func standardErrorOverInstances() {
        func instance(_ id: String, trial: Int, _ value: Double, split: String = "test") -> String {
            "{\"instance_id\": \"\(id)\", \"train_trial_index\": \(trial), \"stats\": [{\"name\": {\"name\": \"exact_match\", \"split\": \"\(split)\"}, \"mean\": \(value)}, {\"name\": {\"name\": \"exact_match\", \"split\": \"\(split)\", \"perturbation\": {\"name\": \"robustness\"}}, \"mean\": 0}]}"
        }
        let text = "[" + [instance("a", trial: 0, 1), instance("a", trial: 1, 0), instance("b", trial: 0, 1), instance("c", trial: 0, 0),
                          instance("d", trial: 0, 1), instance("e", trial: 0, 1, split: "valid")].joined(separator: ",") + "]"
        let result = HelmImporter.standardErrors(text, split: "test")
        let (se, n) = result!["exact_match"]!
        // Instances a (0.5), b (1), c (0), d (1): mean 0.625, sample variance 0.22916…, se = sqrt(v / 4).
        let values = [0.5, 1, 0, 1.0], mean = 0.625
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 3
        #expect(n == 4 && abs(se - (variance / 4).squareRoot()) < 1e-15)
    }

    @Test func rulesFromHelmAreChecked() {
        var files = Support.minimalContent()
        files["Content/benchmarks/tqa.md"] = "---\nname: T\ncriterion: factuality\ndirection: higher\nrange: [0, 1]\nharness:\n  - {from: helm, task: truthful_qa, metric: exact_match}\n  - {from: helm, task: truthful_qa, metric: exact_match, prompt: p}\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains { $0.contains("`prompt` applies to lm-eval rules only") })
        files["Content/benchmarks/tqa.md"] = "---\nname: T\ncriterion: factuality\ndirection: higher\nrange: [0, 1]\nharness:\n  - {from: helm, task: truthful_qa, metric: exact_match}\n---\n"
        let (content, clean) = Support.load(files)
        #expect(!clean.hasErrors)
        #expect(content.benchmarks.first { $0.id == "tqa" }?.harness.map(\.framework) == ["helm"])
    }

    /// A run whose stats are off the benchmark's scale is an error naming the stat.
    @Test func outOfRangeIsAnError() throws {
        var files = Support.minimalContent()
        files["Content/benchmarks/tqa.md"] = "---\nname: T\ncriterion: factuality\ndirection: higher\nrange: [0, 1]\nharness:\n  - {from: helm, task: truthful_qa, metric: num_instances}\n---\n"
        let (content, _) = Support.load(files)
        let outcome = try read("truthful_qa-mc_single", benchmarks: content.benchmarks)
        #expect(outcome.measurements.isEmpty)
        #expect(outcome.diagnostics.first?.message.hasPrefix("truthful_qa:task=mc_single,method=multiple_choice_joint num_instances = 16.0 is outside the range of `tqa` (0–1)") == true)
    }

    // MARK: Suite summaries (runs.json, from helm-summarize over the same two runs)

    static let summary = folder + "/summary/runs.json"

    func readSummary(model: String = "simple-model1", anyModel: Bool = false) throws -> ImportOutcome {
        let importer = HelmSummaryImporter(benchmarks: ContentLoader(root: Support.seedContent).load().0.benchmarks, model: model, anyModel: anyModel)
        return importer.read(text: try String(contentsOfFile: Self.summary, encoding: .utf8), path: Self.summary, fileName: "runs.json")
    }

    /// The summary's run of the model gives the value its run folder gives, located in runs.json,
    /// without a standard error (a summary has no per-instance stats), and says so.
    @Test func summaryReadsTheModelsRunsLikeTheirFolders() throws {
        let outcome = try readSummary()
        #expect(outcome.format == HelmSummaryImporter.format && outcome.diagnostics.isEmpty)
        #expect(outcome.modelName == "simple/model1")
        #expect(outcome.unmapped.map(\.task) == ["simple1"])
        let m = try #require(outcome.measurements.first)
        #expect(outcome.measurements.count == 1)
        let fromFolder = try #require(try read("truthful_qa-mc_single").measurements.first)
        #expect(m.benchmark == fromFolder.benchmark && m.variant == fromFolder.variant && m.rawValue == fromFolder.rawValue && m.value == fromFolder.value)
        #expect(m.source.title == fromFolder.source.title && m.source.kind == .harnessRun)
        #expect(m.source.locator == "runs.json: exact_match, split valid")
        #expect(m.stderr == nil && m.rawStderr == nil)
        #expect(m.note == "HELM run truthful_qa:task=mc_single,method=multiple_choice_joint,model=simple_model1, valid split, 16 instances; from a suite summary, which has no per-instance stats: no standard error.")
        // The location is the stat's mean inside runs.json, so a problem points into the summary.
        let lines = try String(contentsOfFile: Self.summary, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(m.location.path == Self.summary && lines[m.location.line - 1].contains("\"mean\": 0.0"))
    }

    /// Runs of other models are not read: a summary without the model's runs is an error naming
    /// the models it has; --force reads a one-model summary whatever its name.
    @Test func summaryOfAnotherModelIsRefusedUnlessForced() throws {
        let refused = try readSummary(model: "llama-7b")
        #expect(refused.measurements.isEmpty)
        #expect(refused.diagnostics.map(\.message) == ["runs.json has no run of a model like `llama-7b` (2 runs; its models: simple/model1); pass --force if `simple/model1` is `llama-7b`"])
        let forced = try readSummary(model: "llama-7b", anyModel: true)
        #expect(forced.diagnostics.isEmpty && forced.measurements.map(\.model) == ["llama-7b"])
    }

    /// A run folder's stats.json, or any other JSON, is not a summary: an error, located.
    @Test func notASummaryIsAnError() throws {
        let importer = HelmSummaryImporter(benchmarks: [], model: "m")
        let stats = try String(contentsOfFile: Self.folder + "/simple1/stats.json", encoding: .utf8)
        let outcome = importer.read(text: stats, path: "stats.json", fileName: "stats.json")
        #expect(outcome.diagnostics.first?.description.hasPrefix("stats.json:2:3: error: a run of a suite summary has `run_spec` and `stats`") == true)
        #expect(importer.read(text: "{}", path: "x.json", fileName: "x.json").diagnostics.map(\.description) == ["x.json:1:1: error: x.json is a list of runs, not an object: this is not a HELM suite summary"])
    }

    /// `import helm` on the summary file and on a folder holding only runs.json.
    @Test func commandLineImportsASummary() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Support.seedContent, toPath: root + "/Content")
        let created = try Support.run(["new", "model", "Simple Model1"], in: root)
        #expect(created.status == 0, "\(created.stderr)")
        let dry = try Support.run(["import", "helm", Self.summary, "--model", "simple-model1", "--dry-run"], in: root)
        #expect(dry.status == 0 && dry.stdout.contains("Read runs.json (HELM suite summary (runs.json))"), "\(dry.stderr)")
        #expect(dry.stdout.contains("+ truthfulqa-mc (helm multiple-choice joint) = 0.0"))
        try FileManager.default.createDirectory(atPath: root + "/suite", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.summary, toPath: root + "/suite/runs.json")
        let done = try Support.run(["import", "helm", root + "/suite", "--model", "simple-model1"], in: root)
        #expect(done.status == 0 && done.stdout.contains("Wrote 1 new and 0 replaced measurements"), "\(done.stderr)")
        let refused = try Support.run(["import", "helm", Self.summary, "--model", "llama-7b"], in: root)
        #expect(refused.status == 1 && refused.stderr.contains("has no run of a model like `llama-7b`"))
    }
}
