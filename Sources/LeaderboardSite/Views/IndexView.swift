// The leaderboard (index.html): one row per model, one cell per criterion.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct BadgeView {
    var label: String
    var short: String
    var id: String
}

struct CellView {
    var criterion: String
    var criterionName: String
    var isScored: Bool
    var isQualitative: Bool
    var isNoEval: Bool
    var isNearChance: Bool
    var scoreText: String
    var sortValue: String
    var basis: String
    var benchmarkNote: String
    var hasBenchmarkNote: Bool
}

struct RowView {
    var rank: String
    var standing: String
    var cohort: String
    var cohortLabel: String
    var overallNote: String
    var slug: String
    var name: String
    var href: String
    var organization: String
    var hasOrganization: Bool
    var methods: [BadgeView]
    var methodsKey: String
    var alignmentNone: Bool
    var alignmentUnknown: Bool
    var hasPaper: Bool
    var paperHref: String
    var noPaper: Bool
    var paperUnknown: Bool
    var paperKey: String
    var cells: [CellView]
    var hasOverall: Bool
    var overallText: String
    var overallSort: String
    var coverage: String
    var coverageText: String
    var hasWinRate: Bool
    var winRateText: String
    var winRateSort: String
    /// The row's place in the evidence order (0-based): what the script breaks sort ties by, so
    /// that rows served in `default_sort` order re-sort as the evidence order would.
    var position: String
}

struct CriterionHeaderView {
    var id: String
    var name: String
    var href: String
    var summary: String
    /// "ascending" or "descending" when the rows are served sorted by this criterion.
    var ariaSort: String
    var hasAriaSort: Bool
}

struct IndexContext {
    var root: String
    var criteria: [CriterionHeaderView]
    var criterionCount: String
    var rows: ViewList<RowView>
    var modelCount: String
    var organizations: [LinkView]
    var methods: [BadgeView]
    /// leaderboard.yml `default_sort`: the column and direction the script sorts by first.
    var defaultSort: String
    var defaultDirection: String
    var hasDefaultSort: Bool
    /// The rows are served in the `default_sort` order (so it holds without JavaScript): which
    /// fixed column that is, and its `aria-sort`. Without `default_sort`, the evidence order (rank).
    var sortAria: String
    var sortRank: Bool
    var sortModel: Bool
    var sortCohort: Bool
    var sortOverall: Bool
    var sortCoverage: Bool
    var sortWinRate: Bool
    var sortPaper: Bool
}
