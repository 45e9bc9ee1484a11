// The matrix page (matrix/): who measured what.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

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
    var rows: ViewList<MatrixRowView>
}
