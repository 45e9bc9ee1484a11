import Foundation
import Testing
@testable import LeaderboardCore

/// Inspect AI logs, made by the real framework (Fixtures/import/inspect/SOURCES.md): task
/// truthful_yesno, mockllm/model right on 6 of 8, match() scorer.
@Suite struct InspectImportTests {
    static let log = Support.fixtures + "/import/inspect/truthful-yesno.json"

    /// A minimal site whose factuality benchmark maps the log's task, on a 0–100 scale.
    static func files(rule: String = "{from: inspect, task: truthful_yesno, metric: accuracy, scale: 100}") -> [String: String] {
        var files = Support.minimalContent()
        files["Content/benchmarks/yesno.md"] = "---\nname: Yes/no truth\ncriterion: factuality\ndirection: higher\nrange: [0, 100]\nharness:\n  - \(rule)\n---\n"
        return files
    }

    /// The eval id and creation time the JSON fixture records.
    static func evalHeader(_ path: String) throws -> (id: String, created: String) {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        let eval = json["eval"] as! [String: Any]
        return (eval["eval_id"] as! String, eval["created"] as! String)
    }

    func read(_ files: [String: String], model: String = "alpha") throws -> ImportOutcome {
        let (content, diagnostics) = Support.load(files)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let text = try String(contentsOfFile: Self.log, encoding: .utf8)
        return InspectImporter(benchmarks: content.benchmarks, model: model).read(text: text, path: Self.log, fileName: "truthful-yesno.json")
    }

    /// accuracy 0.75, stderr 0.16366341767699427, ×100 by the rule's scale without losing a digit.
    @Test func valuesStderrAndProvenance() throws {
        let outcome = try read(Self.files())
        #expect(outcome.diagnostics.isEmpty && outcome.unmapped.isEmpty)
        #expect(outcome.format == "Inspect AI log, version 2" && outcome.modelName == "mockllm/model")
        let m = try #require(outcome.measurements.first)
        #expect(outcome.measurements.count == 1)
        #expect(m.benchmark == "yesno" && m.value == 75 && m.rawValue == "75")
        #expect(m.rawStderr == "16.366341767699427" && m.stderr == 16.366341767699427)
        #expect(m.source.kind == .harnessRun && m.source.locator == "results.scores[match].metrics.accuracy")
        #expect(m.harness == HarnessProvenance(file: "truthful-yesno.json", task: "truthful_yesno", metric: "match/accuracy",
                                               modelArgs: "mockllm/model", version: "inspect_ai 0.3.285, log version 2"))
        let eval = try Self.evalHeader(Self.log)
        #expect(m.note == "Inspect AI eval \(eval.id), created \(eval.created), 8 samples scored.")
    }

    /// Without a rule the task is listed with the closest benchmark and a rule to paste.
    @Test func unmappedTaskGetsARuleToPaste() throws {
        let outcome = try read(Self.files(rule: "{task: truthfulqa_mc, metric: mc2}"))
        #expect(outcome.measurements.isEmpty)
        let u = try #require(outcome.unmapped.first)
        #expect(u.task == "truthful_yesno" && u.metrics == ["accuracy"])
        #expect(u.suggestedRule == "- {from: inspect, task: truthful_yesno, metric: accuracy}")
        #expect(u.closestBenchmark == "yesno" || u.closestBenchmark == "truth")
    }

    @Test func scorerNarrowsTheRule() throws {
        #expect(try read(Self.files(rule: "{from: inspect, task: truthful_yesno, scorer: includes, metric: accuracy}")).measurements.isEmpty)
        #expect(try read(Self.files(rule: "{from: inspect, task: truthful_yesno, scorer: match, metric: accuracy, scale: 100}")).measurements.count == 1)
    }

    @Test func outOfRangeSaysToScale() throws {
        var files = Self.files(rule: "{from: inspect, task: truthful_yesno, metric: accuracy}")
        files["Content/benchmarks/yesno.md"] = files["Content/benchmarks/yesno.md"]!.replacingOccurrences(of: "range: [0, 100]", with: "range: [2, 100]")
        let outcome = try read(files)
        #expect(outcome.diagnostics.map(\.message).contains { $0.contains("is outside the range of `yesno`") && $0.contains("the rule's `scale`") })
    }

    @Test func ruleFieldsAreChecked() {
        var files = Self.files(rule: "{from: helm-classic, task: x, metric: y}")
        files["Content/benchmarks/tox.md"] = "---\nname: Tox\ncriterion: toxicity\ndirection: lower\nrange: [0, 1]\nharness:\n  - {task: t, metric: m, scorer: s}\n  - {task: t, metric: m, scale: -1}\n---\n"
        let (_, diagnostics) = Support.load(files)
        let text = diagnostics.map(\.description)
        #expect(text.contains("Content/benchmarks/yesno.md:7:12: error: `from` must be one of lm-eval, inspect, helm, not `helm-classic`"))
        #expect(text.contains("Content/benchmarks/tox.md:7:34: error: `scorer` applies to `from: inspect` rules only"))
        #expect(text.contains { $0.hasPrefix("Content/benchmarks/tox.md:8:") && $0.contains("`scale` must be a positive number") })
    }

    @Test func modelNamesMatchByWords() {
        #expect(ModelNameMatch.matches("pretrained=EleutherAI/pythia-v1.1-410m,revision=step143000", slug: "pythia-410m"))
        #expect(ModelNameMatch.matches("use_fast=True,pretrained=stabilityai/stablelm-base-alpha-7b,dtype=auto", slug: "stablelm-base-alpha-7b"))
        #expect(!ModelNameMatch.matches("pretrained=/models/LLaMA/huggingface/30B,use_accelerate=True", slug: "llama-33b"))
        #expect(!ModelNameMatch.matches("mockllm/model", slug: "alpha"))
    }

    /// The .eval archive of a second run of the same task: its header.json is read (Zstandard).
    @Test func evalArchiveHeader() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Support.fixtures + "/import/inspect/truthful-yesno.eval")))
        let header = try InspectArchive.header(bytes).get()
        let (content, _) = Support.load(Self.files())
        let outcome = InspectImporter(benchmarks: content.benchmarks, model: "alpha").read(text: header, path: "x.eval", fileName: "truthful-yesno.eval")
        let m = try #require(outcome.measurements.first)
        #expect(m.rawValue == "75" && m.rawStderr == "16.366341767699427")
        #expect(m.note?.hasPrefix("Inspect AI eval ") == true && m.note?.hasSuffix(", 8 samples scored.") == true)
        #expect(m.note != (try read(Self.files())).measurements.first?.note, "a second run, with its own eval id")
        // Damaged or foreign input is an error with a reason, never a crash.
        #expect(InspectArchive.header(Array(bytes.prefix(100))) == .failure(.init(message: "not a zip archive (no central directory)")))
        #expect(InspectArchive.header(Array("{}".utf8)) == .failure(.init(message: "not a zip archive (too short)")))
        var cut = bytes
        cut.removeSubrange(200..<4000)
        if case .success = InspectArchive.header(cut) { Issue.record("a cut archive should not read") }
    }

    /// The command end to end: a log of another model needs --force; an .eval log imports like the
    /// JSON one; the write leaves valid JSON with the new entry.
    @Test func commandLine() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Self.files(), under: root)
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
        let refused = try Support.run(["import", "inspect", Self.log, "--model", "alpha"], in: root)
        #expect(refused.status == 1 && refused.stderr.contains("evaluated `mockllm/model`, which does not look like `alpha`; pass --force"))
        let eval = try Support.run(["import", "inspect", Support.fixtures + "/import/inspect/truthful-yesno.eval", "--model", "alpha", "--force", "--dry-run"], in: root)
        #expect(eval.status == 0 && eval.stdout.contains("+ yesno = 75  ← truthful_yesno match/accuracy"), "\(eval.stderr)")
        let dry = try Support.run(["import", "inspect", Self.log, "--model", "alpha", "--force", "--dry-run"], in: root)
        #expect(dry.status == 0 && dry.stdout.contains("+ yesno = 75  ← truthful_yesno match/accuracy") && dry.stdout.contains("Dry run"))
        let done = try Support.run(["import", "inspect", Self.log, "--model", "alpha", "--force"], in: root)
        #expect(done.status == 0 && done.stdout.contains("Wrote 1 new and 0 replaced measurements"), "\(done.stderr)")
        let check = try Support.run(["check"], in: root)
        #expect(check.status == 0, "\(check.stderr)")
        let written = try String(contentsOfFile: root + "/Content/metrics/alpha.json", encoding: .utf8)
        #expect(written.contains("\"benchmark\": \"yesno\"") && written.contains("\"Inspect AI log (truthful-yesno.json)\""))
    }
}

