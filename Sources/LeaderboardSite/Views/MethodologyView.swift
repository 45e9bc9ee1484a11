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
}

struct MethodologyContext {
    var root: String
    var formulas: [FormulaView]
    var benchmarks: [BenchmarkFormulaView]
    var criteria: [CriterionHeaderView]
    var statuses: [FactView]
}
