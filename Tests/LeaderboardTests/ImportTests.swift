import Foundation
import Testing
@testable import LeaderboardCore

@Suite struct ImportTests {
    func seedBenchmarks() -> [Benchmark] {
        ContentLoader(root: Support.seedContent).load().0.benchmarks
    }

    func read(_ path: String, model: String = "m") throws -> ImportOutcome {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return HarnessImporter(benchmarks: seedBenchmarks(), model: model).read(text: text, path: path, fileName: (path as NSString).lastPathComponent)
    }

    @Test func oldFormatPythiaFile() throws {
        let outcome = try read(Support.sharedFixtures + "/pythia-12b-step143000-zero-shot.json")
        #expect(outcome.format == HarnessImporter.oldFormat)
        #expect(outcome.diagnostics.isEmpty)
        let headline = try #require(outcome.measurements.first { $0.benchmark == "crows-pairs-harness" && $0.isHeadline })
        #expect(headline.rawValue == "0.6481812760882528")
        #expect(headline.rawStderr == "0.011664623030327854")
        #expect(headline.nShot == 0)
        #expect(headline.harness?.modelArgs == "pretrained=EleutherAI/pythia-v1.1-12b,revision=step143000")
        #expect(headline.harness?.version == "task version 0")
        #expect(headline.source.kind == .harnessRun)
        #expect(outcome.measurements.filter { $0.benchmark == "crows-pairs-harness" }.count == 22)
        #expect(outcome.measurements.contains { $0.subset == "socioeconomic" && $0.variant == "french" })
        #expect(outcome.unmapped.map(\.task).contains("arc_easy") && outcome.unmapped.map(\.task).contains("hendrycksTest-virology"))
        #expect(!outcome.unmapped.map(\.task).contains("crows_pairs_english"))
    }

    @Test func oldFormatLLaMAFiles() throws {
        let qa = try read(Support.sharedFixtures + "/llama-7B_question_answering_0-shot.json")
        let mc2 = try #require(qa.measurements.first { $0.benchmark == "truthfulqa-mc" && $0.variant == nil })
        #expect(mc2.rawValue == "0.3413779054949544")
        #expect(qa.measurements.first { $0.variant == "mc1" }?.rawValue == "0.21052631578947367")
        let alignment = try read(Support.sharedFixtures + "/llama-7B_human_alignment_0-shot.json")
        #expect(alignment.measurements.first { $0.benchmark == "toxigen" }?.rawValue == "0.4308510638297872")
        #expect(alignment.unmapped.map(\.task).contains("ethics_cm"))
    }

    @Test func currentFormatFile() throws {
        let outcome = try read(Support.fixtures + "/lm-eval/current-format.json")
        #expect(outcome.format == HarnessImporter.currentFormat)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let mc2 = try #require(outcome.measurements.first { $0.benchmark == "truthfulqa-mc" && $0.variant == nil })
        #expect(mc2.rawValue == "0.3891")
        #expect(mc2.rawStderr == "0.0139")
        #expect(mc2.harness?.metric == "acc,none")
        #expect(mc2.harness?.modelArgs == "pretrained=EleutherAI/pythia-160m,dtype=float32")
        #expect(mc2.harness?.version == "0.4.8")
        #expect(outcome.measurements.first { $0.variant == "mc1" }?.rawValue == "0.2399")
        let crows = try #require(outcome.measurements.first { $0.benchmark == "crows-pairs-harness" && $0.isHeadline })
        #expect(crows.rawValue == "0.6106")
        #expect(crows.nShot == 0)
        #expect(outcome.measurements.contains { $0.subset == "gender" })
        #expect(outcome.unmapped.map(\.task) == ["arc_easy"])
    }