/// A real lm-eval 0.4 output folder (Fixtures/import/lm-eval-0.4/SOURCES.md): two runs of the
/// dummy model, a multiple-choice task and a generation task with two filters.
@Suite struct LMEvalFolderImportTests {
    static let folder = Support.fixtures + "/import/lm-eval-0.4/output"

    @Test func newestRunAndFilters() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files = Support.minimalContent()
        files["Content/benchmarks/yesno.md"] = "---\nname: Yes/no\ncriterion: factuality\ndirection: higher\nrange: [0, 1]\nharness:\n  - {task: yesno_mc, metric: acc}\n---\n"
        files["Content/benchmarks/yesno-gen.md"] = "---\nname: Yes/no generated\ncriterion: factuality\ndirection: higher\nrange: [0, 1]\nharness:\n  - {task: yesno_gen, metric: exact_match}\n---\n"
        try Support.write(files, under: root)
        let first = try Support.run(["import", "lm-eval", Self.folder, "--model", "alpha", "--dry-run"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Newest run in \(Self.folder): dummy/results_2026-12-02T16-03-43.187332.json"))
        #expect(first.stdout.contains("Read results_2026-12-02T16-03-43.187332.json (current harness format)"))
        #expect(first.stdout.contains("+ yesno = 0.5  ← yesno_mc acc,none"))
        #expect(first.stderr.contains("yesno_gen reports exact_match under 2 filters (flexible-extract, strict-match); skipped: add `filter: <one of them>` to the rule of `yesno-gen`"))
        files["Content/benchmarks/yesno-gen.md"] = "---\nname: Yes/no generated\ncriterion: factuality\ndirection: higher\nrange: [0, 1]\nharness:\n  - {task: yesno_gen, metric: exact_match, filter: flexible-extract}\n---\n"
        try Support.write(files, under: root)
        let second = try Support.run(["import", "lm-eval", Self.folder, "--model", "alpha"], in: root)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("+ yesno-gen = 0.0  ← yesno_gen exact_match,flexible-extract") && second.stdout.contains("Wrote 2 new"))
        let written = try String(contentsOfFile: root + "/Content/metrics/alpha.json", encoding: .utf8)
        #expect(written.contains("\"stderr\": 0.1889822365046136") && written.contains("\"version\": \"0.4.13\""))
    }
}
