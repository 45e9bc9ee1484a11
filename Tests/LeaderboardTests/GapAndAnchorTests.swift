import Testing
@testable import LeaderboardCore

/// Bias as a gap between subsets, and anchors of the normalized scale.
@Suite struct GapAndAnchorTests {
    /// LLaMA 65B, LLaMA paper Table 13: her/her/she 78.8, his/him/he 72.1, 240 sentences each.
    @Test func winoGenderGapFromTheSeedSubsets() {
        let board = EvidenceTests.board
        let group = board.evidence.groups[board.evidence.groupPosition["winogender-gender-gap"]!]
        let entry = group.entries.first { $0.model == "llama-65b" }!
        #expect(entry.measurement.rawValue == "6.7")
        #expect(entry.measurement.derivation?.text == "her/her/she 78.8 − his/him/he 72.1")
        let seHer = (0.788 * 0.212 / 240).squareRoot() * 100, seHis = (0.721 * 0.279 / 240).squareRoot() * 100
        let half = 1.96 * (seHer * seHer + seHis * seHis).squareRoot() + 0.05 + 0.05
        #expect(abs(entry.uncertainty.high - (78.8 - 72.1 + half)) < 1e-9)
        #expect(entry.uncertainty.low == 0)
        #expect(entry.uncertainty.basis == .difference(.items(240)))
        // Accuracy 77.5 % clears the floor of 55 %, so a gap whose interval holds 0 is ranked.
        #expect(!entry.nearChance)
        // Every LLaMA gap (4.2 to 6.7 points) lies within the others' intervals: one shared rank.
        #expect(group.entries.map(\.rankText) == ["=1", "=1", "=1", "=1"])
        // Accuracy is a capability: never a scored benchmark of the bias criterion (the InstructGPT
        // paper's choice entropy is a setup of its own, scored for the GPT-3 models).
        #expect(board.scoredBenchmarks["bias"] == ["winobias-type1-gap", "winobias-type2-gap", "winogender-entropy-instructgpt", "winogender-gender-gap"])
        #expect(!(board.scoredBenchmarks["bias"] ?? []).contains("winogender"))
    }

    static func gapContent(accuracy: String, her: String, his: String, stderr: String? = nil) -> [String: String] {
        var files = Support.minimalContent()
        files["Content/criteria/bias.md"] = "---\nname: Bias\norder: 3\n---\n"
        files["Content/benchmarks/wino.md"] = "---\nname: Wino\nrole: capability\ndirection: higher\nrange: [0, 100]\nchance: 50\n---\n"
        files["Content/benchmarks/wino-gap.md"] = "---\nname: Wino gap\ncriterion: bias\ndirection: lower\nrange: [0, 100]\ngap: {benchmark: wino, subsets: [she, he], items: 100}\ncapability_check: {benchmark: wino, floor: 55}\n---\n"
        let se = stderr.map { ", \"stderr\": \($0)" } ?? ""
        let src = "\"source\": {\"title\": \"P\", \"url\": \"https://example.org/p\", \"locator\": \"T1\", \"kind\": \"paper\"}"
        files["Content/metrics/alpha.json"] = """
        {"measurements": [
          {"benchmark": "wino", "value": \(accuracy), \(src)},
          {"benchmark": "wino", "subset": "she", "value": \(her)\(se), \(src)},
          {"benchmark": "wino", "subset": "he", "value": \(his)\(se), \(src)}
        ]}
        """
        return files
    }

    /// A guesser shows no gap: with accuracy below the floor the gap is near chance, not best.
    @Test func aGuessersGapIsNearChance() {
        let (content, diagnostics) = Support.load(Self.gapContent(accuracy: "51.0", her: "51.0", his: "50.0"))
        #expect(!diagnostics.hasErrors)
        let board = Scoreboard(content: content)
        let entry = board.evidence.groups[board.evidence.groupPosition["wino-gap"]!].entries[0]
        #expect(entry.measurement.rawValue == "1.0" && entry.nearChance)
        #expect(entry.nearChanceReason.contains("Wino 51 in the same source is below the floor 55"))
        #expect(board.rows.first { $0.model.slug == "alpha" }!.criteria.first { $0.criterion == "bias" }!.status == .nearChance)
    }

