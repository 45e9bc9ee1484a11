// A model page (models/<slug>/): facts, criterion sections and every measurement with its source.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

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
    /// The exact source text, shown beside `value` when the value is rounded to its interval.
    var reported: String
    var isRounded: Bool
    var interval: String
    var hasInterval: Bool
    var intervalBasis: String
    /// Tie-aware rank within the setup group ("=3"), on headline rows that count.
    var rank: String
    var hasRank: Bool
    var isReplication: Bool
    var replication: String
    var isNearChance: Bool
    var nearChanceReason: String
}

struct CriterionSectionView {
    var id: String
    var name: String
    var href: String
    var isScored: Bool
    var isQualitative: Bool
    var isNoEval: Bool
    var isNearChance: Bool
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
