// A criterion page (criteria/<id>/): its benchmarks, ranking, gaps and the models' commentary.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct RankingRowView {
    var rank: String
    var name: String
    var href: String
    var value: String
    var interval: String
    var scoreText: String
    var benchmarkName: String
    var winRateText: String
    var note: String
    var hasNote: Bool
}

/// One setup group's ranking: only values measured the same way are ordered together.
struct RankingGroupView {
    var id: String
    var title: String
    var benchmarks: [LinkView]
    var summary: String
    var rows: ViewList<RankingRowView>
    var notRanked: ViewList<RankingRowView>
    var hasNotRanked: Bool
    var isComparable: Bool
}

/// One point of the score-vs-parameters scatter, as text.
struct ScatterRowView {
    var name: String
    var href: String
    var parameters: String
    var setup: String
    var shape: String
    var score: String
}

struct CommentaryView {
    var name: String
    var href: String
    var html: String
}

struct BenchmarkSummaryView {
    var name: String
    var href: String
    var directionText: String
    var setup: String
    var modelCount: String
}

struct CriterionContext {
    var root: String
    var name: String
    var descriptionHTML: String
    var benchmarks: [BenchmarkSummaryView]
    var groups: [RankingGroupView]
    var hasRanking: Bool
    var hasScatter: Bool
    var scatterSVG: String
    var scatterLegend: [String]
    var scatterRows: [ScatterRowView]
    var qualitative: [LinkView]
    var hasQualitative: Bool
    var noEval: [LinkView]
    var hasNoEval: Bool
    var commentary: ViewList<CommentaryView>
    var hasCommentary: Bool
}
