// The head-to-head page (head-to-head/): win, tie and loss between the first models, per pair.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct HeadToHeadCellView {
    var isSelf: Bool
    var isNever: Bool
    var isCompared: Bool
    /// "2–1–0": the row model's wins, ties and losses against the column model.
    var tally: String
    /// "win", "loss", "tie" or "mixed", for the cell's colour.
    var verdict: String
    /// "LLaMA 7B vs LLaMA 13B: 2 wins, 1 tie, 0 losses".
    var label: String
    /// Per shared setup group: "TruthfulQA (MC2): win (0.39 vs 0.35)".
    var details: [String]
}

struct HeadToHeadRowView {
    var name: String
    var href: String
    var cells: [HeadToHeadCellView]
}

struct HeadToHeadContext {
    var root: String
    var columns: [LinkView]
    var rows: [HeadToHeadRowView]
    var shownCount: String
    var totalCount: String
    var hasRows: Bool
    var isCapped: Bool
    var pageModels: String
}