    @Test func missingResultsAndOutOfRangeAreErrors() {
        let benchmarks = seedBenchmarks()
        let noResults = HarnessImporter(benchmarks: benchmarks, model: "m").read(text: "{\"config\": {}}", path: "r.json", fileName: "r.json")
        #expect(noResults.diagnostics.map(\.description) == ["r.json:1:1: error: missing \"results\" key: this is not lm-evaluation-harness output"])
        let tooBig = HarnessImporter(benchmarks: benchmarks, model: "m").read(text: "{\"results\": {\"toxigen\": {\"acc\": 43.1}}}", path: "r.json", fileName: "r.json")
        #expect(tooBig.diagnostics.map(\.description) == ["r.json:1:33: error: toxigen acc = 43.1 is outside the range of `toxigen` (0–1); check the benchmark's scale"])
    }

    /// BigScience's harness fork (EleutherAI's Pythia WinoBias runs): one row per task and
    /// promptsource prompt; the rules' `prompt` picks the row. The shipped WinoBias rows of Pythia
    /// 6.9B (deduplicated) are exactly what this importer makes of the original file.
    @Test func promptsourceRunsMapByPrompt() throws {
        let path = Support.fixtures + "/import/promptsource/pythia-6.9b-deduped-winobias-step143000.json"
        let outcome = try read(path, model: "pythia-6-9b-deduped")
        #expect(outcome.format == HarnessImporter.promptFormat)
        #expect(outcome.diagnostics.isEmpty && outcome.unmapped.isEmpty)
        #expect(outcome.modelName == "load=/fsx/hyperion/pythia/ckpts/6.9b_deduped,iteration=143000")
        #expect(outcome.measurements.count == 8)
        let pro = try #require(outcome.measurements.first { $0.subset == "type1_pro" && $0.variant == nil })
        #expect(pro.rawValue == "0.5252525252525253" && pro.rawStderr == "0.025125624116859153" && pro.nShot == 0)
        #expect(pro.source.locator == "results[0]: wino_bias_type1_pro, prompt \"What does p stand for\", em")
        #expect(pro.harness?.version == "task version 0")
        #expect(outcome.measurements.first { $0.subset == "type2_anti" && $0.variant == "prompt refers_to" }?.rawValue == "0.020202020202020204")
        let shipped = try String(contentsOfFile: Support.seedContent + "/metrics/pythia-6-9b-deduped.json", encoding: .utf8)
        let merged = MetricsMerge.merge(existing: try JSONParser.parse(shipped).get(), imported: outcome.measurements, replace: false)
        #expect(merged.added.isEmpty && merged.conflicts.isEmpty && merged.unchanged.count == 8)
        #expect(ModelNameMatch.matches(outcome.modelName!, slug: "pythia-6-9b-deduped"))
        #expect(!ModelNameMatch.matches(outcome.modelName!, slug: "pythia-410m-deduped"))
    }

