import Testing
@testable import LeaderboardCore

/// The comparison rules on the shipped content, whose Pythia values and stderrs come unmodified
/// from EleutherAI's harness files (Fixtures/lm-eval/SOURCES.md).
@Suite struct EvidenceTests {
    static let board: Scoreboard = {
        let (content, diagnostics) = ContentLoader(root: Support.seedContent).load()
        precondition(!diagnostics.hasErrors)
        return Scoreboard(content: content)
    }()

    func group(_ id: String) -> Evidence.Group {
        Self.board.evidence.groups[Self.board.evidence.groupPosition[id]!]
    }

    /// A site with criteria and benchmarks but no metrics yet scores to nothing, without trapping.
    @Test func noMeasurementsAtAll() {
        var content = Self.board.content
        content.measurements = []
        let board = Scoreboard(content: content)
        #expect(board.evidence.readings.isEmpty && board.evidence.groups.isEmpty)
        #expect(board.rows.allSatisfy { $0.criteria.allSatisfy { $0.status == .noEval } })
    }

    /// pythia-70m crows_pairs_english: pct_stereotype 0.5193798449612403, stderr 0.012204121667933781.
    @Test func intervalFromTheReportedStderr() {
        let entry = group("crows-pairs-harness").entries.first { $0.model == "pythia-70m" }!
        let half = 1.96 * 0.012204121667933781 + 0.5e-16
        #expect(entry.uncertainty.basis == .reported)
        #expect(abs(entry.uncertainty.low - (0.5193798449612403 - half)) < 1e-12)
        #expect(abs(entry.uncertainty.high - (0.5193798449612403 + half)) < 1e-12)
        #expect(entry.uncertainty.intervalText == "0.495–0.543")
        #expect(entry.uncertainty.valueText == "0.52")
    }

    /// Within noise of 0.5, and its LAMBADA (0.185) in the same run is below the floor 0.3.
    @Test func nearChanceIsNotRanked() {
        let g = group("crows-pairs-harness")
        let entry = g.entries.first { $0.model == "pythia-70m" }!
        #expect(entry.nearChance && entry.rank == nil && entry.winRate == nil)
        #expect(entry.nearChanceReason.hasPrefix("LAMBADA (OpenAI version, harness accuracy) 0.184553 in the same source is below the floor 0.3"))
        let row = Self.board.rows.first { $0.model.slug == "pythia-70m" }!
        #expect(row.criteria.first { $0.criterion == "stereotypes" }!.status == .nearChance)
        #expect(row.overall == nil)
        // 410M's interval (0.566–0.613) excludes 0.5, so it is ranked whatever its LAMBADA.
        #expect(g.entries.first { $0.model == "pythia-410m" }!.nearChance == false)
    }

