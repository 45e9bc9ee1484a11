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
