// A benchmark page (benchmarks/<id>/): its scale, formula and every reported value.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct BenchmarkContext {
    var root: String
    var name: String
    var criterionName: String
    var criterionHref: String
    var hasCriterion: Bool
    var descriptionHTML: String
    var directionText: String
    var rangeText: String
    var hasChance: Bool
    var chanceText: String
    var hasNoChance: Bool
    var noChance: String
    var uncertaintyText: String
    var groupText: String
    var hasCapabilityCheck: Bool
    var capabilityCheck: String
    var hasDotPlot: Bool
    var dotPlotSVG: String
    var hasHeatmap: Bool
    /// Models × subsets, shaded by score (Heatmap).
    var heatmapHTML: String
    var unit: String
    var setup: String
    var hasSetup: Bool
    var formula: String
    var hasPaper: Bool
    var paperTitle: String
    var paperHref: String
    var hasPaperHref: Bool
    var harness: [String]
    var hasHarness: Bool
    var rows: ViewList<MeasurementView>
    var hasRows: Bool
    var modelCount: String
    /// "model" or "models", to go with `modelCount`.
    var modelNoun: String
    /// Why the values have no rank, when the setup group is too small to rank.
    var rankNote: String
    var hasRankNote: Bool
}
