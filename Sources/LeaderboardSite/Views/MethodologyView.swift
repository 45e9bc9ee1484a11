// The methodology page (methodology/): the formulas, printed from the scoring code.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct FormulaView {
    var direction: String
    var formula: String
}

struct BenchmarkFormulaView {
    var name: String
    var href: String
    var criterionName: String
    var formula: String
    var group: String
    var uncertainty: String
    var anchor: String
}

struct MethodologyContext {
    var root: String
    var formulas: [FormulaView]
    var benchmarks: [BenchmarkFormulaView]
    var criteria: [CriterionHeaderView]
    var statuses: [FactView]
    var uncertaintyRules: [FactView]
    var comparisonRules: [FactView]
    /// Per benchmark: its chance level, or why it has none, and its capability check.
    var benchmarkRules: [FactView]
    var example: [String]
    var hasExample: Bool
}