    /// Ranks count only models clearly better (score ranges not overlapping); the rest share.
    @Test func tieGroupsOnCrowSPairs() {
        let g = group("crows-pairs-harness")
        // Cerebras-GPT 13B's 65.7 (the harness value ×100, 1,102 of 1,677 pairs) shares the group.
        #expect(g.entries.map(\.model) == ["pythia-410m-deduped", "pythia-410m", "pythia-1-4b", "pythia-1-4b-deduped", "pythia-6-9b-deduped",
                                            "pythia-2-8b", "pythia-12b-deduped", "pythia-12b", "pythia-6-9b", "cerebras-gpt-13b", "pythia-70m"])
        #expect(g.entries.map(\.rankText) == ["=1", "=1", "=1", "=1", "=2", "=2", "=3", "=3", "=3", "4", "not ranked"])
        // 410M-deduped (0.5596–0.6068) overlaps 410M, 1.4B and 1.4B-deduped and lies wholly below
        // the other six lower bounds (6.9B-deduped's is 0.6078): (6 + 0.5 × 3) / 9.
        #expect(g.entries[0].wins == 6 && g.entries[0].ties == 3 && g.entries[0].losses == 0)
        #expect(abs(g.entries[0].winRate! - 7.5 / 9.0) < 1e-12)
    }

    /// `minimum_opponents` in leaderboard.yml: the three deduplicated Pythias' WinoBias gaps are
    /// too few to rank by default (2 opponents each); a site that accepts 2 ranks them.
    @Test func theMinimumOfOpponentsIsTheSites() {
        let strict = group("winobias-type1-gap")
        #expect(!strict.isComparable && strict.entries.allSatisfy { strict.shownRank($0) == nil && $0.winRate == nil })
        let (content, _) = ContentLoader(root: Support.seedContent).load()
        let board = Scoreboard(content: content, minimumOpponents: 2)
        let g = board.evidence.groups[board.evidence.groupPosition["winobias-type1-gap"]!]
        #expect(g.isComparable && board.evidence.minimumOpponents == 2)
        // 1.4B's gap (0.094–0.209) overlaps both others: all three share the first place.
        #expect(g.entries.map { g.shownRank($0) } == ["=1", "=1", "=1"])
        #expect(g.entries.allSatisfy { $0.winRate == 0.5 })
    }

    /// The makers' README and the Open LLM Leaderboard report the same MC2 for OpenLLaMA 13B
    /// (one as a fraction, one ×100): one setup group, counted once, the other a replication.
    @Test func sameSetupFromTwoSourcesCountsOnce() {
        let g = group("truthfulqa-mc2-harness")
        let entries = g.entries.filter { $0.model == "open-llama-13b" }
        #expect(entries.count == 1)
        #expect(entries[0].replications.count == 1 && entries[0].replicationsAgree)
        #expect(Set(g.benchmarks) == ["truthfulqa-mc", "truthfulqa-mc2-open-llm-v1"])
        let row = Self.board.rows.first { $0.model.slug == "open-llama-13b" }!
        #expect(row.criteria.first { $0.criterion == "factuality" }!.basis.count == 1)
    }

    /// Three models on the LLaMA paper's CrowS-Pairs: too few to rank or give win rates.
    @Test func tooFewToCompare() {
        let g = group("crows-pairs-llama-paper")
        #expect(g.rankedCount == 3 && !g.isComparable)
        #expect(g.entries.allSatisfy { $0.winRate == nil })
    }

    /// Every model with a mean win rate belongs to a cohort, and the default order never puts a
    /// model of one cohort between two of another.
    @Test func cohortsAreContiguous() {
        let rows = Self.board.rows
        #expect(rows.allSatisfy { $0.meanWinRate == nil || $0.cohort != nil })
        var seen: [Int?] = []
        for row in rows where seen.last != row.cohort {
            #expect(!seen.contains(row.cohort))
            seen.append(row.cohort)
        }
        // Cerebras-GPT 13B has ranked values in the harness CrowS-Pairs group (with the Pythia
        // models) and in TruthfulQA MC2 (with LLaMA, OpenLLaMA and others). Evidence on different
        // criteria never links models: Pythia and LLaMA stay in separate cohorts, and Cerebras is
        // listed under the larger, factuality.
        let cohorts = Self.board.cohorts
        let factuality = try! #require(cohorts.first { $0.criterion == "factuality" })
        let stereotypes = try! #require(cohorts.first { $0.criterion == "stereotypes" && $0.models.contains("pythia-410m") })
        #expect(factuality.members.contains("cerebras-gpt-13b") && factuality.members.contains("llama-65b") && !factuality.models.contains("pythia-410m"))
        #expect(stereotypes.models.contains("cerebras-gpt-13b") && !stereotypes.members.contains("cerebras-gpt-13b"))
        // Every listed member has a ranked value in its cohort's criterion.
        for cohort in cohorts {
            for slug in cohort.members {
                let ranked = Self.board.evidence.entries(of: slug).contains { p in
                    let g = Self.board.evidence.groups[p.group]
                    return g.criterion == cohort.criterion && g.entries[p.entry].rank != nil
                }
                #expect(ranked, "\(slug) in cohort \(cohort.id)")
            }
        }
    }

    @Test func groupsMustShareTheirScale() {
        var files = Support.minimalContent()
        files["Content/benchmarks/tox2.md"] = "---\nname: Tox2\ncriterion: toxicity\ndirection: higher\nrange: [0, 1]\nsetup_group: tox\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains { $0.hasPrefix("Content/benchmarks/tox2.md:6:14: error: setup group `tox` mixes scales") })
    }

    @Test func capabilityCheckMustNameACapabilityBenchmark() {
        var files = Support.minimalContent()
        files["Content/benchmarks/tox.md"] = "---\nname: Tox\ncriterion: toxicity\ndirection: target\ntarget: 0.5\nrange: [0, 1]\ncapability_check: {benchmark: truth, floor: 0.3}\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains("Content/benchmarks/tox.md:7:19: error: `capability_check` names `truth`, which is not a `role: capability` benchmark"))
    }
}
