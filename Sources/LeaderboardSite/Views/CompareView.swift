// The compare page (compare/): chosen models side by side.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct CompareRowView {
    var slug: String
    var name: String
    var href: String
    var cells: [CellView]
    var overallText: String
    var coverageText: String
    var methods: String
    var paper: String
    var benchmarks: [String]
    /// "3~41.2~55.0~0.52;7~…": per ranked entry, its setup group's position in `groups`, its score
    /// range and its shown value. The page's script builds the head-to-head of picked models from it.
    var evidence: String
}

struct CompareContext {
    var root: String
    var criteria: [CriterionHeaderView]
    var benchmarks: [MatrixColumnView]
    var models: [CompareRowView]
    /// Setup group names, by position (what `evidence` refers to).
    var groups: [String]
    var pageModels: String
}
