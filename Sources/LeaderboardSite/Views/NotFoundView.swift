// The 404 page.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct NotFoundContext {
    var root: String
}