    /// A rule without `prompt` on a task run with two prompts would pick one at random: it is
    /// refused with a warning that names the prompts, and the task is not listed as unmapped.
    @Test func promptsourceRuleWithoutPromptIsAmbiguous() throws {
        var files = Support.minimalContent()
        files["Content/benchmarks/wb.md"] = "---\nname: WB\nrole: capability\ndirection: higher\nrange: [0, 1]\nharness:\n  - {task: wino_bias_type1_pro, metric: em, subset: pro}\n---\n"
        let (content, diagnostics) = Support.load(files)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let path = Support.fixtures + "/import/promptsource/pythia-410m-deduped-winobias-step143000.json"
        let outcome = HarnessImporter(benchmarks: content.benchmarks, model: "m").read(text: try String(contentsOfFile: path, encoding: .utf8), path: path, fileName: "f.json")
        #expect(outcome.measurements.isEmpty)
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.message == "wino_bias_type1_pro reports em under 2 prompts (\"What does p stand for\", \"refers_to\"); skipped: add `prompt: <one of them>` to the rule of `wb`")
        #expect(outcome.unmapped.map(\.task) == ["wino_bias_type1_anti", "wino_bias_type2_anti", "wino_bias_type2_pro"])
        #expect(outcome.unmapped.first?.suggestedRule == "- {task: wino_bias_type1_anti, metric: em}")
    }

    /// lm-eval 0.4's WinoGender and RealToxicityPrompts tasks have rules: other prompts than the
    /// LLaMA paper's setup, so they land on the `harness` variants (×100 for WinoGender accuracy).
    @Test func winoGenderAndRealToxicityPromptsTasksMap() {
        let text = """
        {"results": {
          "winogender_all": {"alias": "winogender_all", "acc,none": 0.6125, "acc_stderr,none": 0.0181},
          "winogender_female": {"alias": "winogender_female", "acc,none": 0.625, "acc_stderr,none": 0.0313},
          "winogender_gotcha_male": {"alias": "winogender_gotcha_male", "acc,none": 0.55, "acc_stderr,none": 0.0557},
          "realtoxicityprompts": {"alias": "realtoxicityprompts", "score,none": 0.02, "score_stderr,none": "N/A",
                                  "perspective_api_toxicity_score,none": 0.0831, "perspective_api_toxicity_score_stderr,none": "N/A"}
        }, "n-shot": {"winogender_all": 0}, "config": {"model_args": "pretrained=EleutherAI/pythia-160m"}, "lm_eval_version": "0.4.13"}
        """
        let outcome = HarnessImporter(benchmarks: seedBenchmarks(), model: "m").read(text: text, path: "r.json", fileName: "r.json")
        #expect(outcome.diagnostics.isEmpty && outcome.unmapped.isEmpty, "\(outcome.diagnostics) \(outcome.unmapped)")
        func value(_ benchmark: String, _ subset: String?, _ variant: String) -> String? {
            outcome.measurements.first { $0.benchmark == benchmark && $0.subset == subset && $0.variant == variant }?.rawValue
        }
        #expect(value("winogender", nil, "harness") == "61.25")
        #expect(value("winogender", "her/her/she", "harness") == "62.5")
        #expect(value("winogender", "his/him/he (gotcha)", "harness") == "55")
        #expect(outcome.measurements.first { $0.subset == "her/her/she" }?.rawStderr == "3.13")
        #expect(value("realtoxicityprompts", nil, "harness") == "0.0831")
        #expect(value("realtoxicityprompts", nil, "harness toxic fraction") == "0.02")
    }

    @Test func mergeSkipsEqualAndRefusesDifferentValues() throws {
        let outcome = try read(Support.sharedFixtures + "/pythia-70m-step143000-zero-shot.json")
        let empty = try JSONParser.parse("{\"measurements\": []}").get()
        let first = MetricsMerge.merge(existing: empty, imported: outcome.measurements, replace: false)
        #expect(first.added.count == 23) // 22 CrowS-Pairs rows and the LAMBADA capability check
        let again = MetricsMerge.merge(existing: try JSONParser.parse(first.text).get(), imported: outcome.measurements, replace: false)
        #expect(again.added.isEmpty && again.unchanged.count == 23 && again.conflicts.isEmpty)
        var changed = outcome.measurements
        let first0 = changed[0]
        changed[0] = Measurement(model: first0.model, benchmark: first0.benchmark, value: first0.value, rawValue: "0.5",
                                 qualitative: first0.qualitative, subset: first0.subset, variant: first0.variant,
                                 stderr: first0.stderr, rawStderr: first0.rawStderr, nShot: first0.nShot, note: first0.note,
                                 source: first0.source, harness: first0.harness, location: first0.location)
        let conflict = MetricsMerge.merge(existing: try JSONParser.parse(first.text).get(), imported: changed, replace: false)
        #expect(conflict.conflicts.count == 1)
        let replaced = MetricsMerge.merge(existing: try JSONParser.parse(first.text).get(), imported: changed, replace: true)
        #expect(replaced.replaced.count == 1)
        #expect(replaced.text.contains("\"value\": 0.5,"))
    }
}

/// lm-eval 0.4 details: metric keys with filters, rules written as in the file, output folders.
@Suite struct HarnessFilterAndFolderTests {
    static func benchmarks(_ rule: String) -> [Benchmark] {
        var files = Support.minimalContent()
        files["Content/benchmarks/bbq.md"] = "---\nname: BBQ ambiguous bias\ncriterion: factuality\ndirection: target\ntarget: 0\nrange: [-1, 1]\nharness:\n  - \(rule)\n---\n"
        let (content, diagnostics) = Support.load(files)
        precondition(!diagnostics.hasErrors, "\(diagnostics)")
        return content.benchmarks
    }

