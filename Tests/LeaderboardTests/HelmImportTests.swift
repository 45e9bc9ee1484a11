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
}
