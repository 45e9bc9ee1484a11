// The frame every page is rendered into, and a link any page may list.
// Views hold only formatted text, flags, rendered HTML and lists of views; the ViewTables
// plugin generates how templates read them (Sources/ViewTableGenerator).

struct LayoutContext {
    var title: String
    /// The site's own title (leaderboard.yml), in the header.
    var siteTitle: String
    /// The pages' lang attribute.
    var language: String
    /// A sitemap is written only with a base URL (it lists absolute URLs).
    var hasSitemap: Bool
    var description: String
    var root: String
    var content: RawHTML
    var pageClass: String
    var navLeaderboard: Bool
    var navMatrix: Bool
    var navCompare: Bool
    var navHeadToHead: Bool
    var navMethodology: Bool
    var criteria: [LinkView]
    var generator: String
    /// leaderboard.yml: who keeps the site, extra header links, and the footer's own text (HTML).
    var author: String
    var hasAuthor: Bool
    var navLinks: [LinkView]
    var footerHTML: String
    var hasFooter: Bool
    /// Rows per page of long tables when the site sets `page_size`, for the script.
    var pageSize: String
    var hasPageSize: Bool
}

struct LinkView {
    var label: String
    var href: String
}