    static let twoFilters = """
    {"results": {"bbq": {"alias": "bbq", "amb_bias_score,none": 0.0321, "amb_bias_score_stderr,none": 0.0112,
      "amb_bias_score,strict": 0.0457, "amb_bias_score_stderr,strict": 0.0131}},
     "n-shot": {"bbq": 0}, "config": {"model_args": "pretrained=EleutherAI/pythia-160m"}}
    """

    func read(_ rule: String) -> ImportOutcome {
        HarnessImporter(benchmarks: Self.benchmarks(rule), model: "alpha").read(text: Self.twoFilters, path: "r.json", fileName: "r.json")
    }

    /// The key as it appears in the file (`amb_bias_score,none`) is the metric and its filter.
    @Test func ruleWrittenAsTheFileKey() throws {
        let outcome = read("{task: bbq, metric: \"amb_bias_score,none\"}")
        let m = try #require(outcome.measurements.first)
        #expect(outcome.measurements.count == 1 && m.rawValue == "0.0321" && m.rawStderr == "0.0112" && m.harness?.metric == "amb_bias_score,none")
    }

    @Test func filterFieldPicksOne() throws {
        let outcome = read("{task: bbq, metric: amb_bias_score, filter: strict}")
        #expect(outcome.measurements.map(\.rawValue) == ["0.0457"])
    }

    /// Two filters of one metric are two numbers: without `filter` the rule says so, and nothing
    /// is imported (no false "conflict" between the two).
    @Test func twoFiltersAskForAChoice() {
        let outcome = read("{task: bbq, metric: amb_bias_score}")
        #expect(outcome.measurements.isEmpty && outcome.unmapped.isEmpty)
        #expect(outcome.diagnostics.map(\.description) == ["r.json:1:61: warning: bbq reports amb_bias_score under 2 filters (none, strict); skipped: add `filter: <one of them>` to the rule of `bbq`"])
    }

    @Test func outputFolderNewestRunOfTheModel() {
        let files = ["EleutherAI__pythia-160m/results_2024-05-20T10-00-00.000001.json",
                     "EleutherAI__pythia-160m/results_2024-05-21T09-00-00.000001.json",
                     "EleutherAI__pythia-160m/samples_bbq_2024-05-21T09-00-00.000001.jsonl",
                     "EleutherAI__pythia-410m/results_2024-06-01T00-00-00.000001.json"]
        #expect(ResultsFolder.choose(files, model: "pythia-160m") == .success("EleutherAI__pythia-160m/results_2024-05-21T09-00-00.000001.json"))
        #expect(ResultsFolder.choose(Array(files.prefix(3)), model: "anything") == .success("EleutherAI__pythia-160m/results_2024-05-21T09-00-00.000001.json"))
        #expect(ResultsFolder.choose(files, model: "llama-7b") == .failure(.init(message: "runs of several models here (EleutherAI__pythia-160m, EleutherAI__pythia-410m); none fits `llama-7b`: pass the model's own folder or file")))
        #expect(ResultsFolder.choose(["notes.txt"], model: "m") == .failure(.init(message: "no results_*.json in this folder: not an lm-evaluation-harness output folder")))
    }

    @Test func filterOnlyForLMEval() {
        var files = Support.minimalContent()
        files["Content/benchmarks/tox.md"] = "---\nname: Tox\ncriterion: toxicity\ndirection: lower\nrange: [0, 1]\nharness:\n  - {from: inspect, task: t, metric: m, filter: none}\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains("Content/benchmarks/tox.md:7:49: error: `filter` applies to lm-eval rules only"))
    }
}

/// Merging keeps the metrics file as its author wrote it: only new or replaced entries change.
@Suite struct MetricsMergeTextTests {
    static let text = """
    {
      "comment": "hand-edited; keep this line",
      "measurements": [
        {"benchmark": "tox", "value": 0.25, "note": "from the appendix", "source": {"title": "Alpha paper", "url": "https://example.org/alpha", "locator": "Table 1", "kind": "paper"}},
        {"benchmark": "truth", "value": 62.5, "source": {"title": "Alpha paper", "locator": "Table 2", "kind": "paper"}}
      ]
    }

    """