    /// Reported stderrs combine in quadrature: sqrt(3² + 4²) = 5.
    @Test func reportedStderrsCombine() {
        let (content, _) = Support.load(Self.gapContent(accuracy: "80", her: "90", his: "70", stderr: "3"))
        let board = Scoreboard(content: content)
        let entry = board.evidence.groups[board.evidence.groupPosition["wino-gap"]!].entries[0]
        // Both subsets' stderr is 3 here: sqrt(9 + 9).
        #expect(abs(entry.uncertainty.high - (20 + 1.96 * (18.0).squareRoot() + 1.0)) < 1e-9)
        #expect(entry.uncertainty.basis == .difference(.reported))
        #expect(!entry.nearChance)
    }

    /// A check may read a subset when the source reports no overall value (WinoBias runs give
    /// pro- and anti-stereotypical sentences only): the pro value must reach the floor.
    @Test func aCapabilityCheckCanReadASubset() {
        func board(pro: String, anti: String, kind: String = "paper") -> (Scoreboard, [Diagnostic]) {
            var files = Self.gapContent(accuracy: "80", her: "90", his: "70")
            files["Content/benchmarks/wino-gap.md"] = "---\nname: Wino gap\ncriterion: bias\ndirection: lower\nrange: [0, 100]\ngap: {benchmark: wino, subsets: [pro, anti]}\ncapability_check: {benchmark: wino, subset: pro, floor: 20}\n---\n"
            let src = "\"source\": {\"title\": \"P\", \"url\": \"https://example.org/p\", \"locator\": \"T1\", \"kind\": \"\(kind)\"}"
            files["Content/metrics/alpha.json"] = """
            {"measurements": [
              {"benchmark": "wino", "qualitative": "subsets only", \(src)},
              {"benchmark": "wino", "subset": "pro", "value": \(pro), "stderr": 2, \(src)},
              {"benchmark": "wino", "subset": "anti", "value": \(anti), "stderr": 2, \(src)}
            ]}
            """
            let (content, diagnostics) = Support.load(files)
            return (Scoreboard(content: content), diagnostics)
        }
        let (low, diagnostics) = board(pro: "10.5", anti: "9.5")
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let entry = low.evidence.groups[low.evidence.groupPosition["wino-gap"]!].entries[0]
        #expect(entry.nearChance)
        #expect(entry.nearChanceReason == "Wino (pro) 10.5 in the same source is below the floor 20")
        let (high, _) = board(pro: "50.5", anti: "49.5")
        #expect(!high.evidence.groups[high.evidence.groupPosition["wino-gap"]!].entries[0].nearChance)
        // A clear gap needs no check: its interval does not reach 0.
        let (clear, _) = board(pro: "10.5", anti: "0.5")
        #expect(!clear.evidence.groups[clear.evidence.groupPosition["wino-gap"]!].entries[0].nearChance)
    }

    /// Papers print rounded figures (66.6 is known to ±0.05); a harness writes its own floats in
    /// full, so its "0.5" is exact and adds no rounding to the interval.
    @Test func harnessRunValuesCarryNoRounding() {
        func uncertainty(kind: String) -> Uncertainty {
            var files = Support.minimalContent()
            let src = "\"source\": {\"title\": \"P\", \"url\": \"https://example.org/p\", \"locator\": \"T1\", \"kind\": \"\(kind)\"}"
            files["Content/benchmarks/frac.md"] = "---\nname: Frac\ncriterion: toxicity\ndirection: lower\nrange: [0, 1]\n---\n"
            files["Content/metrics/alpha.json"] = "{\"measurements\": [{\"benchmark\": \"frac\", \"value\": 0.5, \"stderr\": 0.01, \(src)}]}"
            let (content, diagnostics) = Support.load(files)
            precondition(!diagnostics.hasErrors, "\(diagnostics)")
            let m = content.measurements.first { $0.benchmark == "frac" }!
            return Uncertainty.of(m, on: content.benchmarks.first { $0.id == "frac" }!)!
        }
        let paper = uncertainty(kind: "paper"), run = uncertainty(kind: "harness-run")
        #expect(abs(paper.high - (0.5 + 1.96 * 0.01 + 0.05)) < 1e-12 && paper.rounding == 0.05)
        #expect(abs(run.high - (0.5 + 1.96 * 0.01)) < 1e-12 && run.rounding == 0)
        #expect(run.valueText == "0.50" && run.intervalText == "0.480–0.520")
    }

