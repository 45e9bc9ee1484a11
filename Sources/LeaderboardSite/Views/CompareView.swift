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
}

struct CompareContext {
    var root: String
    var criteria: [CriterionHeaderView]
    var benchmarks: [MatrixColumnView]
    var models: [CompareRowView]
}