    static func imported(_ benchmark: String, _ raw: String) -> LeaderboardCore.Measurement {
        LeaderboardCore.Measurement(model: "alpha", benchmark: benchmark, value: Double(raw), rawValue: raw, stderr: 0.01, rawStderr: "0.01",
                    source: Source(title: "lm-evaluation-harness run (r.json)", url: nil, locator: "results.x.acc", kind: .harnessRun),
                    location: SourceLocation(path: "r.json"))
    }

    @Test func addedEntriesKeepEverythingElse() throws {
        let root = try JSONParser.parse(Self.text).get()
        let merged = MetricsMerge.merge(existing: root, text: Self.text, imported: [Self.imported("truth", "62.5"), Self.imported("new-bench", "0.5")], replace: false)
        #expect(merged.added.count == 1 && merged.unchanged.count == 1)
        // Everything up to the last entry's end is byte-identical; the new entry follows it.
        let cut = Self.text.range(of: "\"kind\": \"paper\"}}\n  ]")!.lowerBound
        let keptPrefix = String(Self.text[..<cut])
        #expect(merged.text.hasPrefix(keptPrefix))
        #expect(merged.text.contains("\"kind\": \"paper\"}},\n    {\n      \"benchmark\": \"new-bench\",\n      \"value\": 0.5,"))
        #expect(merged.text.hasSuffix("  ]\n}\n"))
        #expect((try? JSONParser.parse(merged.text).get()) != nil)
    }

    /// --replace keeps the old note and says what it replaced, with the old citation.
    @Test func replaceKeepsTheNoteAndTheOldCitation() throws {
        let root = try JSONParser.parse(Self.text).get()
        let merged = MetricsMerge.merge(existing: root, text: Self.text, imported: [Self.imported("tox", "0.3")], replace: true)
        #expect(merged.replaced.count == 1)
        #expect(merged.text.contains("hand-edited; keep this line"))
        #expect(merged.text.contains("\"note\": \"from the appendix Replaced 0.25 (Alpha paper, Table 1, https://example.org/alpha) on import.\""))
        // The untouched entry keeps its one-line form.
        #expect(merged.text.contains("    {\"benchmark\": \"truth\", \"value\": 62.5, \"source\": {\"title\": \"Alpha paper\", \"locator\": \"Table 2\", \"kind\": \"paper\"}}\n"))
        let reparsed = try JSONParser.parse(merged.text).get()
        guard case .array(let items) = reparsed["measurements"]!.value else { Issue.record("no list"); return }
        #expect(items.count == 2)
    }
}

/// The shipped benchmarks' rules for lm-eval 0.4's values tasks.
@Suite struct ShippedRuleTests {
    @Test func bbqBiasScores() throws {
        let (content, _) = ContentLoader(root: Support.seedContent).load()
        let text = """
        {"results": {"bbq": {"alias": "bbq", "acc,none": 0.41, "acc_stderr,none": 0.003, "amb_bias_score,none": 0.0875,
          "disamb_bias_score,none": 0.0312}}, "n-shot": {"bbq": 0}, "config": {"model_args": "pretrained=EleutherAI/pythia-160m"}}
        """
        let outcome = HarnessImporter(benchmarks: content.benchmarks, model: "m").read(text: text, path: "r.json", fileName: "r.json")
        #expect(outcome.measurements.map { "\($0.benchmark) \($0.variant ?? "-") \($0.rawValue!)" } == ["bbq - 0.0875", "bbq disambiguated 0.0312"])
    }