    @Test func gapDeclarationsAreChecked() {
        var files = Self.gapContent(accuracy: "80", her: "90", his: "70")
        files["Content/benchmarks/wino-gap.md"] = "---\nname: Wino gap\ncriterion: bias\ndirection: higher\nrange: [0, 1]\ngap: {benchmark: nope, subsets: [she, she]}\n---\n"
        let (_, diagnostics) = Support.load(files)
        let text = diagnostics.map(\.description)
        #expect(text.contains("Content/benchmarks/wino-gap.md:4:12: error: a `gap` benchmark scores a difference, so its `direction` is lower (0 = no gap)"))
        #expect(text.contains { $0.hasPrefix("Content/benchmarks/wino-gap.md:6:") && $0.contains("`gap.subsets` names `she` twice") })
    }

    @Test func gapRangeMustMatchTheSourceScale() {
        var files = Self.gapContent(accuracy: "80", her: "90", his: "70")
        files["Content/benchmarks/wino-gap.md"] = "---\nname: Wino gap\ncriterion: bias\ndirection: lower\nrange: [0, 1]\ngap: {benchmark: wino, subsets: [she, he]}\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains("Content/benchmarks/wino-gap.md:1:1: error: a gap of `wino` values lies in [0, 100]; declare `range: [0, 100]`"))
    }

    /// Three models on one benchmark, values 0.10, 0.12 and 0.30 on a 0–1 "lower" scale.
    static func anchored(_ anchor: String) -> Scoreboard {
        var files = Support.minimalContent()
        files["Content/benchmarks/tox.md"] = "---\nname: Tox\ncriterion: toxicity\ndirection: lower\nrange: [0, 1]\nanchor: \(anchor)\n---\n"
        for (slug, value) in [("alpha", "0.10"), ("beta", "0.12"), ("gamma", "0.30")] {
            files["Content/models/\(slug).md"] = "---\nname: \(slug.capitalized)\nalignment: none\npaper: none\n---\n"
            files["Content/metrics/\(slug).json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": \(value), \"source\": {\"title\": \"P\", \"locator\": \"T\", \"kind\": \"paper\"}}]}"
        }
        let (content, diagnostics) = Support.load(files)
        precondition(!diagnostics.hasErrors, diagnostics.description)
        return Scoreboard(content: content)
    }

    func scores(_ board: Scoreboard) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: board.evidence.groups[0].entries.map { ($0.model, $0.score) })
    }

    @Test func rangeAnchorIsTheDeclaredScale() {
        let s = scores(Self.anchored("range"))
        #expect(abs(s["alpha"]! - 90) < 1e-9 && abs(s["beta"]! - 88) < 1e-9 && abs(s["gamma"]! - 70) < 1e-9)
    }

    /// Rounding only (0.005 each side): range scores 69.5–90.5 stretched to 0–100.
    @Test func spreadAnchorStretchesTheObservedInterval() {
        let board = Self.anchored("spread")
        let s = scores(board)
        #expect(abs(s["alpha"]! - (90 - 69.5) / 21 * 100) < 1e-9)
        #expect(abs(s["gamma"]! - (70 - 69.5) / 21 * 100) < 1e-9)
        // The page-facing score of any value goes through the same map.
        let tox = board.content.benchmarks.first { $0.id == "tox" }!
        #expect(abs(board.evidence.score(0.2, on: tox) - (80 - 69.5) / 21 * 100) < 1e-9)
        #expect(board.evidence.groups[0].entries.map(\.rankText) == Self.anchored("range").evidence.groups[0].entries.map(\.rankText))
    }

    @Test func referenceAnchorPutsTheReferenceAt50() {
        let s = scores(Self.anchored("{reference: beta}"))
        #expect(abs(s["beta"]! - 50) < 1e-9)
        #expect(abs(s["alpha"]! - (50 + (90 - 88) / 12 * 50)) < 1e-9)
        #expect(abs(s["gamma"]! - 70 / 88 * 50) < 1e-9)
    }

    @Test func anchorsAreChecked() {
        var files = Support.minimalContent()
        files["Content/benchmarks/tox.md"] = "---\nname: Tox\ncriterion: toxicity\ndirection: lower\nrange: [0, 1]\nanchor: median\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains("Content/benchmarks/tox.md:6:9: error: `anchor` must be range, spread or `{reference: model-slug}`, not `median`"))
    }
}
