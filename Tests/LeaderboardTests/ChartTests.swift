import Testing
@testable import LeaderboardCore
@testable import LeaderboardSite

/// The heatmap and the score-vs-size scatter, on the shipped content.
@Suite struct ChartTests {
    static let site: [String: String] = {
        let board = EvidenceTests.board
        let output = SiteBuilder(scoreboard: board, theme: try! Support.theme()).build()
        return Dictionary(uniqueKeysWithValues: output.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }()

    @Test(arguments: [("6.9B", 6.9e9), ("410M", 4.1e8), ("175B", 1.75e11), ("1.3 billion", 1.3e9), ("175,000,000,000", 1.75e11), ("12 b", 1.2e10)])
    func parameterCounts(text: String, count: Double) {
        #expect(abs(Model.parseParameterCount(text)! - count) < 1)
    }

    @Test(arguments: ["~7B", "7B + adapter", "", "B", "seven billion", "0B"])
    func unreadableParameterCounts(text: String) {
        #expect(Model.parseParameterCount(text) == nil)
    }

    @Test func parameterText() {
        #expect(Scatter.parameterText(6.9e9) == "6.9B" && Scatter.parameterText(7e7) == "70M" && Scatter.parameterText(1.75e11) == "175B")
        #expect(Scatter.parameterText(1e12) == "1T" && Scatter.parameterText(1.25e9) == "1.25B")
    }

    /// Pythia 410M's CrowS-Pairs religion value 0.7567… (harness stderr 0.0409…) is shown as 0.76
    /// and scores 100 × (1 − 0.2568/0.5) = 48.6: the third shade.
    @Test func crowsPairsHeatmap() throws {
        let page = try #require(Self.site["benchmarks/crows-pairs-harness/index.html"])
        let start = try #require(page.range(of: "<table class=\"heatmap\""))
        let table = String(page[start.lowerBound...])
        let head = String(table[..<table.range(of: "</thead>")!.lowerBound])
        #expect(head.contains(">religion</th>") && head.contains(">age</th>") && !head.contains("french"))
        let row = try #require(table.components(separatedBy: "<tr>").first { $0.contains(">Pythia 410M</a>") })
        #expect(row.contains("heat-2\" title=\"score 48.6\">0.76</td>"))
        // A benchmark without subsets has none.
        #expect(Self.site["benchmarks/realtoxicityprompts/index.html"]?.contains("class=\"heatmap\"") == false)
    }

    @Test func scatterOnEveryCriterionWithSizes() throws {
        let page = try #require(Self.site["criteria/factuality/index.html"])
        let points = page.components(separatedBy: "class=\"point").count - 1
        let rows = page.components(separatedBy: "<td>circle</td>").count + page.components(separatedBy: "<td>square</td>").count - 2
        // Factuality values of models with a parameter count: one point and one table row each.
        let expected = EvidenceTests.board.evidence.groups.filter { $0.criterion == "factuality" }
            .flatMap(\.entries).filter { e in EvidenceTests.board.content.models.first { $0.slug == e.model }?.parameterCount != nil }.count
        #expect(points == expected && rows == expected && expected >= 10)
    }
}