    /// An exact task may name its subset (`winogender_female` → "her/her/she").
    @Test func subsetOnAnExactTask() {
        var files = Support.minimalContent()
        files["Content/benchmarks/wg.md"] = "---\nname: WG\nrole: capability\ndirection: higher\nrange: [0, 100]\nharness:\n  - {task: winogender_female, metric: acc, subset: her/her/she, scale: 100}\n  - {task_prefix: winogender_, metric: acc, subset: x}\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains("Content/benchmarks/wg.md:8:53: error: a `task_prefix` rule takes the subset from the task name; `subset` goes with `task`"))
        files["Content/benchmarks/wg.md"] = "---\nname: WG\nrole: capability\ndirection: higher\nrange: [0, 100]\nharness:\n  - {task: winogender_female, metric: acc, subset: her/her/she, scale: 100}\n---\n"
        let (fixed, _) = Support.load(files)
        let outcome = HarnessImporter(benchmarks: fixed.benchmarks, model: "m").read(
            text: "{\"results\": {\"winogender_female\": {\"acc,none\": 0.6083, \"acc_stderr,none\": 0.0316}}, \"n-shot\": {}}", path: "r.json", fileName: "r.json")
        #expect(outcome.measurements.map { "\($0.subset ?? "-") \($0.rawValue!) \($0.rawStderr!)" } == ["her/her/she 60.83 3.16"])
    }
}

/// The first Open LLM Leaderboard's results files: "harness|task|shots" keys, fractions ×100.
@Suite struct OpenLLMLeaderboardV1Tests {
    /// Laid out as the leaderboard's results files are (results per "harness|…" task plus "all",
    /// config_general.model_name); the numbers are made up for the test.
    static let text = """
    {"config_general": {"model_name": "openlm-research/open_llama_13b", "num_few_shot_default": 0},
     "results": {"harness|arc:challenge|25": {"acc": 0.4684, "acc_stderr": 0.0146},
       "harness|truthfulqa:mc|0": {"mc1": 0.2411, "mc1_stderr": 0.0150, "mc2": 0.3810, "mc2_stderr": 0.0138},
       "all": {"acc": 0.4684, "mc2": 0.3810}},
     "versions": {"harness|truthfulqa:mc|0": 1}}
    """

    @Test func tasksBetweenBarsScaledToPercent() throws {
        let (content, _) = ContentLoader(root: Support.seedContent).load()
        let outcome = HarnessImporter(benchmarks: content.benchmarks, model: "open-llama-13b").read(text: Self.text, path: "r.json", fileName: "results_2023-07-01.json")
        #expect(outcome.format == HarnessImporter.openLLMv1Format && outcome.modelName == "openlm-research/open_llama_13b")
        let mc2 = try #require(outcome.measurements.first { $0.benchmark == "truthfulqa-mc2-open-llm-v1" && $0.variant == nil })
        #expect(mc2.rawValue == "38.10" && mc2.rawStderr == "1.38" && mc2.nShot == 0)
        #expect(mc2.source.kind == .leaderboard && mc2.source.locator == "results.harness|truthfulqa:mc|0.mc2" && mc2.harness?.task == "truthfulqa:mc")
        #expect(outcome.measurements.contains { $0.variant == "mc1" && $0.rawValue == "24.11" })
        #expect(outcome.unmapped.map(\.task) == ["arc:challenge"])
        #expect(ModelNameMatch.matches(outcome.modelName!, slug: "open-llama-13b"))
    }
}

/// `import --dry-run` prints the diff it would write.
@Suite struct TextDiffTests {
    @Test func oneHunkPerNearbyChanges() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...20).map { "line \($0)" }
        lines[4] = "line 5, changed"
        lines.insert("inserted", at: 16)
        let new = lines.joined(separator: "\n") + "\n"
        #expect(TextDiff.unified(old: old, new: new, path: "m.json") == """
        --- m.json
        +++ m.json (after import)
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line 5, changed
         line 6
         line 7
         line 8
        @@ -14,6 +14,7 @@
         line 14
         line 15
         line 16
        +inserted
         line 17
         line 18
         line 19

        """)
        #expect(TextDiff.unified(old: old, new: old, path: "m.json") == "")
    }

    @Test func aNewFileIsAllAdded() {
        #expect(TextDiff.unified(old: "", new: "{\n}\n", path: "m.json") == "--- m.json\n+++ m.json (after import)\n@@ -0,0 +1,2 @@\n+{\n+}\n")
    }
}
