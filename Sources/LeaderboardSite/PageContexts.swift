// What templates see. Mustache reads these through Mirror, so every field is a stored
// property holding text that is already formatted; numbers never reach a template raw.

struct LayoutContext {
    var title: String
    var description: String
    var root: String
    var content: RawHTML
    var pageClass: String
    var navLeaderboard: Bool
    var navMatrix: Bool
    var navCompare: Bool
    var navMethodology: Bool
    var criteria: [LinkView]
    var generator: String
}

struct LinkView {
    var label: String
    var href: String
}

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
    var scoreText: String
    var sortValue: String
    var basis: String
    var benchmarkNote: String
    var hasBenchmarkNote: Bool
}

struct RowView {
    var rank: String
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
}

struct CriterionHeaderView {
    var id: String
    var name: String
    var href: String
    var summary: String
}

struct IndexContext {
    var root: String
    var criteria: [CriterionHeaderView]
    var criterionCount: String
    var rows: [RowView]
    var modelCount: String
    var organizations: [LinkView]
    var methods: [BadgeView]
}

struct FactView {
    var label: String
    var value: String
}

struct MeasurementView {
    var benchmarkName: String
    var benchmarkHref: String
    var criterionName: String
    var subset: String
    var hasSubset: Bool
    var variant: String
    var hasVariant: Bool
    var isHeadline: Bool
    var isQualitative: Bool
    var qualitative: String
    var value: String
    var unit: String
    var stderr: String
    var hasStderr: Bool
    var nShot: String
    var hasNShot: Bool
    var score: String
    var hasScore: Bool
    var sourceTitle: String
    var sourceHref: String
    var hasSourceHref: Bool
    var locator: String
    var kind: String
    var kindLabel: String
    var note: String
    var hasNote: Bool
    var harness: String
    var hasHarness: Bool
    var modelName: String
    var modelHref: String
    var setup: String
}

struct CriterionSectionView {
    var id: String
    var name: String
    var href: String
    var isScored: Bool
    var isQualitative: Bool
    var isNoEval: Bool
    var scoreText: String
    var basis: [String]
    var qualitativeBenchmarks: [String]
    var hasCommentary: Bool
    var commentaryHTML: String
}

struct ModelContext {
    var root: String
    var name: String
    var summary: String
    var facts: [FactView]
    var methods: [BadgeView]
    var alignmentNone: Bool
    var alignmentUnknown: Bool
    var hasPaper: Bool
    var paperHref: String
    var noPaper: Bool
    var paperUnknown: Bool
    var hasOverall: Bool
    var overallText: String
    var coverageText: String
    var rank: String
    var chartSVG: String
    var sections: [CriterionSectionView]
    var gaps: [String]
    var hasGaps: Bool
    var measurements: [MeasurementView]
    var hasMeasurements: Bool
    var writeupHTML: String
    var sourcePath: String
}

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

struct BenchmarkSummaryView {
    var name: String
    var href: String
    var directionText: String
    var setup: String
    var modelCount: String
}

struct BenchmarkContext {
    var root: String
    var name: String
    var criterionName: String
    var criterionHref: String
    var descriptionHTML: String
    var directionText: String
    var rangeText: String
    var hasChance: Bool
    var chanceText: String
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
    var rows: [MeasurementView]
    var hasRows: Bool
    var modelCount: String
}

struct MatrixColumnView {
    var name: String
    var href: String
    var criterionName: String
}

struct MatrixCellView {
    var isHeadline: Bool
    var isSubsetOnly: Bool
    var isQualitative: Bool
    var isMissing: Bool
    var title: String
}

struct MatrixRowView {
    var name: String
    var href: String
    var cells: [MatrixCellView]
    var count: String
}

struct MatrixGroupView {
    var name: String
    var span: String
}

struct MatrixContext {
    var root: String
    var groups: [MatrixGroupView]
    var columns: [MatrixColumnView]
    var rows: [MatrixRowView]
}

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

struct FormulaView {
    var direction: String
    var formula: String
}

struct BenchmarkFormulaView {
    var name: String
    var href: String
    var criterionName: String
    var formula: String
}

struct MethodologyContext {
    var root: String
    var formulas: [FormulaView]
    var benchmarks: [BenchmarkFormulaView]
    var criteria: [CriterionHeaderView]
    var statuses: [FactView]
}

struct NotFoundContext {
    var root: String
}
