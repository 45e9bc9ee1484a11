// A criterion page (criteria/<id>/): its benchmarks, ranking, gaps and the models' commentary.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct RankingRowView {
    var rank: String
    var name: String
    var href: String
    var scoreText: String
    var basis: String
    var benchmarkNote: String
    var winRateText: String
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
    var ranking: [RankingRowView]
    var hasRanking: Bool
    var qualitative: [LinkView]
    var hasQualitative: Bool
    var noEval: [LinkView]
    var hasNoEval: Bool
    var commentary: [CommentaryView]
    var hasCommentary: Bool
}
