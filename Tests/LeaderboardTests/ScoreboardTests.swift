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
        // Alpha shares no benchmark with enough models to be compared: no overall, coverage still shown.
        #expect(alpha.overall == nil)
        #expect(alpha.meanWinRate == nil)
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

    /// Models that share no setup are never ordered against each other: each cohort (models linked
    /// by ranked values in a shared setup group) comes as a block, and a model in none comes last.
    @Test func modelsSharingNoEvidenceAreNotOrderedTogether() {
        var files = Support.minimalContent()
        func model(_ slug: String, _ benchmark: String, _ value: String) {
            files["Content/models/\(slug).md"] = "---\nname: \(slug)\npaper: none\n---\n"
            files["Content/metrics/\(slug).json"] = "{\"measurements\": [{\"benchmark\": \"\(benchmark)\", \"value\": \(value), \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        }
        // Four on truth only (a cohort of 4), three more on tox with alpha (a cohort of 4 too).
        for (slug, value) in [("t1", "90"), ("t2", "80"), ("t3", "70"), ("t4", "60")] { model(slug, "truth", value) }
        files["Content/metrics/alpha.json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0.25, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        for (slug, value) in [("x1", "0.1"), ("x2", "0.5"), ("x3", "0.9")] { model(slug, "tox", value) }
        let (content, _) = Support.load(files)
        let board = Scoreboard(content: content)
        #expect(board.cohorts.map(\.models) == [["alpha", "x1", "x2", "x3"], ["t1", "t2", "t3", "t4"]])
        #expect(board.cohorts.map(\.groups) == [["tox"], ["truth"]])
        // Each cohort's rows stay together whatever the scores; beta (no numbers) comes last.
        #expect(board.rows.map(\.model.slug) == ["x1", "alpha", "x2", "x3", "t1", "t2", "t3", "t4", "beta"])
        #expect(board.rows.map(\.standing) == ["1", "2", "3", "4", "1", "2", "3", "4", "–"])
        #expect(board.rows.last!.cohort == nil)
    }

    /// A model with values on two criteria does not put the models of one in an order with the
    /// models of the other: alpha is ranked on tox (with x1–x3) and on truth (with t1–t3); the
    /// t models and the x models are never ordered against each other, and alpha is listed once.
    @Test func evidenceOnDifferentCriteriaNeverLinksModels() {
        var files = Support.minimalContent()
        func model(_ slug: String, _ benchmark: String, _ value: String) {
            files["Content/models/\(slug).md"] = "---\nname: \(slug)\npaper: none\n---\n"
            files["Content/metrics/\(slug).json"] = "{\"measurements\": [{\"benchmark\": \"\(benchmark)\", \"value\": \(value), \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        }
        for (slug, value) in [("t1", "90"), ("t2", "80"), ("t3", "30")] { model(slug, "truth", value) }
        for (slug, value) in [("x1", "0.1"), ("x2", "0.5"), ("x3", "0.9")] { model(slug, "tox", value) }
        let (content, _) = Support.load(files)
        let board = Scoreboard(content: content)
        #expect(board.cohorts.map(\.criterion) == ["toxicity", "factuality"])
        #expect(board.cohorts.map(\.models) == [["alpha", "x1", "x2", "x3"], ["alpha", "t1", "t2", "t3"]])
        // Equal components: alpha is listed under the first criterion's.
        #expect(board.cohorts.map(\.members) == [["alpha", "x1", "x2", "x3"], ["t1", "t2", "t3"]])
        let slugs = board.rows.map(\.model.slug)
        #expect(Array(slugs.prefix(4)).sorted() == ["alpha", "x1", "x2", "x3"])
        #expect(Array(slugs[4..<7]) == ["t1", "t2", "t3"] && slugs.last == "beta")
        // Within the factuality cohort the order is the factuality win rate among all its opponents.
        #expect(board.rows[4..<7].map(\.standing) == ["1", "2", "3"])
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
        // A variant's subsets never count, so they ask for no headline of the main setup.
        files["Content/metrics/beta.json"] = """
        {"measurements": [
          {"benchmark": "tox", "subset": "x", "variant": "v", "value": 0, "source": {"title": "t", "locator": "l", "kind": "paper"}},
          {"benchmark": "tox", "variant": "v", "value": 1, "source": {"title": "t", "locator": "l", "kind": "paper"}}
        ]}
        """
        #expect(!Support.load(files).1.contains { $0.message.contains("has subset values but no headline value") })
    }

    /// Win rates count an overlap of 95% intervals as half a win, and need three opponents.
    @Test func meanWinRateCountsOverlapsAsHalf() {
        var files = Support.minimalContent()
        // tox has no item count: intervals are the published rounding only (±0.005 for 0.25, ±0.0005 for 0.250).
        for (slug, value) in [("g1", "0.25"), ("g2", "0.75"), ("g3", "0.252"), ("g4", "0.9")] {
            files["Content/models/\(slug).md"] = "---\nname: \(slug)\npaper: none\n---\n"
            files["Content/metrics/\(slug).json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": \(value), \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        }
        let (content, _) = Support.load(files)
        let board = Scoreboard(content: content)
        let rows = Dictionary(uniqueKeysWithValues: board.rows.map { ($0.model.slug, $0) })
        // alpha 0.25 ±0.005 overlaps g1 (0.25) and g3 (0.252 ±0.0005); beats g2 and g4: (2 + 1) / 4.
        #expect(rows["alpha"]!.criteria[0].winRate == 0.75)
        #expect(rows["g4"]!.criteria[0].winRate == 0)
        // truth has only alpha: no win rate there, so alpha's mean is its toxicity rate.
        #expect(rows["alpha"]!.meanWinRate == 0.75)
        let tox = board.evidence.groups[board.evidence.groupPosition["tox"]!]
        #expect(tox.entries.map(\.model) == ["alpha", "g1", "g3", "g2", "g4"])
        #expect(tox.entries.map(\.rankText) == ["=1", "=1", "=1", "4", "5"])
    }

    @Test func noWinRateFromFewerThanThreeOpponents() {
        var files = Support.minimalContent()
        for (slug, value) in [("g1", "0.1"), ("g2", "0.9")] {
            files["Content/models/\(slug).md"] = "---\nname: \(slug)\npaper: none\n---\n"
            files["Content/metrics/\(slug).json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": \(value), \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        }
        let board = Scoreboard(content: Support.load(files).0)
        #expect(board.rows.allSatisfy { $0.meanWinRate == nil && $0.overall == nil })
        let tox = board.evidence.groups[board.evidence.groupPosition["tox"]!]
        #expect(!tox.isComparable && tox.rankedCount == 3)
    }
}
