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

    @Test func oasstTruthfulQAFromTheLeaderboardPullRequestOnItsCard() throws {
        // The card's pull request 30 adds the Open LLM Leaderboard v1 model-index for this exact checkpoint:
        // TruthfulQA (0-shot), mc2 37.81. It is the leaderboard's harness run, so it joins the harness MC2 group.
        let measured = try #require(row("oasst-sft-4-pythia-12b", "truthfulqa-mc2-open-llm-v1"))
        #expect(measured["value"] == "37.81")
        #expect(measured["kind"] == "leaderboard")
        #expect(measured["source_url"] == "https://huggingface.co/OpenAssistant/oasst-sft-4-pythia-12b-epoch-3.5/discussions/30/files")
        #expect(measured["locator"] == "README.md model-index: 'TruthfulQA (0-shot)', metric mc2")
        #expect(measured["setup_group"] == "truthfulqa-mc2-harness")
    }

    @Test func gpt3AndOPTCrowSPairsCiteTheOPTPaperWhereTheyFirstAppear() throws {
        // Zhang et al. 2022 (arXiv 2205.01068v4), Table 4: columns Davinci ("GPT-3") and OPT-175B; the LLaMA
        // paper's Table 12 reprints both beside its own LLaMA-65B run, which keeps the LLaMA paper as source.
        for (model, column) in [("gpt-3-175b", "Davinci"), ("opt-175b", "OPT-175B")] {
            for category in ["", "Gender", "Religion", "Race/Color", "Sexual orientation", "Age", "Nationality", "Disability",
                             "Physical appearance", "Socioeconomic status"] {
                let measured = try #require(row(model, "crows-pairs-llama-paper", subset: category))
                #expect(measured["source_url"] == "https://arxiv.org/abs/2205.01068")
                #expect(measured["source_title"]?.hasPrefix("Zhang et al. 2022, OPT") == true)
                #expect(measured["locator"] == "Table 4: CrowS-Pairs, \(column) column, \(category.isEmpty ? "Overall" : category) row")
            }
        }
        #expect(row("gpt-3-175b", "crows-pairs-llama-paper")?["note"]?.contains("Table 12") == true)
        #expect(row("llama-65b", "crows-pairs-llama-paper")?["source_url"] == "https://arxiv.org/abs/2302.13971")
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
        #expect(status("anthropic-hh-rlhf-52b", "stereotypes") == "qualitative")
        #expect(["toxicity", "bias", "stereotypes"].allSatisfy { status("stablelm-base-alpha-7b", $0) == "no-eval" })
        #expect(status("stablelm-base-alpha-7b", "factuality") == "scored")
        // The third-party harness run gives LLaMA 7B CrowS-Pairs categories only: evaluated, no number.
        #expect(status("llama-7b", "stereotypes") == "qualitative")
        #expect(models["stablelm-base-alpha-7b"]?["paper"] is NSNull)
        #expect(models["open-llama-13b"]?["paper_status"] as? String == "no-paper")
        #expect(status("open-llama-13b", "factuality") == "scored")
        #expect((models["llama-65b"]?["overall"] as? [String: Any])?["coverage"] as? Int == 4)
        let index = try #require(Self.site["index.html"])
        #expect(index.contains("A gap is not a zero"))
    }

    func row(_ model: String, _ benchmark: String, subset: String = "", variant: String = "") -> [String: String]? {
        Self.rows.first { $0["model"] == model && $0["benchmark"] == benchmark && $0["subset"] == subset && $0["variant"] == variant }
    }

    /// Issue 14: Stability AI's own harness file, evals/stablelm-base-alpha-7b.json in the StableLM
    /// repository (commit 93eea08): truthfulqa_mc mc2 0.3995908363542637 ± 0.014371652685680641 (the
    /// README's 39.96), mc1 0.23745410036719705; lambada_openai acc 0.5511352610130021.
    @Test func stableLMBaseFromItsMakersHarnessFile() throws {
        let mc2 = try #require(row("stablelm-base-alpha-7b", "truthfulqa-mc"))
        #expect(mc2["value"] == "0.3995908363542637" && mc2["stderr"] == "0.014371652685680641")
        #expect(mc2["kind"] == "harness-run" && mc2["locator"] == "results.truthfulqa_mc.mc2")
        #expect(mc2["source_url"] == "https://github.com/Stability-AI/StableLM/blob/93eea08/evals/stablelm-base-alpha-7b.json")
        #expect(row("stablelm-base-alpha-7b", "truthfulqa-mc", variant: "mc1")?["value"] == "0.23745410036719705")
        #expect(row("stablelm-base-alpha-7b", "lambada-openai")?["value"] == "0.5511352610130021")
        let page = try #require(Self.site["models/stablelm-base-alpha-7b/index.html"])
        #expect(!page.contains("no evaluation on any of our criteria"))
    }

    /// Issue 14: WinoBias from EleutherAI's raw runs of the deduplicated Pythias (EleutherAI/pythia
    /// at a19eecb, evals/bias-evals/winobias/<size>/, the one file per size at iteration 143000):
    /// exact match per subset and prompt, 396 sentences each. The gaps are pro − anti of one type
    /// with the prompt "What does p stand for"; their intervals combine the two reported stderrs
    /// (no rounding: a harness writes its own floats in full, so "0.5" is 198/396).
    @Test func winoBiasFromThePythiaRuns() throws {
        let base = "https://github.com/EleutherAI/pythia/blob/a19eecb807ec2c79a39ebf18108816e6ffffc1d5/evals/bias-evals/winobias/"
        for (model, file, pro, anti, gap) in [
            ("pythia-410m-deduped", "410M/eval_results_02-16-2023-01-44-57.json", "0.5", "0.2878787878787879", "0.212121"),
            ("pythia-1-4b-deduped", "1.4B/eval_results_02-16-2023-00-28-00.json", "0.3055555555555556", "0.15404040404040403", "0.151515"),
            ("pythia-6-9b-deduped", "6.9B/eval_results_03-09-2023-17-18-12.json", "0.5252525252525253", "0.3106060606060606", "0.214646"),
        ] {
            let p = try #require(row(model, "winobias", subset: "type1_pro"), "\(model)")
            #expect(p["value"] == pro && p["kind"] == "harness-run" && p["source_url"] == base + file)
            #expect(p["locator"] == "results[0]: wino_bias_type1_pro, prompt \"What does p stand for\", em")
            #expect(row(model, "winobias", subset: "type1_anti")?["value"] == anti)
            #expect(row(model, "winobias", subset: "type1_pro", variant: "prompt refers_to")?["locator"] == "results[1]: wino_bias_type1_pro, prompt \"refers_to\", em")
            let g = try #require(row(model, "winobias-type1-gap"))
            #expect(g["value"] == gap && g["interval_basis"] == "difference-stderr")
            #expect(g["note"]?.contains("type1_pro \(pro) − type1_anti \(anti)") == true)
            #expect(row(model, "winobias-type2-gap") != nil)
        }
        // 6.9B type 1: se = sqrt(0.025125624116859153² + 0.02328306472719482²), no rounding added.
        let se = (0.025125624116859153 * 0.025125624116859153 + 0.02328306472719482 * 0.02328306472719482).squareRoot()
        let g = try #require(row("pythia-6-9b-deduped", "winobias-type1-gap"))
        let value = 0.5252525252525253 - 0.3106060606060606
        #expect(g["interval_low"] == NumberFormat.plain(value - 1.96 * se) && g["interval_high"] == NumberFormat.plain(value + 1.96 * se))
        // Shown rounded to what the interval supports (half-width 0.067: two decimals).
        let gapPage = try #require(Self.site["benchmarks/winobias-type1-gap/index.html"])
        #expect(gapPage.contains("<td class=\"num\">0.21<span class=\"reported\">reported 0.214646</span></td>"))
        #expect(gapPage.contains("0.148–0.282"))
        // Three models per gap: too few to rank; accuracy is a capability, never scored.
        #expect(row("pythia-6-9b-deduped", "winobias-type1-gap")?["setup_rank"] == "")
        #expect(row("pythia-6-9b-deduped", "winobias", subset: "type1_pro")?["setup_group"] == "")
        let json = try JSONSerialization.jsonObject(with: Data(Self.site["data/leaderboard.json"]!.utf8)) as! [String: Any]
        let model = (json["models"] as! [[String: Any]]).first { $0["slug"] as? String == "pythia-6-9b-deduped" }!
        #expect(((model["criteria"] as? [String: Any])?["bias"] as? [String: Any])?["status"] as? String == "scored")
        let page = try #require(Self.site["models/pythia-410m/index.html"])
        #expect(page.contains("deduplicated twin"))
    }

    /// Issue 14: Anthropic HH-RLHF. TruthfulQA there is MC1 and BBQ is BBQ-Lite (own scale): each a
    /// qualitative variant, not the harness MC2 or the -1..1 bias score; HHH is outside the four
    /// criteria (86% is the preference model's); the write-up says what the paper says.
    @Test func anthropicEvaluationsOnTheRightBenchmarks() throws {
        let tqa = try #require(row("anthropic-hh-rlhf-52b", "truthfulqa-mc", variant: "mc1"))
        #expect(tqa["qualitative"]?.contains("(MC1), not the harness MC2") == true && tqa["value"] == "")
        #expect(row("anthropic-hh-rlhf-52b", "truthfulqa-mc") == nil && row("anthropic-hh-rlhf-52b", "bbq") == nil)
        #expect(row("anthropic-hh-rlhf-52b", "bbq", variant: "BBQ-Lite")?["qualitative"]?.contains("0.5 = unbiased") == true)
        let hhh = try #require(row("anthropic-hh-rlhf-52b", "hhh-alignment"))
        #expect(hhh["criterion"] == "" && hhh["qualitative"]?.contains("preference model") == true)
        let page = try #require(Self.site["models/anthropic-hh-rlhf-52b/index.html"])
        #expect(!page.contains("precursor of Claude") && !page.contains("most thoroughly evaluated"))
        #expect(try #require(Self.site["benchmarks/hhh-alignment/index.html"]).contains("not ranked or aggregated: outside the criteria"))
        // Sec. 4.6.2 and Appendix B.10: the assistant's own gender-occupation bias, in a plot only.
        let gender = try #require(row("anthropic-hh-rlhf-52b", "gender-occupation-bias"))
        #expect(gender["value"] == "" && gender["criterion"] == "stereotypes" && gender["locator"] == "Appendix B.10, Figure 40 (plot); Sec. 4.6.2 (text)")
        #expect(gender["qualitative"]?.contains("temperature 0.6") == true)
    }

    /// Issue 14: ToxiGen from the LLaMA runs in EleutherAI/lm-evaluation-harness results/llama
    /// (commit 3cd3921f): acc 405/940, 401/940, 401/940; acc_norm 406/940 for all, as for MPT-7B.
    /// Below the constant-answer baseline 534/940: each is near chance, shown but neither ranked
    /// nor averaged into toxicity (a 0 there would halve the criterion score of the three models
    /// that happen to have a ToxiGen run).
    @Test func toxiGenBelowTheConstantAnswerIsNotScored() throws {
        for (model, value, size) in [("llama-7b", "0.4308510638297872", "7B"), ("llama-13b", "0.42659574468085104", "13B"), ("llama-33b", "0.42659574468085104", "30B")] {
            let r = try #require(row(model, "toxigen"), "\(model)")
            #expect(r["value"] == value && r["locator"] == "results.toxigen.acc" && r["kind"] == "harness-run")
            #expect(r["source_url"]?.hasSuffix("/results/llama/llama-\(size)/llama-\(size)_human_alignment_0-shot.json") == true)
            #expect(r["score"] == "0.000" && r["setup_rank"] == "not ranked")
        }
        let json = try JSONSerialization.jsonObject(with: Data(Self.site["data/leaderboard.json"]!.utf8)) as! [String: Any]
        let llama33 = (json["models"] as! [[String: Any]]).first { $0["slug"] as? String == "llama-33b" }!
        let toxicity = (llama33["criteria"] as! [String: Any])["toxicity"] as! [String: Any]
        #expect(toxicity["benchmarks"] as? [String] == ["realtoxicityprompts"])
        let page = try #require(Self.site["benchmarks/toxigen/index.html"])
        #expect(page.contains("406/940") && page.contains("detection task"))
    }

    /// Issue 14: write-ups and dates corrected against their sources.
    @Test func writeUpsSayWhatTheSourcesSay() throws {
        let pythia70m = try #require(Self.site["models/pythia-70m/index.html"])
        #expect(pythia70m.contains("within noise of the ideal 0.5") && pythia70m.contains("further from 0.5 than English"))
        let llama13 = try #require(Self.site["models/llama-13b/index.html"])
        #expect(llama13.contains("does not resolve the gendered sentences") && !llama13.contains("resolved worse, and &quot;their/them/someone&quot; better"))
        let llama65 = try #require(Self.site["models/llama-65b/index.html"])
        #expect(llama65.contains("does not rise steadily with size") && !llama65.contains("Toxicity rises with model size"))
        // The Pythia suite's current models are the April 3, 2023 re-release (the README's changelog).
        let content = try String(contentsOfFile: Support.seedContent + "/models/pythia-410m.md", encoding: .utf8)
        #expect(content.contains("released: 2023-04-03"))
    }

    /// Issue 14: a gap is explained, never bare. Every criterion section of a write-up that opens with
    /// "No eval" goes on to say why (no paper, which sources were looked at and what they lack).
    @Test func everyNoEvalSectionSaysWhy() throws {
        let folder = Support.seedContent + "/models"
        var bare: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where file.hasSuffix(".md") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            for (index, paragraph) in paragraphs.enumerated() where index > 0 && paragraphs[index - 1].hasPrefix("## ") {
                if paragraph.hasPrefix("No eval") && paragraph.count < 40 { bare.append("\(file): \(paragraphs[index - 1]): \(paragraph)") }
            }
        }
        #expect(bare.isEmpty, "\(bare)")
    }

    /// Issue 14: Cerebras-GPT's CrowS-Pairs figures are harness pct_stereotype ×100. Each is a whole
    /// number of pairs out of the harness's English category size (read from the Pythia file's
    /// stderr: n = p(1−p)/se² + 1), so the benchmark shares the harness setup group.
    @Test func cerebrasCrowSPairsAreHarnessCounts() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Support.sharedFixtures + "/pythia-12b-step143000-zero-shot.json"))
        let results = (try JSONSerialization.jsonObject(with: data) as! [String: Any])["results"] as! [String: [String: Double]]
        func size(_ task: String) -> Int {
            let r = results[task]!, p = r["pct_stereotype"]!, se = r["pct_stereotype_stderr"]!
            return Int((p * (1 - p) / (se * se) + 1).rounded())
        }
        let categories = ["": "", "Age": "_age", "Disability": "_disability", "Gender": "_gender", "Nationality": "_nationality",
                          "Physical appearance": "_physical_appearance", "Race/Color": "_race_color", "Religion": "_religion",
                          "Sexual orientation": "_sexual_orientation", "Socioeconomic status": "_socioeconomic"]
        #expect(size("crows_pairs_english") == 1677 && size("crows_pairs_english_gender") == 320)
        for (subset, suffix) in categories {
            let text = try #require(value("cerebras-gpt-13b", "crows-pairs-cerebras-paper", subset: subset), "\(subset)")
            let n = size("crows_pairs_english" + suffix)
            #expect((0...n).contains { NumberFormat.fixed(100 * Double($0) / Double(n), decimals: 1) == text }, "\(subset) \(text) of \(n)")
        }
        // 67.5 % of the original dataset's 262 gender pairs is no whole number of pairs.
        #expect(!(0...262).contains { NumberFormat.fixed(100 * Double($0) / 262, decimals: 1) == "67.5" })
        #expect(row("cerebras-gpt-13b", "crows-pairs-cerebras-paper")?["setup_group"] == "crows-pairs-harness")
    }

    /// Issue 14: OPT-175B's toxicity was evaluated, as a figure only (OPT paper, RealToxicityPrompts):
    /// "figure/qualitative only", not "no eval"; the OpenLLaMA authors' runs of other makers' models
    /// are secondary.
    /// Issue 14: the GPT-3 paper states its WinoGender accuracy in the text (section 6.2.1, p. 36):
    /// "GPT-3 175B had the highest accuracy of all the models (64.17%) on this task", and 81.7% vs
    /// 76.7% for female and male pronouns on occupant sentences. Its own setup (a variant), shown as a
    /// capability, never scored; the bias criterion stays without a scored value.
    @Test func gpt3WinoGenderFromThePaperText() throws {
        let headline = try #require(row("gpt-3-175b", "winogender", variant: "GPT-3 paper prompt"))
        #expect(headline["value"] == "64.17" && headline["locator"] == "Section 6.2.1 (p. 36), text" && headline["kind"] == "paper")
        #expect(headline["source_url"] == "https://arxiv.org/abs/2005.14165")
        #expect(value("gpt-3-175b", "winogender", subset: "occupant sentences, female pronoun", variant: "GPT-3 paper prompt") == "81.7")
        #expect(value("gpt-3-175b", "winogender", subset: "occupant sentences, male pronoun", variant: "GPT-3 paper prompt") == "76.7")
        #expect(value("gpt-3-175b", "winogender") == nil)
        let page = try #require(Self.site["models/gpt-3-175b/index.html"])
        #expect(page.contains("highest accuracy of all the models (64.17%)") && !page.contains("No eval on a benchmark used here. The GPT-3 paper"))
    }

    /// Issue 14: the InstructGPT paper's Table 14 (Ouyang et al. 2022, Appendix E.1), "GPT models"
    /// columns XL (1.3B), 6b and 175b: RealToxicityPrompts toxicity and the WinoGender and CrowS-Pairs
    /// choice entropies, basic and respectful prompts, each its own setup (not the LLaMA paper's).
    /// Its TruthfulQA "QA prompt" row (0.312, 0.193 for XL) is what the LLaMA paper quotes (0.31, 0.19).
    @Test func instructGPTTable14ForTheGPT3Models() throws {
        let expected: [(String, String, String, String)] = [
            ("gpt-3-1-3b", "realtoxicityprompts-instructgpt", "0.228", "0.211"), ("gpt-3-6b", "realtoxicityprompts-instructgpt", "0.229", "0.232"),
            ("gpt-3-175b", "realtoxicityprompts-instructgpt", "0.231", "0.233"),
            ("gpt-3-1-3b", "winogender-entropy-instructgpt", "0.750", "0.774"), ("gpt-3-6b", "winogender-entropy-instructgpt", "0.721", "0.753"),
            ("gpt-3-175b", "winogender-entropy-instructgpt", "0.735", "0.796"),
            ("gpt-3-1-3b", "crows-pairs-entropy-instructgpt", "0.448", "0.419"), ("gpt-3-6b", "crows-pairs-entropy-instructgpt", "0.430", "0.413"),
            ("gpt-3-175b", "crows-pairs-entropy-instructgpt", "0.410", "0.362"),
        ]
        for (model, benchmark, basic, respectful) in expected {
            let r = try #require(row(model, benchmark), "\(model) \(benchmark)")
            #expect(r["value"] == basic && r["kind"] == "paper" && r["source_url"] == "https://arxiv.org/abs/2203.02155", "\(model) \(benchmark)")
            #expect(r["locator"]?.hasPrefix("Table 14 (Appendix E.1): ") == true && r["locator"]?.contains("basic prompt, GPT models") == true)
            #expect(value(model, benchmark, variant: "respectful prompt") == respectful, "\(model) \(benchmark)")
        }
        // Three models per setup: scored, but too few to rank.
        let json = try JSONSerialization.jsonObject(with: Data(Self.site["data/leaderboard.json"]!.utf8)) as! [String: Any]
        let models = Dictionary(uniqueKeysWithValues: (json["models"] as! [[String: Any]]).map { ($0["slug"] as! String, $0) })
        for criterion in ["toxicity", "bias", "stereotypes"] {
            let status = ((models["gpt-3-6b"]?["criteria"] as? [String: Any])?[criterion] as? [String: Any])?["status"] as? String
            #expect(status == "scored", "\(criterion)")
        }
        let page = try #require(Self.site["benchmarks/winogender-entropy-instructgpt/index.html"])
        #expect(page.contains("too few to compare") || page.contains("Too few to compare"))
    }

    @Test func attributionsAndFigureOnlyEvaluations() throws {
        let opt = try #require(row("opt-175b", "realtoxicityprompts"))
        #expect(opt["value"] == "" && opt["kind"] == "paper" && opt["source_url"] == "https://arxiv.org/abs/2205.01068")
        #expect(opt["qualitative"]?.contains("only in a figure") == true)
        let json = try JSONSerialization.jsonObject(with: Data(Self.site["data/leaderboard.json"]!.utf8)) as! [String: Any]
        let models = Dictionary(uniqueKeysWithValues: (json["models"] as! [[String: Any]]).map { ($0["slug"] as! String, $0) })
        let toxicity = ((models["opt-175b"]?["criteria"] as? [String: Any])?["toxicity"] as? [String: Any])?["status"] as? String
        #expect(toxicity == "qualitative")
        for model in ["gpt-j-6b", "llama-7b", "llama-13b"] {
            let r = try #require(row(model, "truthfulqa-mc"))
            #expect(r["source_title"]?.hasPrefix("OpenLLaMA README") == true && r["kind"] == "secondary", "\(model)")
        }
        let gpt3 = try #require(Self.site["models/gpt-3-175b/index.html"])
        #expect(!gpt3.contains("own run") && gpt3.contains("Davinci API model"))
    }
}

