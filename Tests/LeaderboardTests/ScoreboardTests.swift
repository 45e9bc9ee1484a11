import Testing
@testable import LeaderboardCore

@Suite struct ScoreboardTests {
    @Test func statusesScoresAndCoverage() {
        let (content, _) = Support.load(Support.minimalContent())
        let board = Scoreboard(content: content)
        let alpha = board.rows.first { $0.model.slug == "alpha" }!
        let beta = board.rows.first { $0.model.slug == "beta" }!
        #expect(alpha.criteria.map(\.status) == [.scored, .scored])
        #expect(alpha.criteria[0].score == 75)
        #expect(alpha.criteria[1].score == 50) // (62.5 - 25) / (100 - 25)
        #expect(alpha.overall == 62.5)
        #expect(alpha.coverage == 2)
        #expect(beta.criteria.map(\.status) == [.noEval, .qualitative])
        #expect(beta.overall == nil && beta.coverage == 0)
        #expect(board.rows.map(\.model.slug) == ["alpha", "beta"])
    }

    /// Rows share slices of the measurement list, which the loader sorts by model; content built
    /// in any other order must give every row its own measurements all the same.
    @Test func rowsGetTheirOwnMeasurementsWhateverTheOrder() {
        var files = Support.minimalContent()
        files["Content/metrics/beta.json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0.1, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        var (content, _) = Support.load(files)
        let expected = Scoreboard(content: content).rows.map { "\($0.model.slug):\($0.measurements.map(\.benchmark).sorted())" }
        // Interleaved, so alpha's measurements are not contiguous.
        let alpha = content.measurements.filter { $0.model == "alpha" }, beta = content.measurements.filter { $0.model == "beta" }
        #expect(alpha.count == 2 && beta.count == 1)
        content.measurements = [alpha[1]] + beta + [alpha[0]]
        let board = Scoreboard(content: content)
        #expect(board.rows.map { "\($0.model.slug):\($0.measurements.map(\.benchmark).sorted())" } == expected)
        #expect(board.rows.allSatisfy { row in row.measurements.allSatisfy { $0.model == row.model.slug } })
        #expect(board.rows.first { $0.model.slug == "beta" }!.measurements.count == 1)
    }

    @Test func fullCoverageOutranksAHigherPartialScore() {
        var files = Support.minimalContent()
        files["Content/models/gamma.md"] = "---\nname: Gamma\npaper: none\n---\n"
        files["Content/metrics/gamma.json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        let (content, _) = Support.load(files)
        let board = Scoreboard(content: content)
        // Gamma scores 100 on one criterion; Alpha 62.5 over two. Coverage comes first.
        #expect(board.rows.map(\.model.slug) == ["alpha", "gamma", "beta"])
        #expect(board.rows[1].overall == 100)
    }

    @Test func subsetsAndVariantsDoNotAggregate() {
        var files = Support.minimalContent()
        files["Content/metrics/beta.json"] = """
        {"measurements": [
          {"benchmark": "tox", "subset": "x", "value": 0, "source": {"title": "t", "locator": "l", "kind": "paper"}},
          {"benchmark": "tox", "variant": "v", "value": 1, "source": {"title": "t", "locator": "l", "kind": "paper"}}
        ]}
        """
        let (content, diagnostics) = Support.load(files)
        let beta = Scoreboard(content: content).rows.first { $0.model.slug == "beta" }!
        #expect(beta.criteria[0].status == .qualitative)
        #expect(beta.criteria[0].score == nil)
        #expect(diagnostics.contains { $0.message.hasPrefix("`tox` has subset values but no headline value") })
    }

    @Test func meanWinRateCountsTiesAsHalf() {
        var files = Support.minimalContent()
        for (slug, value) in [("g1", "0.25"), ("g2", "0.75")] {
            files["Content/models/\(slug).md"] = "---\nname: \(slug)\npaper: none\n---\n"
            files["Content/metrics/\(slug).json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": \(value), \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        }
        let (content, _) = Support.load(files)
        let rows = Dictionary(uniqueKeysWithValues: Scoreboard(content: content).rows.map { ($0.model.slug, $0) })
        // tox scores: alpha 75, g1 75, g2 25. alpha beats g2 and ties g1: (1 + 0.5) / 2.
        #expect(rows["alpha"]!.criteria[0].winRate == 0.75)
        #expect(rows["g2"]!.criteria[0].winRate == 0)
        // truth has only alpha: no win rate there, so alpha's mean is its toxicity rate.
        #expect(rows["alpha"]!.meanWinRate == 0.75)
    }
}
