import Testing
@testable import LeaderboardCore
@testable import LeaderboardSite

/// Head-to-head on the shipped content: outcomes per shared setup, never compared pairs, and a
/// page whose size does not grow with the number of models.
@Suite struct HeadToHeadTests {
    /// LLaMA 33B vs 65B (LLaMA paper): RealToxicityPrompts 0.107 vs 0.128 on 100,000 prompts is a
    /// clear win for 33B; TruthfulQA generation and the WinoGender gap overlap.
    @Test func sharedSetupsDecideEachCell() {
        let board = EvidenceTests.board
        let h = HeadToHead(evidence: board.evidence, models: ["llama-33b", "llama-65b", "pythia-70m", "pythia-410m"])
        let cell = h.cells[0][1]
        #expect(cell.wins == 1 && cell.ties == 2 && cell.losses == 0)
        let won = board.evidence.groups[cell.outcomes.first { $0.result == 1 }!.group]
        #expect(won.id == "realtoxicityprompts")
        // The mirror cell is the same pairs seen from the other side.
        #expect(h.cells[1][0].losses == 1 && h.cells[1][0].ties == 2)
        // LLaMA and Pythia share no setup; Pythia 70M's only CrowS-Pairs value is near chance,
        // so against Pythia 410M it has nothing ranked to compare either.
        #expect(!h.cells[0][2].isCompared && !h.cells[2][3].isCompared)
        #expect(h.cells[3][3].outcomes.isEmpty)
    }

    @Test func pageShowsAFixedNumberOfModelsInDefaultOrder() {
        let board = EvidenceTests.board
        let chosen = HeadToHead.pageSelection(board)
        #expect(chosen.count == min(HeadToHead.pageModels, board.rows.count { $0.cohort != nil }))
        #expect(chosen == board.rows.filter { $0.cohort != nil }.prefix(chosen.count).map(\.model.slug))
    }
}
