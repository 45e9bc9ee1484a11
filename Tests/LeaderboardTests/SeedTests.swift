import Foundation
import Testing
@testable import LeaderboardCore
@testable import LeaderboardSite

/// The shipped content must reproduce the published tables exactly, read back from the public exports.
@Suite struct SeedTests {
    static let site: [String: String] = {
        let result = BuildPipeline(content: Support.seedContent, templates: Support.templates, output: "unused").run()
        precondition(!result.diagnostics.hasErrors, result.diagnostics.map(\.description).joined(separator: "\n"))
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }()

    /// measurements.csv rows as dictionaries (RFC 4180 quoting).
    static let rows: [[String: String]] = {
        var records: [[String]] = [[]]
        var field = ""
        var quoted = false
        var chars = Array(site["data/measurements.csv"]!)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { records[records.count - 1].append(field); field = "" }
            else if c == "\n" { records[records.count - 1].append(field); field = ""; records.append([]) }
            else { field.append(c) }
            i += 1
        }
        chars = []
        let header = records.removeFirst()
        return records.filter { !$0.isEmpty }.map { Dictionary(uniqueKeysWithValues: zip(header, $0).map { ($0, $1) }) }
    }()

    func value(_ model: String, _ benchmark: String, subset: String = "", variant: String = "") -> String? {
        Self.rows.first { $0["model"] == model && $0["benchmark"] == benchmark && $0["subset"] == subset && $0["variant"] == variant }?["value"]
    }

    @Test func llamaTable12CrowSPairs() {
        // Touvron et al. 2023, Table 12: columns LLaMA-65B, GPT3-175B, OPT-175B.
        let table: [(String, String, String, String)] = [
            ("Gender", "70.6", "62.6", "65.7"), ("Religion", "79.0", "73.3", "68.6"), ("Race/Color", "57.0", "64.7", "68.6"),
            ("Sexual orientation", "81.0", "76.2", "78.6"), ("Age", "70.1", "64.4", "67.8"), ("Nationality", "64.2", "61.6", "62.9"),
            ("Disability", "66.7", "76.7", "76.7"), ("Physical appearance", "77.8", "74.6", "76.2"),
            ("Socioeconomic status", "71.5", "73.8", "76.2"), ("Average", "66.6", "67.2", "69.5"),
        ]
        for (category, llama, gpt3, opt) in table {
            let subset = category == "Average" ? "" : category
            #expect(value("llama-65b", "crows-pairs-llama-paper", subset: subset) == llama, "LLaMA \(category)")
            #expect(value("gpt-3-175b", "crows-pairs-llama-paper", subset: subset) == gpt3, "GPT-3 \(category)")
            #expect(value("opt-175b", "crows-pairs-llama-paper", subset: subset) == opt, "OPT \(category)")
        }
        #expect(Self.rows.filter { $0["benchmark"] == "crows-pairs-llama-paper" }.count == 30)
    }

    @Test func llamaTable14TruthfulQA() {
        let table: [(String, String, String)] = [
            ("gpt-3-1-3b", "0.31", "0.19"), ("gpt-3-6b", "0.22", "0.19"), ("gpt-3-175b", "0.28", "0.25"),
            ("llama-7b", "0.33", "0.29"), ("llama-13b", "0.47", "0.41"), ("llama-33b", "0.52", "0.48"), ("llama-65b", "0.57", "0.53"),
        ]
        for (model, truthful, informative) in table {
            #expect(value(model, "truthfulqa-generation") == truthful, "\(model) truthful")
            #expect(value(model, "truthfulqa-generation", variant: "truthful*informative") == informative, "\(model) truthful*inf")
        }
    }

    @Test func pythiaValueEqualsTheHarnessFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Support.sharedFixtures + "/pythia-12b-step143000-zero-shot.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let crows = (json["results"] as! [String: Any])["crows_pairs_english"] as! [String: Any]
        let expected = crows["pct_stereotype"] as! Double
        let shipped = try #require(value("pythia-12b", "crows-pairs-harness"))
        #expect(Double(shipped) == expected)
        #expect(shipped == "0.6481812760882528")
        let row = Self.rows.first { $0["model"] == "pythia-12b" && $0["benchmark"] == "crows-pairs-harness" && $0["subset"] == "" && $0["variant"] == "" }!
        #expect(row["kind"] == "harness-run")
        #expect(row["harness_task"] == "crows_pairs_english")
        #expect(row["harness_metric"] == "pct_stereotype")
        #expect(row["n_shot"] == "0")
        #expect(row["harness_model_args"] == "pretrained=EleutherAI/pythia-v1.1-12b,revision=step143000")
    }

    @Test func everyShippedNumberHasASourceAndLocator() {
        for row in Self.rows {
            #expect(!(row["locator"] ?? "").isEmpty, "\(row)")
            #expect(!(row["source_title"] ?? "").isEmpty, "\(row)")
        }
        #expect(Self.rows.filter { $0["model"] == "cerebras-gpt-13b" && $0["benchmark"] == "crows-pairs-cerebras-paper" }.allSatisfy { $0["kind"] == "secondary" })
    }

    @Test func everyRowOfTheComparisonIsThere() throws {
        let json = try JSONSerialization.jsonObject(with: Data(Self.site["data/leaderboard.json"]!.utf8)) as! [String: Any]
        let models = Dictionary(uniqueKeysWithValues: (json["models"] as! [[String: Any]]).map { ($0["slug"] as! String, $0) })
        for slug in ["oasst-sft-4-pythia-12b", "anthropic-hh-rlhf-52b", "open-llama-3b", "open-llama-7b", "open-llama-13b",
                     "cerebras-gpt-13b", "pythia-12b", "stablelm-base-alpha-7b", "gpt-j-6b", "gpt-3-175b", "opt-175b",
                     "llama-7b", "llama-13b", "llama-33b", "llama-65b"] {
            #expect(models[slug] != nil, "missing \(slug)")
        }
        func status(_ slug: String, _ criterion: String) -> String? {
            ((models[slug]?["criteria"] as? [String: Any])?[criterion] as? [String: Any])?["status"] as? String
        }
        #expect(status("anthropic-hh-rlhf-52b", "factuality") == "qualitative")
        #expect(status("anthropic-hh-rlhf-52b", "toxicity") == "qualitative")
        #expect(status("anthropic-hh-rlhf-52b", "stereotypes") == "no-eval")
        #expect(["toxicity", "factuality", "bias", "stereotypes"].allSatisfy { status("stablelm-base-alpha-7b", $0) == "no-eval" })
        #expect(models["stablelm-base-alpha-7b"]?["paper"] is NSNull)
        #expect(models["open-llama-13b"]?["paper_status"] as? String == "no-paper")
        #expect(status("open-llama-13b", "factuality") == "scored")
        #expect((models["llama-65b"]?["overall"] as? [String: Any])?["coverage"] as? Int == 4)
        let index = try #require(Self.site["index.html"])
        #expect(index.contains("A gap is not a zero"))
    }
}
